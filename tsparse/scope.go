package tsparse

import (
	"cmp"
	"slices"
	"sort"
)

// The scope/binding pass: which names a file declares, in which scope and
// space (value or type), and what every identifier reference resolves to.
//
// Declarations are registered as the walk meets them (var-like bindings go to
// the nearest function scope, everything else to the current scope) and
// references are resolved once the whole file has been walked, so hoisting
// and the temporal dead zone need no special casing here: a name is visible
// in its whole scope, and rules that care about order (no-use-before-define)
// compare positions.

// ScopeKind says what opened a scope.
type ScopeKind uint8

const (
	ScopeModule       ScopeKind = iota // the file
	ScopeFunction                      // function, method, arrow, constructor (params + body)
	ScopeFuncName                      // the name of a function or class expression
	ScopeBlock                         // { }, switch, static block
	ScopeFor                           // for (let …) heads
	ScopeCatch                         // catch (param)
	ScopeClass                         // class body
	ScopeNamespace                     // namespace/module body, declare global
	ScopeEnum                          // enum body (members are bindings)
	ScopeTypeParams                    // <T> of an interface, type alias or signature
	ScopeFunctionType                  // parameters of a function type / signature (not real bindings)
	ScopeConditional                   // the infer declarations of a conditional type
	ScopeMapped                        // the key of a mapped type
)

// Space is the declaration space of a binding: values, types, or both.
type Space uint8

const (
	SpaceValue Space = 1 << iota
	SpaceType
	SpaceBoth = SpaceValue | SpaceType
)

// BindingKind says how a name was declared.
type BindingKind uint8

const (
	BindVar BindingKind = iota
	BindLet
	BindConst
	BindUsing
	BindFunction
	BindClass
	BindParam
	BindImport
	BindCatchParam
	BindTypeAlias
	BindInterface
	BindEnum
	BindEnumMember
	BindNamespace
	BindTypeParam
	BindImportEquals
	BindFuncExprName  // the name of a named function expression, in its own scope
	BindClassExprName // the name of a named class expression, in its own scope
)

// Scope is one lexical scope.
type Scope struct {
	Kind     ScopeKind
	Node     Node // the node that opened it (nil for the module scope)
	Parent   *Scope
	Children []*Scope
	Bindings []*Binding // in declaration order
	// Function is the nearest function (or module) scope, where var and
	// hoisted declarations land.
	Function *Scope
	// byName indexes big scopes: the first binding of each name, the
	// others chained through sameName.
	byName map[string]*Binding
}

// Lookup returns the binding called name in this scope whose space overlaps
// want, or nil.
func (s *Scope) Lookup(name string, want Space) *Binding {
	if s.byName == nil {
		for _, b := range s.Bindings {
			if b.Name == name && b.Space&want != 0 {
				return b
			}
		}
		return nil
	}
	for b := s.byName[name]; b != nil; b = b.sameName {
		if b.Space&want != 0 {
			return b
		}
	}
	return nil
}

// smallScope is how many bindings a scope holds before it indexes them by name.
const smallScope = 8

// Binding is a declared name. Merged declarations (function overloads,
// interface merging, var redeclaration, namespace + function) share one
// Binding and list their extra identifiers in Redeclarations.
type Binding struct {
	Name  string
	Kind  BindingKind
	Space Space
	Ident *Ident // the first declaring identifier
	// Decl is the declaring node: *VarDeclarator, *FuncDecl, *ClassDecl, *Param,
	// *ImportDecl, *ImportSpec, *TryStmt, *TypeAliasDecl, *InterfaceDecl,
	// *EnumDecl, *EnumMember, *ModuleDecl, *TypeParam, *ImportEqualsDecl,
	// *FuncExpr, *ClassExpr.
	Decl           Node
	Scope          *Scope
	Exported       bool
	TypeOnlyImport bool // import type / import { type X }
	Redeclarations []*Ident
	References     []*Reference
	// RestSibling: declared in an object pattern that also has a ...rest.
	RestSibling bool

	sameName *Binding // the next binding of this name in Scope.byName
	refCount int32    // resolve's count of References, to size it once
}

// RefFlags describe how a reference uses its binding.
type RefFlags uint8

const (
	RefRead      RefFlags = 1 << iota
	RefWrite              // assignment target, update, destructuring target
	RefInit               // the write of a declaration's initialiser (const x = 1)
	RefInType             // appears inside a type annotation or declaration
	RefTypeQuery          // typeof x in a type position (a value read seen from a type)
	RefExport             // export { x }, export default x
	// RefSelfOnly marks a read whose value only feeds the variable itself
	// (`x++;`, `x += 1;` as statements): no-unused-vars does not count it.
	RefSelfOnly
	// RefStmtAssign marks the write of `x = …;` standing as a statement
	// directly in a statement list (prefer-const may turn it into a const).
	RefStmtAssign
)

