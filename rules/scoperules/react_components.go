package scoperules

import (
	"strings"
	"unicode/utf8"

	"github.com/fsdlint/fsdlint/tsparse"
)

// reactComponents is eslint-plugin-react's component detection
// (util/Components.js) for function components, memo/forwardRef wrappers and
// class components, computed in source order as ESLint's traversal does.
//
// The detection (a componentIndex) is made once per file and shared; a
// reactComponents is one rule's view of it: the pre-order index of the node
// being looked at (ESLint's rules see only the components detected so far)
// and, during a walk, that node's ancestors, which is where up looks.
type reactComponents struct {
	*componentIndex
	f      *tsparse.File
	scopes *tsparse.Scopes
	now    int
	// cur is the node being visited and stack its ancestors (outermost
	// first), both nil outside a walk.
	cur   tsparse.Node
	stack []tsparse.Node
	// lastUp is the path index of the node up last returned: ancestor
	// chains (closestAncestor) ask for its parent next.
	lastUp int
}

// componentIndex is the per-file result of the detection.
type componentIndex struct {
	// detected lists the components in the order they were found (for
	// nodeWrapsComponent, which looks only at those found so far).
	detected []detectedComponent
	// byNode indexes detected once it outgrows a linear search.
	byNode map[tsparse.Node]int32
	// imports are the file's import declarations, collected on first need.
	imports     []*tsparse.ImportDecl
	importsDone bool
}

type detectedComponent struct {
	node tsparse.Node
	// up is the component's ESTree parent, kept for the rules that look at
	// it away from the walk that found it.
	up         tsparse.Node
	addedAt    int32 // pre-order index of the node whose visit found it
	confidence int8
}

// linearComponents is how many components are searched linearly before
// they are indexed by node.
const linearComponents = 8

type componentIndexKey struct{}

// detectComponents returns a fresh view of f's components; the detection
// runs on the first call per file.
func detectComponents(f *tsparse.File) *reactComponents {
	sc := f.Scopes()
	idx := f.Memo(componentIndexKey{}, func() any { return buildComponentIndex(f, sc) }).(*componentIndex)
	return &reactComponents{componentIndex: idx, f: f, scopes: sc}
}

func buildComponentIndex(f *tsparse.File, sc *tsparse.Scopes) *componentIndex {
	rc := &reactComponents{componentIndex: &componentIndex{}, f: f, scopes: sc}
	rc.walk(func(n tsparse.Node) {
		switch n := n.(type) {
		case *tsparse.CallExpr:
			if rc.isWrapperCall(n) && len(n.Args) > 0 && isFunctionLike(n.Args[0]) {
				rc.add(n, 2)
			}
		case *tsparse.ClassDecl:
			if isES6Component(n.Class) {
				rc.add(n, 2)
			}
		case *tsparse.ClassExpr:
			if isES6Component(n.Class) {
				rc.add(n, 2)
			}
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc:
			if fn := functionOfNode(n); fn != nil && fn.Async && fn.Generator {
				rc.add(n, 0)
				return
			}
			if comp := rc.stateless(n); comp != nil {
				rc.add(comp, 2)
			}
		}
	})
	return rc.componentIndex
}

// walk calls visit in pre-order on every function, class and call of the
// file (the nodes the detection and its rules look at) with now, cur and
// stack set for it. Other nodes only count: setting the fields for each
// costs write barriers while the GC runs.
func (rc *reactComponents) walk(visit func(tsparse.Node)) {
	i := -1
	tsparse.WalkFile(rc.f, func(n tsparse.Node, parents []tsparse.Node) bool {
		i++
		switch n.(type) {
		case *tsparse.CallExpr, *tsparse.ClassDecl, *tsparse.ClassExpr,
			*tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc:
		default:
			return true
		}
		rc.now, rc.cur, rc.stack, rc.lastUp = i, n, parents, -1
		visit(n)
		return true
	})
	rc.cur, rc.stack = nil, nil
}

