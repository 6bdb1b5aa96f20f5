package tsparse

// The AST of a parsed file.
//
// Shape: go/ast-like concrete struct types, always used as pointers, behind the
// Node interface. Marker interfaces say where a node may appear: Stmt
// (statements and declarations), Expr (expressions), Pattern (binding targets:
// *Ident, *ObjectPattern, *ArrayPattern, *AssignPattern, *RestPattern),
// TypeNode (TypeScript types), ClassMember, TypeMember, JSXChild.
//
// Ranges: every node embeds Loc, whose Range is a half-open byte range
// [Start, End) into File.Src, from the node's first token to its last token
// (trailing `;` included for statements that have one). Extra token ranges that
// rules need (keywords, operators, names, braces) are separate Range fields; a
// zero Range{0,0} means "absent" for optional tokens (check with Range.IsZero —
// a token at offset 0 always has a non-zero End). Lines and columns come from
// File.Lines().
//
// Strings: identifier names, raw texts and string values are substrings of the
// source (no copy); escapes are decoded only where present.
//
// Walking: Inspect(n, f) calls f for n and then, if f returns true, for every
// child in source order (nil children skipped). WalkWithParents(n, f) does the
// same and hands f the stack of ancestors (parents[len(parents)-1] is the
// direct parent). File.Body holds the top-level statements; File.Comments the
// comments in source order.
//
// Modifiers (export/declare/abstract/static/readonly/async/public/…) on
// declarations, class members and parameters are []Modifier, each with its
// range; `export` and `export default` on declarations are expressed by the
// *ExportDecl / *ExportDefaultDecl wrappers instead.

// Node is any AST node.
type Node interface{ Span() Range }

// Loc is embedded in every node and carries its range.
type Loc struct{ Range Range }

// Span returns the node's byte range.
func (l *Loc) Span() Range { return l.Range }

// IsZero reports whether the range is the "absent" value.
func (r Range) IsZero() bool { return r.Start == 0 && r.End == 0 }

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement or declaration node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a binding target: *Ident, *ObjectPattern, *ArrayPattern,
// *AssignPattern (with default) or *RestPattern.
type Pattern interface {
	Node
	patternNode()
}

// TypeNode is a TypeScript type.
type TypeNode interface {
	Node
	typeNode()
}

// ClassMember is *MethodDef, *PropertyDef, *IndexSignature or *StaticBlock.
type ClassMember interface {
	Node
	classMember()
}

// TypeMember is a member of an interface body or a type literal: *PropertySig,
// *MethodSig, *CallSig (also construct signatures) or *IndexSignature.
type TypeMember interface {
	Node
	typeMember()
}

// JSXChild is *JSXText, *JSXExprContainer, *JSXSpreadChild, *JSXElement or *JSXFragment.
type JSXChild interface {
	Node
	jsxChild()
}

// ModifierKind names a modifier keyword.
type ModifierKind uint8

const (
	ModExport ModifierKind = iota + 1
	ModDefault
	ModDeclare
	ModAbstract
	ModAsync
	ModStatic
	ModReadonly
	ModPublic
	ModPrivate
	ModProtected
	ModOverride
	ModAccessor
	ModConst // const enum, const type parameter
	ModIn    // type parameter variance
	ModOut
)

var modifierText = [...]string{"", "export", "default", "declare", "abstract", "async", "static",
	"readonly", "public", "private", "protected", "override", "accessor", "const", "in", "out"}

func (k ModifierKind) String() string {
	if int(k) < len(modifierText) {
		return modifierText[k]
	}
	return "?"
}

// Modifier is one modifier keyword with its range.
type Modifier struct {
	Kind  ModifierKind
	Range Range
}

// Modifiers is a list of modifiers in source order.
type Modifiers []Modifier

// Has reports whether the list holds kind.
func (m Modifiers) Has(kind ModifierKind) bool {
	for _, x := range m {
		if x.Kind == kind {
			return true
		}
	}
	return false
}

// Get returns the modifier of that kind and whether it is present.
func (m Modifiers) Get(kind ModifierKind) (Modifier, bool) {
	for _, x := range m {
		if x.Kind == kind {
			return x, true
		}
	}
	return Modifier{}, false
}

// ---------------------------------------------------------------------------
// Names and literals

// Ident is an identifier (also `this` as a parameter name, and contextual keywords used as names).
type Ident struct {
	Loc
	Name string // decoded (unicode escapes resolved)
}

// PrivateName is `#name` (Name excludes the `#`).
type PrivateName struct {
	Loc
	Name string
}