// Reference is one identifier that refers to a binding (or to a global).
type Reference struct {
	Name  string
	Range Range
	Node  Node // *Ident or *JSXIdent
	Scope *Scope
	Space Space // what it looks for: values, types or both
	Flags RefFlags
	// Binding is what the name resolves to; nil for globals and undeclared names.
	Binding *Binding
}

// IsRead reports a read; IsWrite a write (compound assignments are both).
func (r *Reference) IsRead() bool  { return r.Flags&RefRead != 0 }
func (r *Reference) IsWrite() bool { return r.Flags&(RefWrite|RefInit) != 0 }

// Scopes is the result of the pass.
type Scopes struct {
	Module     *Scope
	All        []*Scope     // in the order they were opened
	References []*Reference // in source order of the walk
	// Unresolved are the references that resolve to no binding (globals).
	Unresolved []*Reference

	// byStart is ReferenceOf's index, built on first use: References in
	// order of their start offset (a sorted copy builds and searches faster
	// than a map from node to reference, and is a fifth of its size).
	byStart []*Reference
}

// ReferenceOf returns the reference an identifier node (*Ident or *JSXIdent)
// makes, or nil. A declared name with an initialiser is found too (its
// RefInit write), unless the same node also reads or writes otherwise.
// Built once per file and shared by every rule that asks.
func (s *Scopes) ReferenceOf(n Node) *Reference {
	var start int32
	switch id := n.(type) {
	case *Ident:
		if id == nil {
			return nil
		}
		start = id.Range.Start
	case *JSXIdent:
		if id == nil {
			return nil
		}
		start = id.Range.Start
	default:
		return nil // only identifiers refer; callers pass every node of a walk
	}
	if s.byStart == nil {
		s.byStart = referencesByStart(s.References)
	}
	refs := s.byStart
	i := sort.Search(len(refs), func(i int) bool { return refs[i].Range.Start >= start })
	// Among the references n makes (in walk order), the first one that is not
	// only a declaration's initialisation.
	var found *Reference
	for ; i < len(refs) && refs[i].Range.Start == start; i++ {
		r := refs[i]
		if r.Node != n {
			continue
		}
		if found != nil && found.Flags&RefInit == 0 {
			break
		}
		found = r
	}
	return found
}

// referencesByStart is refs stably sorted by start offset. The walk meets
// them almost in source order, so the sort is mostly the check.
func referencesByStart(refs []*Reference) []*Reference {
	byStart := func(a, b *Reference) int { return cmp.Compare(a.Range.Start, b.Range.Start) }
	l := slices.Clone(refs)
	if !slices.IsSortedFunc(l, byStart) {
		slices.SortStableFunc(l, byStart)
	}
	return l
}

// BuildScopes runs the scope/binding pass over a parsed file.
func BuildScopes(f *File) *Scopes {
	b := &scopeBuilder{out: &Scopes{}}
	b.out.Module = b.open(ScopeModule, nil)
	b.visitAll(f.Body)
	b.resolve()
	return b.out
}

type scopeBuilder struct {
	out    *Scopes
	cur    *Scope
	inType int // > 0 while inside a type
	// exportNext marks the declarations of the statement being visited as exported.
	exportNext bool
	// writing is set while visiting an assignment target.
	writing RefFlags
	// stmtExpr is the expression of the expression statement being visited
	// directly in a statement list.
	stmtExpr Expr

	// Scopes, bindings and references are allocated from chunks (see slab).
	scopes       slab[Scope]
	bindings     slab[Binding]
	refs         slab[Reference]
	bindingLists listSlab[*Binding]
	scopeLists   listSlab[*Scope]
}

func (b *scopeBuilder) open(kind ScopeKind, n Node) *Scope {
	s := b.scopes.alloc()
	*s = Scope{Kind: kind, Node: n, Parent: b.cur}
	if b.cur != nil {
		if b.cur.Children == nil {
			b.cur.Children = b.scopeLists.take()
		}
		b.cur.Children = append(b.cur.Children, s)
	}
	if kind == ScopeModule || kind == ScopeFunction || kind == ScopeNamespace {
		// var inside a namespace body stays in the namespace.
		s.Function = s
	} else if b.cur != nil {
		s.Function = b.cur.Function
	}
	b.cur = s
	b.out.All = append(b.out.All, s)
	return s
}

func (b *scopeBuilder) close() { b.cur = b.cur.Parent }