// lookup returns n's detection record, or nil.
func (idx *componentIndex) lookup(n tsparse.Node) *detectedComponent {
	if idx.byNode != nil {
		if i, ok := idx.byNode[n]; ok {
			return &idx.detected[i]
		}
		return nil
	}
	for i := range idx.detected {
		if idx.detected[i].node == n {
			return &idx.detected[i]
		}
	}
	return nil
}

func (rc *reactComponents) add(n tsparse.Node, confidence int8) {
	d := rc.lookup(n)
	switch {
	case d == nil:
		rc.detected = append(rc.detected, detectedComponent{node: n, up: rc.up(n), addedAt: int32(rc.now), confidence: confidence})
		rc.indexDetected()
	case d.confidence == 0 || confidence == 0:
		d.confidence = 0
	case confidence > d.confidence:
		d.confidence = confidence
	}
}

// indexDetected keeps byNode in step with detected once there are many.
func (idx *componentIndex) indexDetected() {
	last := int32(len(idx.detected) - 1)
	switch {
	case idx.byNode != nil:
		idx.byNode[idx.detected[last].node] = last
	case len(idx.detected) > linearComponents:
		idx.byNode = make(map[tsparse.Node]int32, 2*len(idx.detected))
		for i, d := range idx.detected {
			idx.byNode[d.node] = int32(i)
		}
	}
}

func (rc *reactComponents) isComponent(n tsparse.Node) bool {
	d := rc.lookup(n)
	return d != nil && int(d.addedAt) <= rc.now && d.confidence >= 1
}

func functionOfNode(n tsparse.Node) *tsparse.Function {
	switch n := n.(type) {
	case *tsparse.FuncDecl:
		return n.Func
	case *tsparse.FuncExpr:
		return n.Func
	case *tsparse.ArrowFunc:
		return n.Func
	}
	return nil
}

func isFunctionLike(e tsparse.Expr) bool {
	switch e.(type) {
	case *tsparse.FuncExpr, *tsparse.ArrowFunc:
		return true
	}
	return false
}

// up is the ESTree parent: parentheses, the Function record, and the
// statement wrapping an exported default expression are not nodes there.
// n is the node being visited, one of its ancestors, or a detected
// component (whose parent was noted when it was found).
func (rc *reactComponents) up(n tsparse.Node) tsparse.Node {
	k := rc.pathIndex(n)
	if k < 0 {
		if d := rc.lookup(n); d != nil {
			return d.up
		}
		return nil
	}
	for {
		p := rc.pathAt(k - 1)
		switch p.(type) {
		case *tsparse.ParenExpr, *tsparse.Function:
			k--
			continue
		case *tsparse.ExprStmt:
			if _, ok := rc.pathAt(k - 2).(*tsparse.ExportDefaultDecl); ok {
				k--
				continue
			}
		}
		rc.lastUp = k - 1
		return p
	}
}

// pathIndex is n's depth on the path from the file to the node being
// visited (the ancestors, then the node itself), or -1 when not on it.
func (rc *reactComponents) pathIndex(n tsparse.Node) int {
	if n == nil || rc.cur == nil {
		return -1
	}
	if n == rc.cur {
		return len(rc.stack)
	}
	if k := rc.lastUp; k >= 0 && k < len(rc.stack) && rc.stack[k] == n {
		return k
	}
	for k := len(rc.stack) - 1; k >= 0; k-- {
		if rc.stack[k] == n {
			return k
		}
	}
	return -1
}

func (rc *reactComponents) pathAt(k int) tsparse.Node {
	switch {
	case k < 0:
		return nil
	case k == len(rc.stack):
		return rc.cur
	}
	return rc.stack[k]
}

func unparen(e tsparse.Expr) tsparse.Expr {
	for {
		p, ok := e.(*tsparse.ParenExpr)
		if !ok {
			return e
		}
		e = p.Expr
	}
}