// StringLit is a string literal; Value has escapes decoded, Range includes the quotes.
type StringLit struct {
	Loc
	Value string
}

// NumberLit is a numeric literal as written.
type NumberLit struct {
	Loc
	Raw string
}

// BigIntLit is a bigint literal as written (with the trailing n).
type BigIntLit struct {
	Loc
	Raw string
}

// RegExpLit is /Pattern/Flags.
type RegExpLit struct {
	Loc
	Pattern string
	Flags   string
}

// BoolLit is true or false.
type BoolLit struct {
	Loc
	Value bool
}

// NullLit is null.
type NullLit struct{ Loc }

// ThisExpr is this.
type ThisExpr struct{ Loc }

// SuperExpr is super.
type SuperExpr struct{ Loc }

// TemplateElem is one literal piece of a template; Raw excludes the delimiters
// (` ${ }), Range covers only the raw text.
type TemplateElem struct {
	Loc
	Raw string
}

// TemplateLit is a template literal: Quasis has len(Exprs)+1 elements.
type TemplateLit struct {
	Loc
	Quasis []*TemplateElem
	Exprs  []Expr
}

// ---------------------------------------------------------------------------
// Expressions

// ArrayLit is [a, , ...b]; holes are nil.
type ArrayLit struct {
	Loc
	Elems []Expr
}

// PropKind says what an object literal property is.
type PropKind uint8

const (
	PropInit      PropKind = iota // key: value
	PropShorthand                 // key (Value is the same *Ident as Key); `key = default` in a cover grammar sets Value to *AssignExpr
	PropMethod                    // key() {}
	PropGet                       // get key() {}
	PropSet                       // set key(v) {}
)

// Property is a member of an object literal. Key is *Ident, *StringLit,
// *NumberLit, *BigIntLit, *PrivateName (classes only) or *ComputedKey.
// For methods and accessors Value is a *FuncExpr.
type Property struct {
	Loc
	Kind  PropKind
	Key   Expr
	Value Expr
}

// ComputedKey is [expr] used as a property name.
type ComputedKey struct {
	Loc
	Expr Expr
}

// ObjectLit is { ... }; Props holds *Property and *SpreadElem.
type ObjectLit struct {
	Loc
	Props []Expr
}

// SpreadElem is ...expr in arrays, calls and object literals.
type SpreadElem struct {
	Loc
	Arg Expr
}

// Function is the shared part of function declarations, expressions, arrows and methods.
type Function struct {
	Loc
	Modifiers   Modifiers // async (and declare for declarations)
	Async       bool
	Generator   bool
	Name        *Ident // nil for anonymous functions, methods and arrows
	TypeParams  *TypeParamList
	Params      []*Param
	ParamsRange Range // the parentheses (zero for an arrow with a bare parameter)
	ReturnType  TypeNode
	Body        *BlockStmt // nil for overloads, declare'd functions and expression-bodied arrows
}

// Param is one parameter. Rest params have Rest set; TS parameter properties
// carry accessibility/readonly/override in Modifiers.
type Param struct {
	Loc
	Decorators []*Decorator
	Modifiers  Modifiers
	Rest       bool
	Pattern    Pattern
	Optional   bool
	Type       TypeNode
	Default    Expr
}

// FuncExpr is a function expression (also the value of object-literal methods).
type FuncExpr struct {
	Loc
	Func *Function
}

// ArrowFunc is an arrow function; ExprBody is set when the body is an expression
// (then Func.Body is nil).
type ArrowFunc struct {
	Loc
	Func       *Function
	ArrowRange Range // =>
	ExprBody   Expr
}

// ClassExpr is a class expression.
type ClassExpr struct {
	Loc
	Class *Class
}

// UnaryExpr is a prefix operator: ! ~ + - typeof void delete.
type UnaryExpr struct {
	Loc
	Op  Token
	Arg Expr
}

// UpdateExpr is ++/-- before or after its operand.
type UpdateExpr struct {
	Loc
	Op     Token
	Prefix bool
	Arg    Expr
}

// BinaryExpr is a binary or logical operation (including in, instanceof, ??).
type BinaryExpr struct {
	Loc
	Op      Token
	OpRange Range
	Left    Expr
	Right   Expr
}

// AssignExpr is an assignment; Left is an expression (destructuring targets are
// *ArrayLit / *ObjectLit as written).
type AssignExpr struct {
	Loc
	Op      Token
	OpRange Range
	Left    Expr
	Right   Expr
}