// declare adds a binding to scope s (merging with a same-named binding of an
// overlapping space, as TypeScript merges declarations).
func (b *scopeBuilder) declare(s *Scope, id *Ident, kind BindingKind, space Space, decl Node) *Binding {
	if id == nil || id.Name == "" {
		return nil
	}
	if old := s.Lookup(id.Name, space); old != nil {
		old.Redeclarations = append(old.Redeclarations, id)
		old.Space |= space
		if b.exportNext {
			old.Exported = true
		}
		return old
	}
	nb := b.bindings.alloc()
	*nb = Binding{Name: id.Name, Kind: kind, Space: space, Ident: id, Decl: decl, Scope: s, Exported: b.exportNext}
	if s.Bindings == nil {
		s.Bindings = b.bindingLists.take()
	}
	s.Bindings = append(s.Bindings, nb)
	switch {
	case s.byName != nil:
		indexBinding(s.byName, nb)
	case len(s.Bindings) > smallScope:
		s.byName = make(map[string]*Binding, 2*len(s.Bindings))
		for _, x := range s.Bindings {
			indexBinding(s.byName, x)
		}
	}
	return nb
}

// indexBinding adds nb to a byName index after the bindings of its name.
func indexBinding(byName map[string]*Binding, nb *Binding) {
	first := byName[nb.Name]
	if first == nil {
		byName[nb.Name] = nb
		return
	}
	last := first
	for last.sameName != nil {
		last = last.sameName
	}
	last.sameName = nb
}

// listSlab hands out empty slices with room for listRoom elements from
// shared chunks: a scope's first Bindings and Children come from one, as
// most scopes hold one to three and growing each slice from nil was the
// pass's most frequent allocation. A longer list moves out on append.
type listSlab[T any] struct{ buf []T }

const listRoom = 4

func (s *listSlab[T]) take() []T {
	if cap(s.buf)-len(s.buf) < listRoom {
		n := min(max(2*cap(s.buf), minSlabChunk), maxSlabChunk)
		s.buf = make([]T, 0, n)
	}
	i := len(s.buf)
	s.buf = s.buf[:i+listRoom]
	return s.buf[i : i : i+listRoom]
}

func (b *scopeBuilder) ref(n Node, name string, r Range, space Space, flags RefFlags) *Reference {
	if b.inType > 0 {
		flags |= RefInType
	}
	ref := b.refs.alloc()
	*ref = Reference{Name: name, Range: r, Node: n, Scope: b.cur, Space: space, Flags: flags}
	b.out.References = append(b.out.References, ref)
	return ref
}

// resolve binds every reference to the nearest binding of a matching space.
// It counts first so that the bindings' References and Unresolved share one
// exactly sized array instead of each growing its own.
func (b *scopeBuilder) resolve() {
	resolved := 0
	for _, ref := range b.out.References {
		if bind := resolveRef(ref); bind != nil {
			ref.Binding = bind
			bind.refCount++
			resolved++
		}
	}
	all := make([]*Reference, len(b.out.References))
	unresolved := all[resolved:resolved:len(all)]
	free := all[:resolved]
	for _, ref := range b.out.References {
		bind := ref.Binding
		if bind == nil {
			unresolved = append(unresolved, ref)
			continue
		}
		if bind.References == nil {
			n := int(bind.refCount)
			bind.References, free = free[:0:n], free[n:]
		}
		bind.References = append(bind.References, ref)
	}
	if len(unresolved) > 0 {
		b.out.Unresolved = unresolved
	}
}

// resolveRef is the nearest binding of ref's name and space, or nil.
func resolveRef(ref *Reference) *Binding {
	for s := ref.Scope; s != nil; s = s.Parent {
		if bind := s.Lookup(ref.Name, ref.Space); bind != nil {
			return bind
		}
		if ref.Flags&RefInType != 0 {
			// typeof X and [X] keys in types also see type-only imports of values.
			if c := s.Lookup(ref.Name, SpaceType); c != nil && c.Kind == BindImport {
				return c
			}
		}
	}
	return nil
}

// children visits every direct child of n.
func (b *scopeBuilder) children(n Node) {
	eachChild(n, b.visit)
}

func (b *scopeBuilder) visitAll(list []Stmt) {
	for _, s := range list {
		if es, ok := s.(*ExprStmt); ok {
			b.stmtExpr = es.Expr
		}
		b.visit(s)
	}
}

func (b *scopeBuilder) visitType(t TypeNode) {
	if t == nil {
		return
	}
	b.inType++
	b.visit(t)
	b.inType--
}

func (b *scopeBuilder) visitTypeParams(tp *TypeParamList) {
	if tp == nil {
		return
	}
	for _, p := range tp.Params {
		b.declare(b.cur, p.Name, BindTypeParam, SpaceType, p)
	}
	b.inType++
	for _, p := range tp.Params {
		if p.Constraint != nil {
			b.visit(p.Constraint)
		}
		if p.Default != nil {
			b.visit(p.Default)
		}
	}
	b.inType--
}

func (b *scopeBuilder) visitTypeArgs(ta *TypeArgList) {
	if ta == nil {
		return
	}
	b.inType++
	for _, a := range ta.Args {
		b.visit(a)
	}
	b.inType--
}