// isCapitalized is isFirstLetterCapitalized: leading underscores are
// skipped, and anything without a lower case form counts as capital.
func isCapitalized(name string) bool {
	name = strings.TrimLeft(name, "_")
	if name == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	return strings.ToUpper(string(r)) == string(r)
}

func identName(e tsparse.Node) string {
	if id, ok := e.(*tsparse.Ident); ok {
		return id.Name
	}
	return ""
}

// propertyKeyName is ESTree's key.name: set for identifier keys only, also
// computed ones (`[Foo]: …`).
func propertyKeyName(p *tsparse.Property) string { return estreeKeyName(p.Key) }

func estreeKeyName(key tsparse.Expr) string {
	if ck, ok := key.(*tsparse.ComputedKey); ok {
		return identName(unparen(ck.Expr))
	}
	return identName(key)
}

// startsLowerCase is `s[0] === s[0].toLowerCase()`: true for anything
// without an upper case form.
func startsLowerCase(s string) bool {
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	r := string(first)
	return strings.ToLower(r) == r
}

func isComputed(key tsparse.Expr) bool {
	_, ok := key.(*tsparse.ComputedKey)
	return ok
}

// assignTargetName is `left.name` of an assignment: the identifier's name.
func assignTargetName(a *tsparse.AssignExpr) string { return identName(unparen(a.Left)) }

// memberPropertyName is `left.property.name` of a member assignment.
func memberPropertyName(e tsparse.Expr) string {
	switch m := unparen(e).(type) {
	case *tsparse.MemberExpr:
		return identName(m.Prop)
	case *tsparse.IndexExpr:
		return identName(unparen(m.Index))
	}
	return ""
}

func isMemberTarget(e tsparse.Expr) bool {
	switch unparen(e).(type) {
	case *tsparse.MemberExpr, *tsparse.IndexExpr:
		return true
	}
	return false
}

// stateless is getStatelessComponent: the component node for a function (the
// function itself or its memo/forwardRef wrapper), or nil.
func (rc *reactComponents) stateless(n tsparse.Node) tsparse.Node {
	if fd, ok := n.(*tsparse.FuncDecl); ok {
		if (fd.Func.Name == nil || isCapitalized(fd.Func.Name.Name)) && rc.returnsJSX(n, false) {
			return n
		}
		return nil
	}
	fn := functionOfNode(n)
	if fn == nil {
		return nil
	}
	p := rc.up(n)
	assign, isAssign := p.(*tsparse.AssignExpr)
	isPropAssign := isAssign && isMemberTarget(assign.Left)
	isModuleExports := false
	if isPropAssign {
		if m, ok := unparen(assign.Left).(*tsparse.MemberExpr); ok {
			isModuleExports = identName(m.Object) == "module" && identName(m.Prop) == "exports"
		}
	}
	var parentKey tsparse.Expr
	switch p := p.(type) {
	case *tsparse.Property:
		parentKey = p.Key
	case *tsparse.PropertyDef:
		parentKey = p.Key
	}

	if _, ok := p.(*tsparse.ExportDefaultDecl); ok {
		if rc.returnsJSX(n, true) {
			return n
		}
		return nil
	}
	if d, ok := p.(*tsparse.VarDeclarator); ok && rc.returnsJSX(n, false) {
		if isCapitalized(identName(d.Name)) {
			return n
		}
		return nil
	}
	_, inReturn := p.(*tsparse.ReturnStmt)
	if pa, ok := p.(*tsparse.ArrowFunc); (inReturn || ok && pa.ExprBody != nil) && !rc.returnsJSX(n, true) {
		return nil
	}
	if isAssign && !isPropAssign && rc.returnsJSX(n, false) {
		if isCapitalized(assignTargetName(assign)) {
			return n
		}
		return nil
	}
	if _, ok := p.(*tsparse.ArrowFunc); ok && rc.returnsJSX(n, false) {
		switch gp := rc.up(p).(type) {
		case *tsparse.AssignExpr:
			if isCapitalized(assignTargetName(gp)) {
				return n
			}
			return nil
		case *tsparse.Property:
			if isCapitalized(propertyKeyName(gp)) {
				return n
			}
			return nil
		}
	}
	if inReturn {
		if fn.Name != nil && isCapitalized(fn.Name.Name) {
			return n
		}
		outer := rc.up(rc.up(p))
		if outer != nil {
			switch op := rc.up(outer).(type) {
			case *tsparse.AssignExpr:
				if rc.returnsJSX(n, false) {
					if isCapitalized(assignTargetName(op)) {
						return n
					}
					return nil
				}
			case *tsparse.Property:
				if rc.returnsJSX(n, false) {
					if isCapitalized(propertyKeyName(op)) {
						return n
					}
					return nil
				}
			}
		}
	}
	if parentKey != nil {
		if ck, ok := parentKey.(*tsparse.ComputedKey); ok {
			switch unparen(ck.Expr).(type) {
			case *tsparse.MemberExpr, *tsparse.IndexExpr:
				if !rc.returnsJSX(n, true) && !rc.returnsOnlyNull(n) {
					return nil
				}
			}
		}
	}
	if prop, ok := p.(*tsparse.Property); ok && !isComputed(prop.Key) && (prop.Kind == tsparse.PropMethod || fn.Name == nil) {
		if isCapitalized(propertyKeyName(prop)) && rc.returnsJSX(n, true) {
			return n
		}
		return nil
	}
	if w := rc.wrapperOf(n); w != nil && rc.returnsJSX(n, false) {
		return w
	}
	if !rc.allowedPosition(n) || !rc.returnsJSX(n, false) {
		return nil
	}
	if parentKey != nil {
		if startsLowerCase(estreeKeyName(parentKey)) && len(fn.Params) > 0 {
			return nil
		}
	}
	if fn.Name != nil {
		if isCapitalized(fn.Name.Name) {
			return n
		}
		return nil
	}
	if isPropAssign && !isModuleExports && !isCapitalized(memberPropertyName(assign.Left)) {
		return nil
	}
	if _, ok := p.(*tsparse.Property); ok && rc.returnsOnlyNull(n) {
		return nil
	}
	return n
}

