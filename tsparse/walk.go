package tsparse

// Inspect calls f(n); if f returns true it inspects n's children in source
// order. Nil children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	eachChild(n, func(c Node) { Inspect(c, f) })
}

// WalkWithParents is Inspect that also passes the ancestors of n (outermost
// first; the direct parent is last). The slice is reused: copy it to keep it.
func WalkWithParents(n Node, f func(n Node, parents []Node) bool) {
	var stack []Node
	var visit func(Node)
	visit = func(n Node) {
		if isNil(n) || !f(n, stack) {
			return
		}
		stack = append(stack, n)
		eachChild(n, visit)
		stack = stack[:len(stack)-1]
	}
	visit(n)
}

// isNil catches both a nil interface and a typed nil pointer in an interface.
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	switch v := n.(type) {
	case *Ident:
		return v == nil
	case *StringLit:
		return v == nil
	case *BlockStmt:
		return v == nil
	case *TypeParamList:
		return v == nil
	case *TypeArgList:
		return v == nil
	case *Function:
		return v == nil
	case *Class:
		return v == nil
	case *TemplateLit:
		return v == nil
	case *TypeParam:
		return v == nil
	case *JSXClosing:
		return v == nil
	case *JSXOpening:
		return v == nil
	case *RestPattern:
		return v == nil
	case *JSXIdent:
		return v == nil
	}
	return false
}