// entityRef references the leftmost identifier of A, A.B.C (Ident,
// QualifiedName, MemberExpr chains).
func (b *scopeBuilder) entityRef(n Node, space Space, flags RefFlags) {
	switch n := n.(type) {
	case *Ident:
		b.ref(n, n.Name, n.Range, space, flags|RefRead)
	case *QualifiedName:
		// A.B as a type: A is a namespace, enum or import (either space).
		b.entityRef(n.Left, SpaceBoth, flags)
	case *MemberExpr:
		b.entityRef(n.Object, SpaceBoth, flags)
	case *ThisExpr, *ThisType:
	case *ImportType:
		b.visit(n)
	default:
		if n != nil {
			b.visit(n)
		}
	}
}

func (b *scopeBuilder) visit(n Node) {
	if isNil(n) {
		return
	}
	switch n := n.(type) {
	case *Ident:
		flags := RefRead
		if b.writing != 0 {
			flags = b.writing
		}
		b.ref(n, n.Name, n.Range, SpaceValue, flags)

	// ---- declarations ----
	case *VarDecl:
		kind := varBindingKind[n.Kind]
		exported := b.exportNext
		for _, d := range n.Decls {
			b.exportNext = exported
			b.declarePattern(d.Name, kind, d)
			b.exportNext = false
			b.visitType(d.Type)
			if d.Init != nil {
				b.visit(d.Init)
				b.initWrites(d.Name)
			}
		}
		b.exportNext = false
	case *FuncDecl:
		if n.Func.Name != nil {
			b.declare(b.cur, n.Func.Name, BindFunction, SpaceValue, n)
		}
		b.exportNext = false
		b.visitFunction(n, n.Func, nil)
	case *ClassDecl:
		if n.Class.Name != nil {
			b.declare(b.cur, n.Class.Name, BindClass, SpaceBoth, n)
		}
		b.exportNext = false
		b.visitClass(n, n.Class)
	case *InterfaceDecl:
		b.declare(b.cur, n.Name, BindInterface, SpaceType, n)
		b.exportNext = false
		b.open(ScopeTypeParams, n)
		b.visitTypeParams(n.TypeParams)
		b.inType++
		for _, h := range n.Extends {
			b.entityRef(h.Expr, SpaceType, 0)
			b.visitTypeArgs(h.TypeArgs)
		}
		for _, m := range n.Members {
			b.visit(m)
		}
		b.inType--
		b.close()
	case *TypeAliasDecl:
		b.declare(b.cur, n.Name, BindTypeAlias, SpaceType, n)
		b.exportNext = false
		b.open(ScopeTypeParams, n)
		b.visitTypeParams(n.TypeParams)
		b.visitType(n.Type)
		b.close()
	case *EnumDecl:
		b.declare(b.cur, n.Name, BindEnum, SpaceBoth, n)
		b.exportNext = false
		b.open(ScopeEnum, n)
		for _, m := range n.Members {
			if id, ok := m.Name.(*Ident); ok {
				b.declare(b.cur, id, BindEnumMember, SpaceValue, m)
			}
		}
		for _, m := range n.Members {
			if c, ok := m.Name.(*ComputedKey); ok {
				b.visit(c.Expr)
			}
			if m.Init != nil {
				b.visit(m.Init)
			}
		}
		b.close()
	case *ModuleDecl:
		switch name := n.Name.(type) {
		case *Ident:
			if n.Kind == ModuleGlobal {
				break
			}
			b.declare(b.cur, name, BindNamespace, SpaceBoth, n)
		case *QualifiedName:
			left := name.Left
			for {
				q, ok := left.(*QualifiedName)
				if !ok {
					break
				}
				left = q.Left
			}
			if id, ok := left.(*Ident); ok {
				b.declare(b.cur, id, BindNamespace, SpaceBoth, n)
			}
		}
		b.exportNext = false
		if n.Body != nil {
			b.open(ScopeNamespace, n)
			b.visitAll(n.Body.Body)
			b.close()
		}
	case *ImportDecl:
		if n.Default != nil {
			bind := b.declare(b.cur, n.Default, BindImport, importSpace(n.TypeOnly), n)
			markTypeOnly(bind, n.TypeOnly)
		}
		if n.Namespace != nil {
			bind := b.declare(b.cur, n.Namespace, BindImport, importSpace(n.TypeOnly), n)
			markTypeOnly(bind, n.TypeOnly)
		}
		for _, s := range n.Named {
			typeOnly := n.TypeOnly || s.TypeOnly
			bind := b.declare(b.cur, s.Local, BindImport, importSpace(typeOnly), s)
			markTypeOnly(bind, typeOnly)
		}
	case *ImportEqualsDecl:
		b.declare(b.cur, n.Name, BindImportEquals, SpaceBoth, n)
		b.exportNext = false
		if n.Entity != nil {
			b.entityRef(n.Entity, SpaceBoth, 0)
		}
	case *ExportDecl:
		b.exportNext = true
		b.visit(n.Decl)
		b.exportNext = false
	case *ExportDefaultDecl:
		switch d := n.Decl.(type) {
		case *ExprStmt:
			if id, ok := d.Expr.(*Ident); ok {
				b.ref(id, id.Name, id.Range, SpaceBoth, RefRead|RefExport)
				return
			}
			b.visit(d)
		default:
			b.exportNext = true
			b.visit(d)
			b.exportNext = false
		}
	case *ExportNamedDecl:
		if n.Source != nil {
			return
		}
		for _, s := range n.Specs {
			if id, ok := s.Local.(*Ident); ok {
				space := SpaceBoth
				if n.TypeOnly || s.TypeOnly {
					space = SpaceType
				}
				b.ref(id, id.Name, id.Range, space, RefRead|RefExport)
			}
		}
	case *ExportAllDecl, *NamespaceExportDecl:
	case *ExportAssign:
		if id, ok := n.Expr.(*Ident); ok {
			b.ref(id, id.Name, id.Range, SpaceBoth, RefRead|RefExport)
			return
		}
		b.visit(n.Expr)

	// ---- scopes ----
	case *BlockStmt:
		b.open(ScopeBlock, n)
		b.visitAll(n.Body)
		b.close()
	case *StaticBlock:
		b.open(ScopeFunction, n)
		b.visitAll(n.Body)
		b.close()
	case *SwitchStmt:
		b.visit(n.Disc)
		b.open(ScopeBlock, n)
		for _, c := range n.Cases {
			b.visit(c.Test)
			b.visitAll(c.Body)
		}
		b.close()
	case *ForStmt:
		b.open(ScopeFor, n)
		b.visit(n.Init)
		b.visit(n.Test)
		b.visit(n.Update)
		b.visit(n.Body)
		b.close()
	case *ForInStmt:
		b.visitForInOf(n, n.Left, n.Right, n.Body)
	case *ForOfStmt:
		b.visitForInOf(n, n.Left, n.Right, n.Body)
	case *TryStmt:
		b.visit(n.Block)
		if n.Handler != nil {
			b.open(ScopeCatch, n)
			if n.Param != nil {
				b.declarePattern(n.Param, BindCatchParam, n)
			}
			b.visitType(n.ParamType)
			// The handler block shares the catch scope's names in practice;
			// it still gets its own block scope as in ESLint.
			b.visit(n.Handler)
			b.close()
		}
		b.visit(n.Finalizer)
	case *LabeledStmt:
		b.visit(n.Body)
	case *BreakStmt, *ContinueStmt, *DebuggerStmt, *EmptyStmt:

	case *FuncExpr:
		if n.Func.Name != nil {
			b.open(ScopeFuncName, n)
			b.declare(b.cur, n.Func.Name, BindFuncExprName, SpaceValue, n)
			b.visitFunction(n, n.Func, nil)
			b.close()
			return
		}
		b.visitFunction(n, n.Func, nil)
	case *ArrowFunc:
		b.visitFunction(n, n.Func, n.ExprBody)
	case *ClassExpr:
		if n.Class.Name != nil {
			b.open(ScopeFuncName, n)
			b.declare(b.cur, n.Class.Name, BindClassExprName, SpaceBoth, n)
			b.visitClass(n, n.Class)
			b.close()
			return
		}
		b.visitClass(n, n.Class)

	// ---- expressions with non-reference identifiers ----
	case *Property:
		switch n.Kind {
		case PropShorthand:
			b.visit(n.Value)
		default:
			if c, ok := n.Key.(*ComputedKey); ok {
				b.visit(c.Expr)
			}
			b.visit(n.Value)
		}
	case *MemberExpr:
		b.visit(n.Object)
	case *MetaProperty:
	case *AssignExpr:
		atStmt := b.stmtExpr == Expr(n)
		flags := RefWrite
		if n.Op != TEq {
			flags |= RefRead
			if atStmt {
				flags |= RefSelfOnly
			}
		} else if atStmt {
			flags |= RefStmtAssign
		}
		b.visitTarget(n.Left, flags)
		b.visit(n.Right)
	case *UpdateExpr:
		flags := RefRead | RefWrite
		if b.stmtExpr == Expr(n) {
			flags |= RefSelfOnly
		}
		b.visitTarget(n.Arg, flags)
	case *UnaryExpr:
		if n.Op == TDelete {
			// delete x.y reads x; delete x is not a use worth counting differently.
			b.visit(n.Arg)
			return
		}
		b.visit(n.Arg)
	case *AsExpr:
		b.visit(n.Expr)
		if tr, ok := n.Type.(*TypeRef); ok {
			if id, ok := tr.Name.(*Ident); ok && id.Name == "const" && tr.TypeArgs == nil {
				return
			}
		}
		b.visitType(n.Type)
	case *SatisfiesExpr:
		b.visit(n.Expr)
		b.visitType(n.Type)
	case *TypeAssertion:
		b.visitType(n.Type)
		b.visit(n.Expr)
	case *CallExpr:
		b.visitCall(n.Callee, n.TypeArgs, n.Args)
	case *NewExpr:
		b.visitCall(n.Callee, n.TypeArgs, n.Args)
	case *TaggedTemplate:
		b.visit(n.Tag)
		b.visitTypeArgs(n.TypeArgs)
		b.visit(n.Quasi)
	case *InstantiationExpr:
		b.visit(n.Expr)
		b.visitTypeArgs(n.TypeArgs)

	// ---- JSX ----
	case *JSXOpening:
		b.jsxName(n.Name)
		b.visitTypeArgs(n.TypeArgs)
		for _, a := range n.Attrs {
			b.visit(a)
		}
	case *JSXClosing:
	case *JSXAttr:
		b.visit(n.Value)

	// ---- types ----
	case *TypeRef:
		if id, ok := n.Name.(*Ident); ok {
			b.ref(id, id.Name, id.Range, SpaceType, RefRead)
		} else {
			b.entityRef(n.Name, SpaceType, 0)
		}
		b.visitTypeArgs(n.TypeArgs)
	case *TypeQuery:
		if id, ok := n.Expr.(*Ident); ok {
			b.ref(id, id.Name, id.Range, SpaceValue, RefRead|RefTypeQuery)
		} else if q, ok := n.Expr.(*QualifiedName); ok {
			left := Node(q)
			for {
				qq, ok := left.(*QualifiedName)
				if !ok {
					break
				}
				left = qq.Left
			}
			if id, ok := left.(*Ident); ok {
				b.ref(id, id.Name, id.Range, SpaceValue, RefRead|RefTypeQuery)
			}
		} else {
			b.visit(n.Expr)
		}
		b.visitTypeArgs(n.TypeArgs)
	case *ImportType:
		b.visitTypeArgs(n.TypeArgs)
	case *FuncType:
		b.visitSignature(n, n.TypeParams, n.Params, n.ReturnType)
	case *MethodSig:
		if c, ok := n.Key.(*ComputedKey); ok {
			b.visitComputedInType(c)
		}
		b.visitSignature(n, n.TypeParams, n.Params, n.ReturnType)
	case *CallSig:
		b.visitSignature(n, n.TypeParams, n.Params, n.ReturnType)
	case *PropertySig:
		if c, ok := n.Key.(*ComputedKey); ok {
			b.visitComputedInType(c)
		}
		b.visitType(n.Type)
	case *IndexSignature:
		for _, p := range n.Params {
			b.visitType(p.Type)
		}
		b.visitType(n.Type)
	case *NamedTupleMember:
		b.visitType(n.Type)
	case *ConditionalType:
		// As typescript-eslint's scope manager: the infer scope covers the
		// check, extends and true types, not the false branch.
		b.inType++
		b.open(ScopeConditional, n)
		b.visit(n.Check)
		b.visit(n.Extends)
		b.visit(n.True)
		b.close()
		b.visit(n.False)
		b.inType--
	case *InferType:
		// infer inside a function or mapped type still belongs to the
		// enclosing conditional type.
		target := b.cur
		for s := b.cur; s != nil && (s.Kind == ScopeFunctionType || s.Kind == ScopeMapped); s = s.Parent {
			if s.Parent != nil && s.Parent.Kind == ScopeConditional {
				target = s.Parent
				break
			}
		}
		b.declare(target, n.Param.Name, BindTypeParam, SpaceType, n.Param)
		if n.Param.Constraint != nil {
			b.visitType(n.Param.Constraint)
		}
	case *MappedType:
		// The key's scope covers its own constraint, as in typescript-eslint.
		b.inType++
		b.open(ScopeMapped, n)
		b.declare(b.cur, n.Param.Name, BindTypeParam, SpaceType, n.Param)
		b.visit(n.Param.Constraint)
		b.visit(n.NameType)
		b.visit(n.Type)
		b.close()
		b.inType--
	case *TypePredicate:
		if id, ok := n.Param.(*Ident); ok {
			b.inType++
			b.ref(id, id.Name, id.Range, SpaceValue, RefRead)
			b.inType--
		}
		b.visitType(n.Type)
	case *TypeLiteral, *UnionType, *IntersectionType, *ArrayType, *TupleType, *OptionalType, *RestType,
		*ParenType, *TypeOperator, *IndexedAccessType, *TemplateLitType:
		b.inType++
		b.children(n)
		b.inType--
	case *LiteralType, *KeywordType, *ThisType:

	default:
		b.children(n)
	}
}