// CondExpr is test ? cons : alt.
type CondExpr struct {
	Loc
	Test, Cons, Alt Expr
}

// CallExpr is callee<T>(args); Optional for callee?.(args).
type CallExpr struct {
	Loc
	Callee    Expr
	Optional  bool
	TypeArgs  *TypeArgList
	Args      []Expr
	ArgsRange Range // the parentheses
}

// NewExpr is new callee<T>(args); Args is nil and ArgsRange zero without parentheses.
type NewExpr struct {
	Loc
	Callee    Expr
	TypeArgs  *TypeArgList
	Args      []Expr
	ArgsRange Range
}

// MemberExpr is object.prop or object?.prop; Prop is *Ident or *PrivateName.
type MemberExpr struct {
	Loc
	Object   Expr
	Optional bool
	Prop     Expr
}

// IndexExpr is object[index] or object?.[index].
type IndexExpr struct {
	Loc
	Object   Expr
	Optional bool
	Index    Expr
}

// SeqExpr is a, b, c.
type SeqExpr struct {
	Loc
	Exprs []Expr
}

// ParenExpr is (expr), kept so rules can see parentheses.
type ParenExpr struct {
	Loc
	Expr Expr
}

// YieldExpr is yield / yield* arg.
type YieldExpr struct {
	Loc
	Delegate bool
	Arg      Expr
}

// AwaitExpr is await arg.
type AwaitExpr struct {
	Loc
	Arg Expr
}

// MetaProperty is new.target or import.meta.
type MetaProperty struct {
	Loc
	Meta, Prop *Ident
}

// ImportCall is import(source[, options]).
type ImportCall struct {
	Loc
	Source  Expr
	Options Expr
}

// TaggedTemplate is tag<T>`...`.
type TaggedTemplate struct {
	Loc
	Tag      Expr
	TypeArgs *TypeArgList
	Quasi    *TemplateLit
}

// AsExpr is expr as Type; `as const` has Type = *TypeRef named "const".
type AsExpr struct {
	Loc
	Expr    Expr
	AsRange Range
	Type    TypeNode
}

// SatisfiesExpr is expr satisfies Type.
type SatisfiesExpr struct {
	Loc
	Expr           Expr
	SatisfiesRange Range
	Type           TypeNode
}

// NonNullExpr is expr!.
type NonNullExpr struct {
	Loc
	Expr Expr
}

// TypeAssertion is <Type>expr (.ts/.mts/.cts only).
type TypeAssertion struct {
	Loc
	Type TypeNode
	Expr Expr
}

// InstantiationExpr is expr<Type> not followed by a call.
type InstantiationExpr struct {
	Loc
	Expr     Expr
	TypeArgs *TypeArgList
}

// ---------------------------------------------------------------------------
// Patterns

// ObjectPattern is { a, b: c, [k]: d = 1, ...rest }.
type ObjectPattern struct {
	Loc
	Props []*PatternProp
	Rest  *RestPattern
}

// PatternProp is one property of an object pattern; Key is *Ident, *StringLit,
// *NumberLit or *ComputedKey. Shorthand `{a = 1}` has Value *AssignPattern{Left: a}.
type PatternProp struct {
	Loc
	Key       Expr
	Value     Pattern
	Shorthand bool
}

// ArrayPattern is [a, , b = 1, ...rest]; holes are nil.
type ArrayPattern struct {
	Loc
	Elems []Pattern
}

// AssignPattern is target = default.
type AssignPattern struct {
	Loc
	Left  Pattern
	Right Expr
}

// RestPattern is ...target.
type RestPattern struct {
	Loc
	Arg Pattern
}

// ---------------------------------------------------------------------------
// Statements

// ExprStmt is an expression statement (also directives like "use strict").
type ExprStmt struct {
	Loc
	Expr Expr
}

// VarKind is the declaration keyword.
type VarKind uint8

const (
	VarVar VarKind = iota
	VarLet
	VarConst
	VarUsing
	VarAwaitUsing
)

// VarDecl is var/let/const/using declarations.
type VarDecl struct {
	Loc
	Modifiers Modifiers // declare
	Kind      VarKind
	KindRange Range
	Decls     []*VarDeclarator
}

// VarDeclarator is name[!][: Type] [= init].
type VarDeclarator struct {
	Loc
	Name     Pattern
	Definite bool
	Type     TypeNode
	Init     Expr
}

// FuncDecl is a function declaration (Func.Body nil for overloads/declare).
type FuncDecl struct {
	Loc
	Func *Function
}

// ClassDecl is a class declaration.
type ClassDecl struct {
	Loc
	Class *Class
}