func (rc *reactComponents) allowedPosition(n tsparse.Node) bool {
	switch p := rc.up(n).(type) {
	case *tsparse.VarDeclarator, *tsparse.AssignExpr, *tsparse.Property, *tsparse.ReturnStmt,
		*tsparse.ExportDefaultDecl, *tsparse.ArrowFunc:
		return true
	case *tsparse.SeqExpr:
		return len(p.Exprs) > 0 && unparen(p.Exprs[len(p.Exprs)-1]) == n && rc.allowedPosition(p)
	}
	return false
}

// wrapperOf is getPragmaComponentWrapper: the outermost of the memo/forwardRef
// calls directly enclosing n.
func (rc *reactComponents) wrapperOf(n tsparse.Node) tsparse.Node {
	var outer tsparse.Node
	for {
		call, ok := rc.up(n).(*tsparse.CallExpr)
		if !ok || !rc.isWrapperCall(call) {
			return outer
		}
		outer, n = call, call
	}
}

// isWrapperCall is isPragmaComponentWrapper for React.memo/forwardRef (and the
// bare names when imported from react).
func (rc *reactComponents) isWrapperCall(call *tsparse.CallExpr) bool {
	switch callee := call.Callee.(type) {
	case *tsparse.MemberExpr:
		prop := identName(callee.Prop)
		return identName(callee.Object) == "React" && (prop == "memo" || prop == "forwardRef") && !rc.wrapsDetectedComponent(call)
	case *tsparse.Ident:
		return (callee.Name == "memo" || callee.Name == "forwardRef") && rc.fromReact(callee)
	}
	return false
}