func eachChild(n Node, v func(Node)) {
	expr := func(e Expr) {
		if e != nil {
			v(e)
		}
	}
	typ := func(t TypeNode) {
		if t != nil {
			v(t)
		}
	}
	node := func(x Node) {
		if !isNil(x) {
			v(x)
		}
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			v(s)
		}
	}
	params := func(list []*Param) {
		for _, p := range list {
			v(p)
		}
	}
	decorators := func(list []*Decorator) {
		for _, d := range list {
			v(d)
		}
	}
	attrs := func(list []*ImportAttribute) {
		for _, a := range list {
			v(a)
		}
	}
	switch n := n.(type) {
	case *TemplateLit:
		for i, q := range n.Quasis {
			v(q)
			if i < len(n.Exprs) {
				v(n.Exprs[i])
			}
		}
	case *ArrayLit:
		for _, e := range n.Elems {
			expr(e)
		}
	case *Property:
		if n.Kind == PropShorthand {
			expr(n.Value)
			return
		}
		expr(n.Key)
		expr(n.Value)
	case *ComputedKey:
		expr(n.Expr)
	case *ObjectLit:
		for _, e := range n.Props {
			v(e)
		}
	case *SpreadElem:
		expr(n.Arg)
	case *Function:
		node(n.Name)
		node(n.TypeParams)
		params(n.Params)
		typ(n.ReturnType)
		node(n.Body)
	case *Param:
		decorators(n.Decorators)
		node(n.Pattern)
		typ(n.Type)
		expr(n.Default)
	case *FuncExpr:
		node(n.Func)
	case *ArrowFunc:
		node(n.Func)
		expr(n.ExprBody)
	case *ClassExpr:
		node(n.Class)
	case *UnaryExpr:
		expr(n.Arg)
	case *UpdateExpr:
		expr(n.Arg)
	case *BinaryExpr:
		expr(n.Left)
		expr(n.Right)
	case *AssignExpr:
		expr(n.Left)
		expr(n.Right)
	case *CondExpr:
		expr(n.Test)
		expr(n.Cons)
		expr(n.Alt)
	case *CallExpr:
		expr(n.Callee)
		node(n.TypeArgs)
		for _, a := range n.Args {
			v(a)
		}
	case *NewExpr:
		expr(n.Callee)
		node(n.TypeArgs)
		for _, a := range n.Args {
			v(a)
		}
	case *MemberExpr:
		expr(n.Object)
		expr(n.Prop)
	case *IndexExpr:
		expr(n.Object)
		expr(n.Index)
	case *SeqExpr:
		for _, e := range n.Exprs {
			v(e)
		}
	case *ParenExpr:
		expr(n.Expr)
	case *YieldExpr:
		expr(n.Arg)
	case *AwaitExpr:
		expr(n.Arg)
	case *MetaProperty:
		node(n.Meta)
		node(n.Prop)
	case *ImportCall:
		expr(n.Source)
		expr(n.Options)
	case *TaggedTemplate:
		expr(n.Tag)
		node(n.TypeArgs)
		node(n.Quasi)
	case *AsExpr:
		expr(n.Expr)
		typ(n.Type)
	case *SatisfiesExpr:
		expr(n.Expr)
		typ(n.Type)
	case *NonNullExpr:
		expr(n.Expr)
	case *TypeAssertion:
		typ(n.Type)
		expr(n.Expr)
	case *InstantiationExpr:
		expr(n.Expr)
		node(n.TypeArgs)

	case *ObjectPattern:
		for _, p := range n.Props {
			v(p)
		}
		node(n.Rest)
	case *PatternProp:
		if !n.Shorthand {
			expr(n.Key)
		}
		node(n.Value)
	case *ArrayPattern:
		for _, p := range n.Elems {
			node(p)
		}
	case *AssignPattern:
		node(n.Left)
		expr(n.Right)
	case *RestPattern:
		node(n.Arg)

	case *ExprStmt:
		expr(n.Expr)
	case *VarDecl:
		for _, d := range n.Decls {
			v(d)
		}
	case *VarDeclarator:
		node(n.Name)
		typ(n.Type)
		expr(n.Init)
	case *FuncDecl:
		node(n.Func)
	case *ClassDecl:
		node(n.Class)
	case *BlockStmt:
		stmts(n.Body)
	case *IfStmt:
		expr(n.Test)
		node(n.Cons)
		node(n.Alt)
	case *ForStmt:
		node(n.Init)
		expr(n.Test)
		expr(n.Update)
		node(n.Body)
	case *ForInStmt:
		node(n.Left)
		expr(n.Right)
		node(n.Body)
	case *ForOfStmt:
		node(n.Left)
		expr(n.Right)
		node(n.Body)
	case *WhileStmt:
		expr(n.Test)
		node(n.Body)
	case *DoWhileStmt:
		node(n.Body)
		expr(n.Test)
	case *ReturnStmt:
		expr(n.Arg)
	case *ThrowStmt:
		expr(n.Arg)
	case *BreakStmt:
		node(n.Label)
	case *ContinueStmt:
		node(n.Label)
	case *SwitchStmt:
		expr(n.Disc)
		for _, c := range n.Cases {
			v(c)
		}
	case *SwitchCase:
		expr(n.Test)
		stmts(n.Body)
	case *TryStmt:
		node(n.Block)
		node(n.Param)
		typ(n.ParamType)
		node(n.Handler)
		node(n.Finalizer)
	case *LabeledStmt:
		node(n.Label)
		node(n.Body)
	case *WithStmt:
		expr(n.Object)
		node(n.Body)

	case *ImportAttribute:
		expr(n.Key)
		node(n.Value)
	case *ImportDecl:
		node(n.Default)
		node(n.Namespace)
		for _, s := range n.Named {
			v(s)
		}
		node(n.Source)
		attrs(n.Attributes)
	case *ImportSpec:
		expr(n.Imported)
		if n.Local != nil && (n.Imported == nil || n.Local.Range != n.Imported.Span()) {
			v(n.Local)
		}
	case *ExportNamedDecl:
		for _, s := range n.Specs {
			v(s)
		}
		node(n.Source)
		attrs(n.Attributes)
	case *ExportSpec:
		expr(n.Local)
		if n.Exported != nil && (n.Local == nil || n.Exported.Span() != n.Local.Span()) {
			v(n.Exported)
		}
	case *ExportAllDecl:
		expr(n.Alias)
		node(n.Source)
		attrs(n.Attributes)
	case *ExportDecl:
		node(n.Decl)
	case *ExportDefaultDecl:
		node(n.Decl)
	case *ExportAssign:
		expr(n.Expr)
	case *NamespaceExportDecl:
		node(n.Name)
	case *ImportEqualsDecl:
		node(n.Name)
		node(n.Require)
		node(n.Entity)

	case *Decorator:
		expr(n.Expr)
	case *Class:
		decorators(n.Decorators)
		node(n.Name)
		node(n.TypeParams)
		expr(n.SuperClass)
		node(n.SuperTypeArgs)
		for _, h := range n.Implements {
			v(h)
		}
		for _, m := range n.Members {
			v(m)
		}
	case *MethodDef:
		decorators(n.Decorators)
		expr(n.Key)
		node(n.Func)
	case *PropertyDef:
		decorators(n.Decorators)
		expr(n.Key)
		typ(n.Type)
		expr(n.Value)
	case *StaticBlock:
		stmts(n.Body)
	case *HeritageType:
		expr(n.Expr)
		node(n.TypeArgs)

	case *InterfaceDecl:
		node(n.Name)
		node(n.TypeParams)
		for _, h := range n.Extends {
			v(h)
		}
		for _, m := range n.Members {
			v(m)
		}
	case *TypeAliasDecl:
		node(n.Name)
		node(n.TypeParams)
		typ(n.Type)
	case *EnumDecl:
		node(n.Name)
		for _, m := range n.Members {
			v(m)
		}
	case *EnumMember:
		expr(n.Name)
		expr(n.Init)
	case *ModuleDecl:
		node(n.Name)
		node(n.Body)

	case *TypeParamList:
		for _, p := range n.Params {
			v(p)
		}
	case *TypeParam:
		node(n.Name)
		typ(n.Constraint)
		typ(n.Default)
	case *TypeArgList:
		for _, a := range n.Args {
			v(a)
		}
	case *QualifiedName:
		node(n.Left)
		node(n.Right)
	case *TypeRef:
		node(n.Name)
		node(n.TypeArgs)
	case *LiteralType:
		expr(n.Lit)
	case *TemplateLitType:
		for i, q := range n.Quasis {
			v(q)
			if i < len(n.Types) {
				v(n.Types[i])
			}
		}
	case *ArrayType:
		typ(n.Elem)
	case *TupleType:
		for _, e := range n.Elems {
			v(e)
		}
	case *NamedTupleMember:
		node(n.Name)
		typ(n.Type)
	case *OptionalType:
		typ(n.Type)
	case *RestType:
		typ(n.Type)
	case *UnionType:
		for _, t := range n.Types {
			v(t)
		}
	case *IntersectionType:
		for _, t := range n.Types {
			v(t)
		}
	case *FuncType:
		node(n.TypeParams)
		params(n.Params)
		typ(n.ReturnType)
	case *TypeLiteral:
		for _, m := range n.Members {
			v(m)
		}
	case *ParenType:
		typ(n.Type)
	case *TypeOperator:
		typ(n.Type)
	case *IndexedAccessType:
		typ(n.Object)
		typ(n.Index)
	case *ConditionalType:
		typ(n.Check)
		typ(n.Extends)
		typ(n.True)
		typ(n.False)
	case *InferType:
		node(n.Param)
	case *MappedType:
		node(n.Param)
		typ(n.NameType)
		typ(n.Type)
	case *TypeQuery:
		node(n.Expr)
		node(n.TypeArgs)
	case *ImportType:
		node(n.Arg)
		expr(n.Options)
		node(n.Qualifier)
		node(n.TypeArgs)
	case *TypePredicate:
		node(n.Param)
		typ(n.Type)

	case *PropertySig:
		expr(n.Key)
		typ(n.Type)
	case *MethodSig:
		expr(n.Key)
		node(n.TypeParams)
		params(n.Params)
		typ(n.ReturnType)
	case *CallSig:
		node(n.TypeParams)
		params(n.Params)
		typ(n.ReturnType)
	case *IndexSignature:
		params(n.Params)
		typ(n.Type)

	case *JSXNamespacedName:
		node(n.Namespace)
		node(n.Name)
	case *JSXMemberExpr:
		node(n.Object)
		node(n.Prop)
	case *JSXElement:
		node(n.Opening)
		for _, c := range n.Children {
			v(c)
		}
		node(n.Closing)
	case *JSXOpening:
		node(n.Name)
		node(n.TypeArgs)
		for _, a := range n.Attrs {
			v(a)
		}
	case *JSXClosing:
		node(n.Name)
	case *JSXFragment:
		for _, c := range n.Children {
			v(c)
		}
	case *JSXAttr:
		node(n.Name)
		node(n.Value)
	case *JSXSpreadAttr:
		expr(n.Arg)
	case *JSXExprContainer:
		expr(n.Expr)
	case *JSXSpreadChild:
		expr(n.Expr)
	}
}