// BlockStmt is { ... }.
type BlockStmt struct {
	Loc
	Body []Stmt
}

// EmptyStmt is a lone ;.
type EmptyStmt struct{ Loc }

// IfStmt is if (test) cons else alt.
type IfStmt struct {
	Loc
	Test Expr
	Cons Stmt
	Alt  Stmt
}

// ForStmt is for (init; test; update) body; Init is *VarDecl, an Expr wrapped in *ExprStmt, or nil.
type ForStmt struct {
	Loc
	Init   Stmt
	Test   Expr
	Update Expr
	Body   Stmt
}

// ForInStmt is for (left in right) body; Left is *VarDecl or *ExprStmt.
type ForInStmt struct {
	Loc
	Left  Stmt
	Right Expr
	Body  Stmt
}

// ForOfStmt is for [await] (left of right) body.
type ForOfStmt struct {
	Loc
	Await bool
	Left  Stmt
	Right Expr
	Body  Stmt
}

// WhileStmt is while (test) body.
type WhileStmt struct {
	Loc
	Test Expr
	Body Stmt
}

// DoWhileStmt is do body while (test).
type DoWhileStmt struct {
	Loc
	Body Stmt
	Test Expr
}

// ReturnStmt is return [arg].
type ReturnStmt struct {
	Loc
	Arg Expr
}

// ThrowStmt is throw arg.
type ThrowStmt struct {
	Loc
	Arg Expr
}

// BreakStmt is break [label].
type BreakStmt struct {
	Loc
	Label *Ident
}

// ContinueStmt is continue [label].
type ContinueStmt struct {
	Loc
	Label *Ident
}

// SwitchStmt is switch (disc) { cases }.
type SwitchStmt struct {
	Loc
	Disc  Expr
	Cases []*SwitchCase
}

// SwitchCase is case test: body, or default: body (Test nil).
type SwitchCase struct {
	Loc
	Test Expr
	Body []Stmt
}

// TryStmt is try block catch (param: Type) handler finally finalizer.
type TryStmt struct {
	Loc
	Block     *BlockStmt
	Param     Pattern // nil for `catch {` and when there is no catch
	ParamType TypeNode
	Handler   *BlockStmt
	Finalizer *BlockStmt
}

// LabeledStmt is label: body.
type LabeledStmt struct {
	Loc
	Label *Ident
	Body  Stmt
}

// DebuggerStmt is debugger.
type DebuggerStmt struct{ Loc }

// WithStmt is with (object) body.
type WithStmt struct {
	Loc
	Object Expr
	Body   Stmt
}

// ---------------------------------------------------------------------------
// Modules

// ImportAttribute is key: "value" inside `with { … }` / `assert { … }`.
type ImportAttribute struct {
	Loc
	Key   Expr // *Ident or *StringLit
	Value *StringLit
}

// ImportDecl is an import statement. A side-effect import has no clause
// (Default, Namespace nil, HasBraces false).
type ImportDecl struct {
	Loc
	TypeOnly   bool  // import type …
	TypeRange  Range // the `type` keyword
	Default    *Ident
	Namespace  *Ident // * as ns
	HasBraces  bool   // a { … } clause is present (maybe empty)
	Named      []*ImportSpec
	Source     *StringLit
	Attributes []*ImportAttribute
	Phase      string // "defer" (import defer * as ns) or "source" (import source x); "" otherwise
}

// ImportSpec is [type] imported [as local]; Imported is *Ident or *StringLit.
type ImportSpec struct {
	Loc
	TypeOnly bool
	Imported Expr
	Local    *Ident
}

// ExportNamedDecl is export [type] { a, b as c } [from "x"].
type ExportNamedDecl struct {
	Loc
	TypeOnly   bool
	Specs      []*ExportSpec
	Source     *StringLit // nil without `from`
	Attributes []*ImportAttribute
}

// ExportSpec is [type] local [as exported]; names are *Ident or *StringLit.
type ExportSpec struct {
	Loc
	TypeOnly bool
	Local    Expr
	Exported Expr
}

// ExportAllDecl is export [type] * [as alias] from "x".
type ExportAllDecl struct {
	Loc
	TypeOnly   bool
	Alias      Expr // *Ident or *StringLit; nil for plain export *
	Source     *StringLit
	Attributes []*ImportAttribute
}

// ExportDecl is `export` before a declaration (var, function, class, interface,
// type, enum, namespace/module, import-equals, declare …).
type ExportDecl struct {
	Loc
	ExportRange Range
	Decl        Stmt
}