var varBindingKind = [...]BindingKind{VarVar: BindVar, VarLet: BindLet, VarConst: BindConst, VarUsing: BindUsing, VarAwaitUsing: BindUsing}

func importSpace(typeOnly bool) Space {
	if typeOnly {
		return SpaceType
	}
	return SpaceBoth
}

func markTypeOnly(b *Binding, typeOnly bool) {
	if b != nil && typeOnly {
		b.TypeOnlyImport = true
	}
}

// visitComputedInType visits [expr] keys of type members: value references seen from a type.
func (b *scopeBuilder) visitComputedInType(c *ComputedKey) {
	b.inType++
	b.visit(c.Expr)
	b.inType--
}

func (b *scopeBuilder) visitCall(callee Expr, typeArgs *TypeArgList, args []Expr) {
	b.visit(callee)
	b.visitTypeArgs(typeArgs)
	for _, a := range args {
		b.visit(a)
	}
}

// visitSignature opens the scope of a function type or signature: its type
// parameters and parameter names live there, as in typescript-eslint.
func (b *scopeBuilder) visitSignature(n Node, tp *TypeParamList, params []*Param, ret TypeNode) {
	b.open(ScopeFunctionType, n)
	b.visitTypeParams(tp)
	b.signatureParams(params)
	b.visitType(ret)
	b.close()
}