// wrapsDetectedComponent is nodeWrapsComponent: memo's function returns
// (first) a JSX element naming a class or arrow component detected so far.
func (rc *reactComponents) wrapsDetectedComponent(call *tsparse.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	var body tsparse.Node
	switch a := call.Args[0].(type) {
	case *tsparse.ArrowFunc:
		if a.ExprBody != nil {
			body = a.ExprBody
		} else {
			body = a.Func.Body
		}
	case *tsparse.FuncExpr:
		body = a.Func.Body
	default:
		return false
	}
	if b, ok := body.(*tsparse.BlockStmt); ok {
		body = nil
		for _, s := range b.Body {
			if r, ok := s.(*tsparse.ReturnStmt); ok {
				if r.Arg != nil {
					body = unparen(r.Arg)
				}
				break
			}
		}
	}
	el, ok := body.(*tsparse.JSXElement)
	if !ok {
		return false
	}
	tag, ok := el.Opening.Name.(*tsparse.JSXIdent)
	if !ok {
		return false
	}
	for _, d := range rc.detected {
		if int(d.addedAt) > rc.now {
			break
		}
		switch n := d.node.(type) {
		case *tsparse.ClassDecl:
			if n.Class.Name != nil && n.Class.Name.Name == tag.Name {
				return true
			}
		case *tsparse.ArrowFunc:
			if v, ok := d.up.(*tsparse.VarDeclarator); ok && identName(v.Name) == tag.Name {
				return true
			}
		}
	}
	return false
}

// fromReact is isDestructuredFromPragmaImport: id's binding was last
// declared by an import from 'react', `= React`, `= React.x` or require('react').
func (rc *reactComponents) fromReact(id *tsparse.Ident) bool {
	ref := rc.scopes.ReferenceOf(id)
	if ref == nil || ref.Binding == nil {
		return false
	}
	switch d := ref.Binding.Decl.(type) {
	case *tsparse.ImportSpec:
		imp := rc.importOf(d)
		return imp != nil && imp.Source != nil && imp.Source.Value == "react"
	case *tsparse.ImportDecl:
		return d.Source != nil && d.Source.Value == "react"
	case *tsparse.VarDeclarator:
		if d.Init == nil {
			return false
		}
		init := unparen(d.Init)
		if m, ok := init.(*tsparse.MemberExpr); ok {
			if identName(m.Object) == "React" {
				return true
			}
			init = m.Object
		}
		if identName(init) == "React" {
			return true
		}
		if call, ok := init.(*tsparse.CallExpr); ok && identName(call.Callee) == "require" && len(call.Args) > 0 {
			s, ok := call.Args[0].(*tsparse.StringLit)
			return ok && s.Value == "react"
		}
	}
	return false
}

// importOf is the import declaration that lists spec, or nil.
func (rc *reactComponents) importOf(spec *tsparse.ImportSpec) *tsparse.ImportDecl {
	if !rc.importsDone {
		rc.importsDone = true
		tsparse.Each(rc.f, func(imp *tsparse.ImportDecl) { rc.imports = append(rc.imports, imp) })
	}
	for _, imp := range rc.imports {
		for _, s := range imp.Named {
			if s == spec {
				return imp
			}
		}
	}
	return nil
}

// isES6Component: a class extending (React.)Component or PureComponent.
func isES6Component(c *tsparse.Class) bool {
	switch s := unparen(c.SuperClass).(type) {
	case *tsparse.MemberExpr:
		p := identName(s.Prop)
		return identName(s.Object) == "React" && (p == "Component" || p == "PureComponent")
	case *tsparse.Ident:
		return s.Name == "Component" || s.Name == "PureComponent"
	}
	return false
}