// ExportDefaultDecl is export default …; Decl is *FuncDecl, *ClassDecl,
// *InterfaceDecl or an *ExprStmt.
type ExportDefaultDecl struct {
	Loc
	ExportRange  Range
	DefaultRange Range
	Decl         Stmt
}

// ExportAssign is export = expr (TypeScript).
type ExportAssign struct {
	Loc
	Expr Expr
}

// NamespaceExportDecl is export as namespace Name (UMD .d.ts).
type NamespaceExportDecl struct {
	Loc
	Name *Ident
}

// ImportEqualsDecl is import [type] Name = require("x") or = A.B.C.
type ImportEqualsDecl struct {
	Loc
	TypeOnly bool
	Name     *Ident
	Require  *StringLit // set for the require form
	Entity   Node       // *Ident or *QualifiedName otherwise
}

// ---------------------------------------------------------------------------
// Classes

// Decorator is @expr.
type Decorator struct {
	Loc
	Expr Expr
}

// Class is the shared part of class declarations and expressions.
type Class struct {
	Loc
	Decorators      []*Decorator
	Modifiers       Modifiers // abstract, declare
	ClassRange      Range     // the `class` keyword
	Name            *Ident
	TypeParams      *TypeParamList
	SuperClass      Expr
	SuperTypeArgs   *TypeArgList
	ExtendsRange    Range // from `extends` to the end of the clause
	Implements      []*HeritageType
	ImplementsRange Range
	BodyRange       Range // the braces
	Members         []ClassMember
}

// MethodKind is method, get, set or constructor.
type MethodKind uint8

const (
	MethodNormal MethodKind = iota
	MethodGet
	MethodSet
	MethodConstructor
)

// MethodDef is a class method, accessor or constructor (Func.Body nil for overloads and abstract).
type MethodDef struct {
	Loc
	Decorators []*Decorator
	Modifiers  Modifiers
	Kind       MethodKind
	Key        Expr // *Ident, *StringLit, *NumberLit, *BigIntLit, *PrivateName or *ComputedKey
	Optional   bool
	Func       *Function
}

// PropertyDef is a class field (accessor fields have ModAccessor).
type PropertyDef struct {
	Loc
	Decorators []*Decorator
	Modifiers  Modifiers
	Key        Expr
	Optional   bool
	Definite   bool
	Type       TypeNode
	Value      Expr
}

// StaticBlock is static { ... }.
type StaticBlock struct {
	Loc
	Body []Stmt
}

// HeritageType is one entry of extends/implements: Expr<TypeArgs>.
type HeritageType struct {
	Loc
	Expr     Expr // *Ident or *MemberExpr chain
	TypeArgs *TypeArgList
}

// ---------------------------------------------------------------------------
// TypeScript declarations

// InterfaceDecl is interface Name<T> extends A, B { members }.
type InterfaceDecl struct {
	Loc
	Modifiers      Modifiers // declare
	InterfaceRange Range     // the `interface` keyword
	Name           *Ident
	TypeParams     *TypeParamList
	Extends        []*HeritageType
	ExtendsRange   Range // from `extends` to the last heritage type
	BodyRange      Range // the braces
	Members        []TypeMember
}

// TypeAliasDecl is type Name<T> = Type.
type TypeAliasDecl struct {
	Loc
	Modifiers  Modifiers
	TypeRange  Range // the `type` keyword
	Name       *Ident
	TypeParams *TypeParamList
	Type       TypeNode
}

// EnumDecl is [const] enum Name { members } (ModConst for const enums).
type EnumDecl struct {
	Loc
	Modifiers Modifiers
	Name      *Ident
	BodyRange Range
	Members   []*EnumMember
}

// EnumMember is Name [= init]; Name is *Ident, *StringLit or *ComputedKey.
type EnumMember struct {
	Loc
	Name Expr
	Init Expr
}

// ModuleKind says how a module declaration was spelled.
type ModuleKind uint8

const (
	ModuleNamespace ModuleKind = iota // namespace A.B { }
	ModuleModule                      // module A { } or module "x" { }
	ModuleGlobal                      // declare global { }
)

// ModuleDecl is namespace/module/global. Name is *Ident, *QualifiedName
// (namespace A.B) or *StringLit (declare module "x"). Body is nil for
// `declare module "x";`.
type ModuleDecl struct {
	Loc
	Modifiers    Modifiers
	Kind         ModuleKind
	KeywordRange Range
	Name         Node
	Body         *BlockStmt
}

// ---------------------------------------------------------------------------
// Types