// signatureParams declares the parameter names of a signature (they bind
// nothing at run time) and visits their types.
func (b *scopeBuilder) signatureParams(params []*Param) {
	for _, p := range params {
		if id, ok := p.Pattern.(*Ident); ok && id.Name != "this" {
			b.declare(b.cur, id, BindParam, SpaceValue, p)
		}
		b.visitType(p.Type)
	}
}

func (b *scopeBuilder) visitFunction(owner Node, fn *Function, exprBody Expr) {
	b.open(ScopeFunction, owner)
	b.visitTypeParams(fn.TypeParams)
	for _, p := range fn.Params {
		for _, d := range p.Decorators {
			b.visit(d)
		}
		if id, ok := p.Pattern.(*Ident); !ok || id.Name != "this" {
			b.declarePattern(p.Pattern, BindParam, p)
		}
		b.visitType(p.Type)
		if p.Default != nil {
			b.visit(p.Default)
			b.initWrites(p.Pattern)
		}
	}
	b.visitType(fn.ReturnType)
	if fn.Body != nil {
		// The body's statements share the function scope (as in ESLint's
		// scope manager, parameters and top-level body declarations are one scope).
		b.visitAll(fn.Body.Body)
	}
	if exprBody != nil {
		b.visit(exprBody)
	}
	b.close()
}