// forEachReturn is traverseReturns: the values returned by fn's body, looking
// only through blocks, if, for, while and switch statements.
func forEachReturn(n tsparse.Node, f func(tsparse.Expr) bool) {
	if a, ok := n.(*tsparse.ArrowFunc); ok && a.ExprBody != nil {
		f(a.ExprBody)
		return
	}
	fn := functionOfNode(n)
	if fn == nil || fn.Body == nil {
		return
	}
	var visit func(s tsparse.Stmt) bool
	visitAll := func(list []tsparse.Stmt) bool {
		for _, s := range list {
			if !visit(s) {
				return false
			}
		}
		return true
	}
	visit = func(s tsparse.Stmt) bool {
		switch s := s.(type) {
		case *tsparse.ReturnStmt:
			return f(s.Arg)
		case *tsparse.BlockStmt:
			return visitAll(s.Body)
		case *tsparse.IfStmt:
			return visit(s.Cons) && (s.Alt == nil || visit(s.Alt))
		case *tsparse.ForStmt:
			return visit(s.Body)
		case *tsparse.WhileStmt:
			return visit(s.Body)
		case *tsparse.SwitchStmt:
			for _, c := range s.Cases {
				if !visitAll(c.Body) {
					return false
				}
			}
		}
		return true
	}
	visitAll(fn.Body.Body)
}

// returnsJSX is isReturningJSX (non-strict): some return value is JSX, a
// createElement call or a variable initialised with JSX; null counts unless
// ignoreNull.
func (rc *reactComponents) returnsJSX(n tsparse.Node, ignoreNull bool) bool {
	found := false
	forEachReturn(n, func(e tsparse.Expr) bool {
		found = rc.isJSXValue(e, ignoreNull)
		return !found
	})
	return found
}

func (rc *reactComponents) isJSXValue(e tsparse.Expr, ignoreNull bool) bool {
	if e == nil {
		return false
	}
	switch e := unparen(e).(type) {
	case *tsparse.CondExpr:
		return rc.isJSXValue(e.Cons, ignoreNull) || rc.isJSXValue(e.Alt, ignoreNull)
	case *tsparse.BinaryExpr:
		if e.Op == tsparse.TAmpAmp || e.Op == tsparse.TBarBar || e.Op == tsparse.TQuestionQuestion {
			return rc.isJSXValue(e.Left, ignoreNull) || rc.isJSXValue(e.Right, ignoreNull)
		}
	case *tsparse.SeqExpr:
		return len(e.Exprs) > 0 && rc.isJSXValue(e.Exprs[len(e.Exprs)-1], ignoreNull)
	case *tsparse.JSXElement, *tsparse.JSXFragment:
		return true
	case *tsparse.CallExpr:
		return rc.isCreateElement(e)
	case *tsparse.NullLit:
		return !ignoreNull
	case *tsparse.Ident:
		ref := rc.scopes.ReferenceOf(tsparse.Node(e))
		if ref == nil || ref.Binding == nil {
			return false
		}
		if d, ok := ref.Binding.Decl.(*tsparse.VarDeclarator); ok && d.Init != nil {
			switch unparen(d.Init).(type) {
			case *tsparse.JSXElement, *tsparse.JSXFragment:
				return true
			}
		}
	}
	return false
}

func (rc *reactComponents) isCreateElement(call *tsparse.CallExpr) bool {
	switch callee := call.Callee.(type) {
	case *tsparse.MemberExpr:
		return identName(callee.Prop) == "createElement" && identName(callee.Object) == "React"
	case *tsparse.Ident:
		return callee.Name == "createElement" && rc.fromReact(callee)
	}
	return false
}

// returnsOnlyNull is isReturningOnlyNull: every return value is null (or a
// conditional between nulls).
func (rc *reactComponents) returnsOnlyNull(n tsparse.Node) bool {
	found, other := false, false
	var visit func(e tsparse.Expr)
	visit = func(e tsparse.Expr) {
		switch e := unparen(e).(type) {
		case nil:
		case *tsparse.NullLit:
			found = true
		case *tsparse.CondExpr:
			_, consNull := unparen(e.Cons).(*tsparse.NullLit)
			_, altNull := unparen(e.Alt).(*tsparse.NullLit)
			if consNull && altNull {
				found = true
				return
			}
			visit(e.Test)
			visit(e.Cons)
			visit(e.Alt)
		default:
			other = true
		}
	}
	forEachReturn(n, func(e tsparse.Expr) bool {
		if e != nil {
			visit(e)
		}
		return true
	})
	return found && !other
}