// TypeParamList is <T, U extends X = Y>.
type TypeParamList struct {
	Loc
	Params []*TypeParam
}

// TypeParam is [const|in|out] Name [extends Constraint] [= Default].
type TypeParam struct {
	Loc
	Modifiers  Modifiers
	Name       *Ident
	Constraint TypeNode
	Default    TypeNode
}

// TypeArgList is <A, B> after a type name, call or tag.
type TypeArgList struct {
	Loc
	Args []TypeNode
}

// QualifiedName is Left.Right in type positions; Left is *Ident or *QualifiedName.
type QualifiedName struct {
	Loc
	Left  Node
	Right *Ident
}

// TypeRef is Name<Args>; Name is *Ident or *QualifiedName.
type TypeRef struct {
	Loc
	Name     Node
	TypeArgs *TypeArgList
}

// KeywordType is any, unknown, never, void, undefined, null, string, number,
// boolean, bigint, symbol, object, intrinsic.
type KeywordType struct {
	Loc
	Name string
}

// ThisType is `this` in a type.
type ThisType struct{ Loc }

// LiteralType is a literal used as a type: *StringLit, *NumberLit, *BigIntLit,
// *BoolLit, *NullLit, *TemplateLit (no substitutions) or *UnaryExpr (-1).
type LiteralType struct {
	Loc
	Lit Expr
}

// TemplateLitType is `a${T}b`: Quasis has len(Types)+1 elements.
type TemplateLitType struct {
	Loc
	Quasis []*TemplateElem
	Types  []TypeNode
}

// ArrayType is Elem[].
type ArrayType struct {
	Loc
	Elem TypeNode
}

// TupleType is [A, B?, ...C, name: D]; elements may be *NamedTupleMember,
// *OptionalType or *RestType.
type TupleType struct {
	Loc
	Elems []TypeNode
}

// NamedTupleMember is [...]name[?]: Type inside a tuple.
type NamedTupleMember struct {
	Loc
	Rest     bool
	Name     *Ident
	Optional bool
	Type     TypeNode
}

// OptionalType is T? inside a tuple.
type OptionalType struct {
	Loc
	Type TypeNode
}

// RestType is ...T inside a tuple.
type RestType struct {
	Loc
	Type TypeNode
}

// UnionType is A | B (a leading | is allowed and included in the range).
type UnionType struct {
	Loc
	Types []TypeNode
}

// IntersectionType is A & B.
type IntersectionType struct {
	Loc
	Types []TypeNode
}

// FuncType is <T>(params) => Ret; constructor types (`new (…) => T`) set
// Constructor (and ModAbstract for `abstract new`).
type FuncType struct {
	Loc
	Modifiers   Modifiers
	Constructor bool
	TypeParams  *TypeParamList
	Params      []*Param
	ReturnType  TypeNode
}

// TypeLiteral is { members }.
type TypeLiteral struct {
	Loc
	Members []TypeMember
}

// ParenType is (T).
type ParenType struct {
	Loc
	Type TypeNode
}

// TypeOperator is keyof T, unique symbol, readonly T[].
type TypeOperator struct {
	Loc
	Op   string // "keyof", "unique", "readonly"
	Type TypeNode
}

// IndexedAccessType is Object[Index].
type IndexedAccessType struct {
	Loc
	Object, Index TypeNode
}

// ConditionalType is Check extends Extends ? True : False.
type ConditionalType struct {
	Loc
	Check, Extends, True, False TypeNode
}

// InferType is infer T [extends C].
type InferType struct {
	Loc
	Param *TypeParam
}

// MappedType is { [readonly]+-readonly [K in C as N]+-?: T }. ReadonlyMod and
// OptionalMod are "", "+", "-" or "" with the matching Has flag.
type MappedType struct {
	Loc
	Readonly    bool
	ReadonlyMod string     // "+", "-" or ""
	Param       *TypeParam // Name and Constraint (the `in` type)
	NameType    TypeNode   // as N
	Optional    bool
	OptionalMod string
	Type        TypeNode
}

// TypeQuery is typeof x.y<T> (Expr is *Ident, *QualifiedName or *ImportType).
type TypeQuery struct {
	Loc
	Expr     Node
	TypeArgs *TypeArgList
}

// ImportType is [typeof] import("x", { with: … }).Qualifier<Args>.
type ImportType struct {
	Loc
	TypeOf    bool
	Arg       *StringLit
	Options   Expr
	Qualifier Node // *Ident or *QualifiedName, nil when absent
	TypeArgs  *TypeArgList
}