func (b *scopeBuilder) visitClass(owner Node, c *Class) {
	for _, d := range c.Decorators {
		b.visit(d)
	}
	b.open(ScopeClass, owner)
	b.visitTypeParams(c.TypeParams)
	if c.SuperClass != nil {
		b.visit(c.SuperClass)
	}
	b.visitTypeArgs(c.SuperTypeArgs)
	b.inType++
	for _, h := range c.Implements {
		b.entityRef(h.Expr, SpaceType, 0)
		b.visitTypeArgs(h.TypeArgs)
	}
	b.inType--
	for _, m := range c.Members {
		switch m := m.(type) {
		case *MethodDef:
			for _, d := range m.Decorators {
				b.visit(d)
			}
			if k, ok := m.Key.(*ComputedKey); ok {
				b.visit(k.Expr)
			}
			b.visitFunction(m, m.Func, nil)
		case *PropertyDef:
			for _, d := range m.Decorators {
				b.visit(d)
			}
			if k, ok := m.Key.(*ComputedKey); ok {
				b.visit(k.Expr)
			}
			b.visitType(m.Type)
			if m.Value != nil {
				// Field initialisers run like a method body.
				b.open(ScopeFunction, m)
				b.visit(m.Value)
				b.close()
			}
		default:
			b.visit(m)
		}
	}
	b.close()
}

func (b *scopeBuilder) visitForInOf(n Node, left Stmt, right Expr, body Stmt) {
	b.open(ScopeFor, n)
	switch l := left.(type) {
	case *VarDecl:
		kind := varBindingKind[l.Kind]
		for _, d := range l.Decls {
			b.declarePattern(d.Name, kind, d)
			b.initWrites(d.Name)
		}
	case *ExprStmt:
		b.visitTarget(l.Expr, RefWrite)
	}
	b.visit(right)
	b.visit(body)
	b.close()
}

// declarePattern declares every identifier bound by a pattern and visits the
// pattern's default values and computed keys.
func (b *scopeBuilder) declarePattern(p Pattern, kind BindingKind, decl Node) {
	scope := b.cur
	if kind == BindVar {
		scope = b.cur.Function
	}
	var walk func(p Pattern)
	walk = func(p Pattern) {
		switch p := p.(type) {
		case *Ident:
			b.declare(scope, p, kind, SpaceValue, decl)
		case *ObjectPattern:
			for _, prop := range p.Props {
				if c, ok := prop.Key.(*ComputedKey); ok {
					b.visit(c.Expr)
				}
				walk(prop.Value)
				if p.Rest != nil {
					markRestSibling(scope, prop.Value)
				}
			}
			if p.Rest != nil {
				walk(p.Rest)
			}
		case *ArrayPattern:
			for _, e := range p.Elems {
				if e != nil {
					walk(e)
				}
			}
		case *AssignPattern:
			walk(p.Left)
			b.visit(p.Right)
		case *RestPattern:
			walk(p.Arg)
		}
	}
	walk(p)
}