// TypePredicate is [asserts] Param is Type; Param is *Ident or *ThisType; Type
// is nil for `asserts x`.
type TypePredicate struct {
	Loc
	Asserts bool
	Param   Node
	Type    TypeNode
}

// ---------------------------------------------------------------------------
// Type members

// PropertySig is [readonly] key[?]: Type.
type PropertySig struct {
	Loc
	Modifiers Modifiers
	Key       Expr
	Optional  bool
	Type      TypeNode
}

// MethodSig is key[?]<T>(params): Ret, also get/set accessors in type literals.
type MethodSig struct {
	Loc
	Kind       MethodKind
	Key        Expr
	Optional   bool
	TypeParams *TypeParamList
	Params     []*Param
	ReturnType TypeNode
}

// CallSig is <T>(params): Ret, or `new <T>(params): Ret` when Construct.
type CallSig struct {
	Loc
	Construct  bool
	TypeParams *TypeParamList
	Params     []*Param
	ReturnType TypeNode
}

// IndexSignature is [modifiers] [key: K]: T, in type members and classes.
type IndexSignature struct {
	Loc
	Modifiers Modifiers
	Params    []*Param
	Type      TypeNode
}

// ---------------------------------------------------------------------------
// JSX

// JSXIdent is a JSX tag or attribute name part (may contain '-').
type JSXIdent struct {
	Loc
	Name string
}

// JSXNamespacedName is ns:name.
type JSXNamespacedName struct {
	Loc
	Namespace, Name *JSXIdent
}

// JSXMemberExpr is Object.Prop in a tag name; Object is *JSXIdent or *JSXMemberExpr.
type JSXMemberExpr struct {
	Loc
	Object Node
	Prop   *JSXIdent
}

// JSXElement is <Name attrs>children</Name> or <Name attrs />.
type JSXElement struct {
	Loc
	Opening  *JSXOpening
	Children []JSXChild
	Closing  *JSXClosing // nil when self-closing
}

// JSXOpening is <Name<T> attrs> or <Name attrs />; Name is *JSXIdent,
// *JSXNamespacedName or *JSXMemberExpr; Attrs holds *JSXAttr and *JSXSpreadAttr.
type JSXOpening struct {
	Loc
	Name        Node
	TypeArgs    *TypeArgList
	Attrs       []Node
	SelfClosing bool
}

// JSXClosing is </Name>.
type JSXClosing struct {
	Loc
	Name Node
}

// JSXFragment is <>children</>.
type JSXFragment struct {
	Loc
	OpeningRange Range
	Children     []JSXChild
	ClosingRange Range
}

// JSXAttr is name[=value]; Name is *JSXIdent or *JSXNamespacedName; Value is
// nil, *StringLit (raw, no escapes), *JSXExprContainer, *JSXElement or *JSXFragment.
type JSXAttr struct {
	Loc
	Name  Node
	Value Node
}

// JSXSpreadAttr is {...arg}.
type JSXSpreadAttr struct {
	Loc
	Arg Expr
}

// JSXText is raw text between tags (entities left as written).
type JSXText struct {
	Loc
	Raw string
}

// JSXExprContainer is {expr}; Expr is nil for an empty container {/* comment */}.
type JSXExprContainer struct {
	Loc
	Expr Expr
}

// JSXSpreadChild is {...expr} as a child.
type JSXSpreadChild struct {
	Loc
	Expr Expr
}

// ---------------------------------------------------------------------------
// Marker methods

func (*Ident) exprNode()             {}
func (*PrivateName) exprNode()       {}
func (*StringLit) exprNode()         {}
func (*NumberLit) exprNode()         {}
func (*BigIntLit) exprNode()         {}
func (*RegExpLit) exprNode()         {}
func (*BoolLit) exprNode()           {}
func (*NullLit) exprNode()           {}
func (*ThisExpr) exprNode()          {}
func (*SuperExpr) exprNode()         {}
func (*TemplateLit) exprNode()       {}
func (*ArrayLit) exprNode()          {}
func (*Property) exprNode()          {}
func (*ComputedKey) exprNode()       {}
func (*ObjectLit) exprNode()         {}
func (*SpreadElem) exprNode()        {}
func (*FuncExpr) exprNode()          {}
func (*ArrowFunc) exprNode()         {}
func (*ClassExpr) exprNode()         {}
func (*UnaryExpr) exprNode()         {}
func (*UpdateExpr) exprNode()        {}
func (*BinaryExpr) exprNode()        {}
func (*AssignExpr) exprNode()        {}
func (*CondExpr) exprNode()          {}
func (*CallExpr) exprNode()          {}
func (*NewExpr) exprNode()           {}
func (*MemberExpr) exprNode()        {}
func (*IndexExpr) exprNode()         {}
func (*SeqExpr) exprNode()           {}
func (*ParenExpr) exprNode()         {}
func (*YieldExpr) exprNode()         {}
func (*AwaitExpr) exprNode()         {}
func (*MetaProperty) exprNode()      {}
func (*ImportCall) exprNode()        {}
func (*TaggedTemplate) exprNode()    {}
func (*AsExpr) exprNode()            {}
func (*SatisfiesExpr) exprNode()     {}
func (*NonNullExpr) exprNode()       {}
func (*TypeAssertion) exprNode()     {}
func (*InstantiationExpr) exprNode() {}
func (*JSXElement) exprNode()        {}
func (*JSXFragment) exprNode()       {}