// initWrites records the initialising write of every identifier of a
// declaration pattern (const x = 1 writes x).
func (b *scopeBuilder) initWrites(p Pattern) {
	var walk func(p Pattern)
	walk = func(p Pattern) {
		switch p := p.(type) {
		case *Ident:
			b.ref(p, p.Name, p.Range, SpaceValue, RefInit)
		case *ObjectPattern:
			for _, prop := range p.Props {
				walk(prop.Value)
			}
			if p.Rest != nil {
				walk(p.Rest)
			}
		case *ArrayPattern:
			for _, e := range p.Elems {
				if e != nil {
					walk(e)
				}
			}
		case *AssignPattern:
			walk(p.Left)
		case *RestPattern:
			walk(p.Arg)
		}
	}
	walk(p)
}

// visitTarget visits an assignment target: identifiers in it are written
// (with flags), everything else (object of a member expression, computed keys,
// default values) is read.
func (b *scopeBuilder) visitTarget(e Node, flags RefFlags) {
	switch t := e.(type) {
	case *Ident:
		b.ref(t, t.Name, t.Range, SpaceValue, flags)
	case *ParenExpr:
		b.visitTarget(t.Expr, flags)
	case *NonNullExpr:
		b.visitTarget(t.Expr, flags)
	case *AsExpr:
		b.visitTarget(t.Expr, flags)
		b.visitType(t.Type)
	case *SatisfiesExpr:
		b.visitTarget(t.Expr, flags)
		b.visitType(t.Type)
	case *TypeAssertion:
		b.visitType(t.Type)
		b.visitTarget(t.Expr, flags)
	case *ArrayLit:
		for _, el := range t.Elems {
			if el != nil {
				b.visitTarget(el, RefWrite)
			}
		}
	case *ObjectLit:
		for _, p := range t.Props {
			switch p := p.(type) {
			case *Property:
				if c, ok := p.Key.(*ComputedKey); ok {
					b.visit(c.Expr)
				}
				b.visitTarget(p.Value, RefWrite)
			case *SpreadElem:
				b.visitTarget(p.Arg, RefWrite)
			}
		}
	case *SpreadElem:
		b.visitTarget(t.Arg, RefWrite)
	case *AssignExpr:
		// [a = 1] = … : a is written, the default read.
		b.visitTarget(t.Left, RefWrite)
		b.visit(t.Right)
	case *ArrayPattern, *ObjectPattern, *AssignPattern, *RestPattern:
		b.visitPatternTarget(t.(Pattern))
	default:
		b.visit(e)
	}
}

// visitPatternTarget handles targets the parser already turned into patterns.
func (b *scopeBuilder) visitPatternTarget(p Pattern) {
	switch p := p.(type) {
	case *Ident:
		b.ref(p, p.Name, p.Range, SpaceValue, RefWrite)
	case *ObjectPattern:
		for _, prop := range p.Props {
			if c, ok := prop.Key.(*ComputedKey); ok {
				b.visit(c.Expr)
			}
			b.visitPatternTarget(prop.Value)
		}
		if p.Rest != nil {
			b.visitPatternTarget(p.Rest)
		}
	case *ArrayPattern:
		for _, e := range p.Elems {
			if e != nil {
				b.visitPatternTarget(e)
			}
		}
	case *AssignPattern:
		b.visitPatternTarget(p.Left)
		b.visit(p.Right)
	case *RestPattern:
		b.visitPatternTarget(p.Arg)
	default:
		b.visit(p)
	}
}

// jsxName records the reference a JSX tag name makes: <Foo>, <foo.bar> and
// <Foo.Bar> reference their first part; <div> and <ns:x> reference nothing.
func (b *scopeBuilder) jsxName(n Node) {
	switch n := n.(type) {
	case *JSXIdent:
		if n.Name == "" {
			return
		}
		c := n.Name[0]
		if (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80 {
			b.ref(n, n.Name, n.Range, SpaceValue, RefRead)
		}
	case *JSXMemberExpr:
		obj := n.Object
		for {
			m, ok := obj.(*JSXMemberExpr)
			if !ok {
				break
			}
			obj = m.Object
		}
		if id, ok := obj.(*JSXIdent); ok {
			b.ref(id, id.Name, id.Range, SpaceValue, RefRead)
		}
	}
}

// markRestSibling flags the binding of a property pattern `{a, ...rest}` or
// `{a = 1, ...rest}` (ignoreRestSiblings).
func markRestSibling(s *Scope, p Pattern) {
	if a, ok := p.(*AssignPattern); ok {
		p = a.Left
	}
	if id, ok := p.(*Ident); ok {
		if bind := s.Lookup(id.Name, SpaceValue); bind != nil {
			bind.RestSibling = true
		}
	}
}