func (*Ident) patternNode()         {}
func (*ObjectPattern) patternNode() {}
func (*ArrayPattern) patternNode()  {}
func (*AssignPattern) patternNode() {}
func (*RestPattern) patternNode()   {}

func (*ExprStmt) stmtNode()            {}
func (*VarDecl) stmtNode()             {}
func (*FuncDecl) stmtNode()            {}
func (*ClassDecl) stmtNode()           {}
func (*BlockStmt) stmtNode()           {}
func (*EmptyStmt) stmtNode()           {}
func (*IfStmt) stmtNode()              {}
func (*ForStmt) stmtNode()             {}
func (*ForInStmt) stmtNode()           {}
func (*ForOfStmt) stmtNode()           {}
func (*WhileStmt) stmtNode()           {}
func (*DoWhileStmt) stmtNode()         {}
func (*ReturnStmt) stmtNode()          {}
func (*ThrowStmt) stmtNode()           {}
func (*BreakStmt) stmtNode()           {}
func (*ContinueStmt) stmtNode()        {}
func (*SwitchStmt) stmtNode()          {}
func (*TryStmt) stmtNode()             {}
func (*LabeledStmt) stmtNode()         {}
func (*DebuggerStmt) stmtNode()        {}
func (*WithStmt) stmtNode()            {}
func (*ImportDecl) stmtNode()          {}
func (*ExportNamedDecl) stmtNode()     {}
func (*ExportAllDecl) stmtNode()       {}
func (*ExportDecl) stmtNode()          {}
func (*ExportDefaultDecl) stmtNode()   {}
func (*ExportAssign) stmtNode()        {}
func (*NamespaceExportDecl) stmtNode() {}
func (*ImportEqualsDecl) stmtNode()    {}
func (*InterfaceDecl) stmtNode()       {}
func (*TypeAliasDecl) stmtNode()       {}
func (*EnumDecl) stmtNode()            {}
func (*ModuleDecl) stmtNode()          {}

func (*MethodDef) classMember()      {}
func (*PropertyDef) classMember()    {}
func (*StaticBlock) classMember()    {}
func (*IndexSignature) classMember() {}

func (*PropertySig) typeMember()    {}
func (*MethodSig) typeMember()      {}
func (*CallSig) typeMember()        {}
func (*IndexSignature) typeMember() {}

func (*TypeRef) typeNode()           {}
func (*KeywordType) typeNode()       {}
func (*ThisType) typeNode()          {}
func (*LiteralType) typeNode()       {}
func (*TemplateLitType) typeNode()   {}
func (*ArrayType) typeNode()         {}
func (*TupleType) typeNode()         {}
func (*NamedTupleMember) typeNode()  {}
func (*OptionalType) typeNode()      {}
func (*RestType) typeNode()          {}
func (*UnionType) typeNode()         {}
func (*IntersectionType) typeNode()  {}
func (*FuncType) typeNode()          {}
func (*TypeLiteral) typeNode()       {}
func (*ParenType) typeNode()         {}
func (*TypeOperator) typeNode()      {}
func (*IndexedAccessType) typeNode() {}
func (*ConditionalType) typeNode()   {}
func (*InferType) typeNode()         {}
func (*MappedType) typeNode()        {}
func (*TypeQuery) typeNode()         {}
func (*ImportType) typeNode()        {}
func (*TypePredicate) typeNode()     {}

func (*JSXText) jsxChild()          {}
func (*JSXExprContainer) jsxChild() {}
func (*JSXSpreadChild) jsxChild()   {}
func (*JSXElement) jsxChild()       {}
func (*JSXFragment) jsxChild()      {}
