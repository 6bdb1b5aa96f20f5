package scoperules

import (
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var exhaustiveDeps = &rules.Rule{
	Name:            "react-hooks/exhaustive-deps",
	ESLintNames:     []string{"react-hooks/exhaustive-deps"},
	Category:        rules.CategoryReact,
	Summary:         "List every value a hook's callback reads from the component in its dependency array",
	DefaultSeverity: rules.Warn,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "useEffect, useLayoutEffect, useInsertionEffect, useCallback, useMemo and useImperativeHandle " +
			"re-run only when a listed dependency changes. A prop or state the callback reads but the array omits " +
			"is a stale value waiting to happen; a listed value the callback does not need re-runs a memo for " +
			"nothing. Values that never change are not required: setState and dispatch from useState/useReducer, " +
			"refs from useRef, const primitives, and functions that capture nothing from the component. " +
			"Also reported: dependency arrays that are not array literals, complex expressions and literals in " +
			"the array, async effect callbacks, useMemo/useCallback without an array, and effects without an " +
			"array that call setState (an endless update loop).",
		Incorrect: []string{"function User({ id }) {\n  useEffect(() => { load(id); }, []);\n}",
			"function List({ items }) {\n  const sorted = useMemo(() => sort(items), [items, sort]);\n}"},
		Correct: []string{"function User({ id }) {\n  useEffect(() => { load(id); }, [id]);\n}",
			"function Counter() {\n  const [n, setN] = useState(0);\n  useEffect(() => { setN(1); }, []);\n}"},
	},
	File: checkExhaustiveDeps,
}

// reactiveHooks maps a hook name to the index of its callback argument.
var reactiveHooks = map[string]int{
	"useEffect": 0, "useLayoutEffect": 0, "useInsertionEffect": 0,
	"useCallback": 0, "useMemo": 0, "useImperativeHandle": 1,
}

func isEffectHook(name string) bool {
	return name == "useEffect" || name == "useLayoutEffect" || name == "useInsertionEffect"
}

// hookName returns useX for `useX` and `React.useX`.
func reactHookName(callee tsparse.Expr) string {
	switch c := callee.(type) {
	case *tsparse.Ident:
		return c.Name
	case *tsparse.MemberExpr:
		if obj, ok := c.Object.(*tsparse.Ident); ok && obj.Name == "React" {
			if p, ok := c.Prop.(*tsparse.Ident); ok {
				return p.Name
			}
		}
	}
	return ""
}

type depsChecker struct {
	c   *rules.FileContext
	f   *tsparse.File
	sc  *tsparse.Scopes
	src []byte
}

func checkExhaustiveDeps(c *rules.FileContext) {
	f := c.File
	var calls []*tsparse.CallExpr
	tsparse.Each(f, func(call *tsparse.CallExpr) {
		if _, ok := reactiveHooks[reactHookName(call.Callee)]; ok {
			calls = append(calls, call)
		}
	})
	if len(calls) == 0 {
		return
	}
	d := &depsChecker{c: c, f: f, sc: f.Scopes(), src: f.Src}
	for _, call := range calls {
		d.check(call)
	}
}

func (d *depsChecker) report(r tsparse.Range, msg string) { d.c.ReportRange(r, msg) }

// walk is WalkWithParents over a callback, read from the file's flattened
// tree when it is a function (the type picks the short list to find it in).
func (d *depsChecker) walk(fn tsparse.Node, visit func(tsparse.Node, []tsparse.Node) bool) {
	switch fn := fn.(type) {
	case *tsparse.ArrowFunc:
		tsparse.WalkSubtree(d.f, fn, visit)
	case *tsparse.FuncExpr:
		tsparse.WalkSubtree(d.f, fn, visit)
	case *tsparse.FuncDecl:
		tsparse.WalkSubtree(d.f, fn, visit)
	default:
		tsparse.WalkWithParents(fn, visit)
	}
}

// inspect is Inspect over a callback, like walk.
func (d *depsChecker) inspect(fn tsparse.Node, visit func(tsparse.Node) bool) {
	switch fn := fn.(type) {
	case *tsparse.ArrowFunc:
		tsparse.InspectSubtree(d.f, fn, visit)
	case *tsparse.FuncExpr:
		tsparse.InspectSubtree(d.f, fn, visit)
	case *tsparse.FuncDecl:
		tsparse.InspectSubtree(d.f, fn, visit)
	default:
		tsparse.Inspect(fn, visit)
	}
}

func (d *depsChecker) text(n tsparse.Node) string {
	r := n.Span()
	return string(d.src[r.Start:r.End])
}

func (d *depsChecker) check(call *tsparse.CallExpr) {
	name := reactHookName(call.Callee)
	idx := reactiveHooks[name]
	hookText := d.text(call.Callee)
	if len(call.Args) <= idx {
		d.report(call.Callee.Span(), "React Hook "+name+" requires an effect callback. Did you forget to pass a callback to the hook?")
		return
	}
	callback := unparenExpr(call.Args[idx])
	var depsNode tsparse.Expr
	if len(call.Args) > idx+1 {
		depsNode = call.Args[idx+1]
	}
	isEffect := isEffectHook(name)
	if depsNode == nil && !isEffect {
		if name == "useMemo" || name == "useCallback" {
			d.report(call.Callee.Span(), "React Hook "+name+" does nothing when called with only one argument. Did you forget to pass an array of dependencies?")
		}
		return
	}
	fn := functionNode(callback)
	if fn == nil {
		id, isIdent := callback.(*tsparse.Ident)
		if !isIdent {
			d.report(call.Callee.Span(), "React Hook "+name+" received a function whose dependencies are unknown. Pass an inline function instead.")
			return
		}
		if depsNode == nil {
			return
		}
		if arr, ok := unparenExpr(depsNode).(*tsparse.ArrayLit); ok {
			for _, el := range arr.Elems {
				if e, ok := el.(*tsparse.Ident); ok && e.Name == id.Name {
					return
				}
			}
		}
		// Only a function declared in the scope of the call itself is followed.
		ref := d.sc.ReferenceOf(tsparse.Node(id))
		if ref == nil || ref.Binding == nil || ref.Binding.Scope != ref.Scope {
			return
		}
		switch decl := ref.Binding.Decl.(type) {
		case *tsparse.FuncDecl:
			fn = decl
		case *tsparse.VarDeclarator:
			fn = functionNode(unparenExpr(decl.Init))
		}
		if fn == nil {
			d.report(call.Callee.Span(), "React Hook "+name+" has a missing dependency: '"+id.Name+"'. Either include it or remove the dependency array.")
			return
		}
	}
	d.visitFunction(call, fn, depsNode, name, hookText, isEffect)
}

func (d *depsChecker) visitFunction(call *tsparse.CallExpr, fn tsparse.Node, depsNode tsparse.Expr, name, hookText string, isEffect bool) {
	if isEffect && isAsync(fn) {
		d.reportAsync(fn)
	}
	scope := d.scopeOf(fn)
	if scope == nil {
		return
	}
	// Pure scopes: from the callback's parent up to the nearest function.
	pure := map[*tsparse.Scope]bool{}
	var component *tsparse.Scope
	for s := scope.Parent; s != nil; s = s.Parent {
		pure[s] = true
		if s.Kind == tsparse.ScopeFunction {
			component = s
			break
		}
	}
	if component == nil {
		return
	}
	deps, stable := d.dependencies(fn, pure, call, hookText)
	if depsNode == nil {
		d.checkSetStateWithoutDeps(call, fn, name, pure)
		return
	}
	var declared []declaredDep
	external := map[string]bool{}
	if arr, ok := unparenExpr(depsNode).(*tsparse.ArrayLit); ok {
		declared, external = d.declaredDeps(arr, component, deps, hookText)
	} else {
		d.report(depsNode.Span(), "React Hook "+hookText+" was passed a dependency list that is not an array literal. This means we can't statically verify whether you've passed the correct dependencies.")
	}
	d.compare(depsNode, name, hookText, isEffect, deps, stable, declared, external)
}

func (d *depsChecker) reportAsync(fn tsparse.Node) {
	d.report(fn.Span(), "Effect callbacks are synchronous to prevent race conditions. Put the async function inside:\n\nuseEffect(() => {\n  async function fetchData() {\n    // You can await here\n    const response = await MyAPI.getData(someId);\n    // ...\n  }\n  fetchData();\n}, [someId]); // Or [] if effect doesn't need props or state\n\nLearn more about data fetching with Hooks: https://reactjs.org/link/hooks-data-fetching")
}

// dependencies walks the callback and returns every dependency path it
// reads from the pure scopes, and which of them are stable.
func (d *depsChecker) dependencies(fn tsparse.Node, pure map[*tsparse.Scope]bool, call *tsparse.CallExpr, hookText string) (map[string]bool, map[string]bool) {
	deps := map[string]bool{}
	stable := map[string]bool{}
	stale := map[string]bool{}
	d.walk(fn, func(n tsparse.Node, parents []tsparse.Node) bool {
		ref := d.sc.ReferenceOf(n)
		if ref == nil || ref.Binding == nil || !pure[ref.Binding.Scope] || ref.Flags&tsparse.RefInType != 0 {
			return true
		}
		b := ref.Binding
		if b.Kind == tsparse.BindTypeParam || b.Kind == tsparse.BindTypeAlias || b.Kind == tsparse.BindInterface {
			return true
		}
		// const f = useCallback(() => f()): f is not defined yet.
		if x, ok := b.Decl.(*tsparse.VarDeclarator); ok && x.Init == tsparse.Expr(call) {
			return true
		}
		path := dependencyPath(n, parents)
		if path == "" {
			return true
		}
		// Writing a render-scope variable from a hook callback is lost on the next render.
		if len(parents) > 0 && !stale[path] {
			if a, ok := parents[len(parents)-1].(*tsparse.AssignExpr); ok && a.Left == n {
				stale[path] = true
				d.report(a.Right.Span(), "Assignments to the '"+path+"' variable from inside React Hook "+hookText+" will be lost after each render. To preserve the value over time, store it in a useRef Hook and keep the mutable value in the '.current' property. Otherwise, you can move this variable directly inside "+hookText+".")
			}
		}
		if ref.Flags&tsparse.RefWrite != 0 && ref.Flags&tsparse.RefRead == 0 {
			return true // a plain write is not a dependency
		}
		if d.isStable(b) {
			stable[path] = true
		}
		deps[path] = true
		return true
	})
	return deps, stable
}

// dependencyPath follows ESLint's getDependency: a member chain (not through
// `.current`, computed access or a call's callee) from the identifier, as
// "a.b.c"; for an assignment target a.b = …, the object.
func dependencyPath(id tsparse.Node, parents []tsparse.Node) string {
	node := id
	i := len(parents) - 1
	for ; i >= 0; i-- {
		m, ok := parents[i].(*tsparse.MemberExpr)
		if !ok || m.Object != node {
			break
		}
		prop, ok := m.Prop.(*tsparse.Ident)
		if !ok || prop.Name == "current" {
			break
		}
		if i > 0 {
			if c, ok := parents[i-1].(*tsparse.CallExpr); ok && c.Callee == tsparse.Expr(m) {
				break
			}
			if a, ok := parents[i-1].(*tsparse.AssignExpr); ok && a.Left == tsparse.Expr(m) {
				break
			}
		}
		node = m
	}
	return chainPath(node)
}

// chainPath prints a non-computed member chain, optional chaining as plain dots.
func chainPath(n tsparse.Node) string {
	switch n := n.(type) {
	case *tsparse.Ident:
		return n.Name
	case *tsparse.MemberExpr:
		obj := chainPath(n.Object)
		prop, ok := n.Prop.(*tsparse.Ident)
		if obj == "" || !ok {
			return ""
		}
		return obj + "." + prop.Name
	case *tsparse.ParenExpr:
		return chainPath(n.Expr)
	case *tsparse.NonNullExpr:
		return chainPath(n.Expr)
	}
	return ""
}

// isStable: setState/dispatch from useState/useReducer/useTransition, refs
// from useRef, const primitives, and functions that capture nothing.
func (d *depsChecker) isStable(b *tsparse.Binding) bool {
	switch decl := b.Decl.(type) {
	case *tsparse.VarDeclarator:
		init := unparenExpr(decl.Init)
		for {
			as, ok := init.(*tsparse.AsExpr)
			if !ok {
				break
			}
			init = as.Expr
		}
		switch v := init.(type) {
		case *tsparse.StringLit, *tsparse.NumberLit, *tsparse.NullLit:
			return b.Kind == tsparse.BindConst
		case *tsparse.CallExpr:
			hook := reactHookName(v.Callee)
			if b.Kind != tsparse.BindConst && b.Kind != tsparse.BindLet && b.Kind != tsparse.BindVar {
				return false
			}
			switch hook {
			case "useRef":
				_, simple := decl.Name.(*tsparse.Ident)
				return simple
			case "useState", "useReducer", "useTransition", "useActionState":
				arr, ok := decl.Name.(*tsparse.ArrayPattern)
				if !ok || len(arr.Elems) < 2 {
					return false
				}
				id, ok := arr.Elems[1].(*tsparse.Ident)
				return ok && id == b.Ident
			}
		case *tsparse.ArrowFunc, *tsparse.FuncExpr:
			return d.capturesNothing(init, b.Scope)
		}
	case *tsparse.FuncDecl:
		return d.capturesNothing(decl, b.Scope)
	}
	return false
}

// capturesNothing: no reference inside fn resolves to a binding declared in
// the component (the function scope holding fn) or its inner scopes.
func (d *depsChecker) capturesNothing(fn tsparse.Node, declScope *tsparse.Scope) bool {
	component := declScope
	for component != nil && component.Kind != tsparse.ScopeFunction {
		component = component.Parent
	}
	if component == nil {
		return true
	}
	span := fn.Span()
	captures := false
	d.inspect(fn, func(n tsparse.Node) bool {
		if captures {
			return false
		}
		r := d.sc.ReferenceOf(n)
		if r == nil || r.Binding == nil || r.Flags&tsparse.RefInType != 0 {
			return true
		}
		if r.Binding.Ident.Range.Start >= span.Start && r.Binding.Ident.Range.End <= span.End {
			return true // declared inside fn itself
		}
		if within(r.Binding.Scope, component) {
			captures = true
		}
		return true
	})
	return !captures
}

// within: s is inner or equal to outer.
func within(s, outer *tsparse.Scope) bool {
	for ; s != nil; s = s.Parent {
		if s == outer {
			return true
		}
	}
	return false
}

type declaredDep struct {
	key  string
	node tsparse.Expr
}

// declaredDeps reads the dependency array; literals and complex expressions
// are reported where they stand.
func (d *depsChecker) declaredDeps(arr *tsparse.ArrayLit, component *tsparse.Scope, deps map[string]bool, hookText string) ([]declaredDep, map[string]bool) {
	var out []declaredDep
	external := map[string]bool{}
	for _, el := range arr.Elems {
		if el == nil {
			continue
		}
		if _, spread := el.(*tsparse.SpreadElem); spread {
			d.report(el.Span(), "React Hook "+hookText+" has a spread element in its dependency array. This means we can't statically verify whether you've passed the correct dependencies.")
			continue
		}
		key := chainPath(el)
		if key == "" {
			switch el.(type) {
			case *tsparse.StringLit, *tsparse.NumberLit, *tsparse.BoolLit, *tsparse.NullLit, *tsparse.RegExpLit, *tsparse.BigIntLit:
				raw := d.text(el)
				if deps[raw] {
					d.report(el.Span(), "The "+raw+" literal is not a valid dependency because it never changes. Did you mean to include "+raw+" in the array instead?")
				} else {
					d.report(el.Span(), "The "+raw+" literal is not a valid dependency because it never changes. You can safely remove it.")
				}
			default:
				d.report(el.Span(), "React Hook "+hookText+" has a complex expression in the dependency array. Extract it to a separate variable so it can be statically checked.")
			}
			continue
		}
		root := el
		for {
			switch r := unparenExpr(root).(type) {
			case *tsparse.MemberExpr:
				root = r.Object
				continue
			case *tsparse.NonNullExpr:
				root = r.Expr
				continue
			}
			break
		}
		inComponent := false
		if ref := d.sc.ReferenceOf(unparenExpr(root)); ref != nil && ref.Binding != nil {
			inComponent = within(ref.Binding.Scope, component)
		}
		if !inComponent {
			external[key] = true
		}
		out = append(out, declaredDep{key: key, node: el})
	}
	return out, external
}

// depTree is ESLint's dependency tree: paths split at dots.
type depTree struct {
	used, satisfied, subtreeUsed bool
	children                     map[string]*depTree
	order                        []string
}

func (t *depTree) child(key string) *depTree {
	if t.children == nil {
		t.children = map[string]*depTree{}
	}
	c, ok := t.children[key]
	if !ok {
		c = &depTree{}
		t.children[key] = c
		t.order = append(t.order, key)
	}
	return c
}

func (t *depTree) node(path string, visit func(*depTree)) *depTree {
	n := t
	for _, part := range strings.Split(path, ".") {
		n = n.child(part)
		if visit != nil {
			visit(n)
		}
	}
	return n
}

func (t *depTree) scan(prefix string, missing, satisfying map[string]bool) {
	for _, key := range t.order {
		c := t.children[key]
		path := key
		if prefix != "" {
			path = prefix + "." + key
		}
		if c.satisfied {
			if c.subtreeUsed {
				satisfying[path] = true
			}
			continue
		}
		if c.used {
			missing[path] = true
			continue
		}
		c.scan(path, missing, satisfying)
	}
}

func (d *depsChecker) compare(depsNode tsparse.Expr, name, hookText string, isEffect bool, deps, stable map[string]bool, declared []declaredDep, external map[string]bool) {
	tree := &depTree{}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		tree.node(k, func(n *depTree) { n.subtreeUsed = true }).used = true
	}
	for _, dd := range declared {
		tree.node(dd.key, nil).satisfied = true
	}
	for k := range stable {
		tree.node(k, nil).satisfied = true
	}
	missing, satisfying := map[string]bool{}, map[string]bool{}
	tree.scan("", missing, satisfying)

	unnecessary, duplicate := map[string]bool{}, map[string]bool{}
	seen := map[string]bool{}
	for _, dd := range declared {
		switch {
		case satisfying[dd.key]:
			if seen[dd.key] {
				duplicate[dd.key] = true
			}
			seen[dd.key] = true
		case isEffect && !strings.HasSuffix(dd.key, ".current") && !external[dd.key]:
			seen[dd.key] = true // effects may list extra values
		default:
			unnecessary[dd.key] = true
		}
	}
	if len(missing) == 0 && len(unnecessary) == 0 && len(duplicate) == 0 {
		d.reportConstructions(declared, name, depsNode)
		return
	}
	var msg string
	switch {
	case len(missing) > 0:
		msg = warningMessage(missing, "a", "missing", "include")
	case len(unnecessary) > 0:
		msg = warningMessage(unnecessary, "an", "unnecessary", "exclude")
	default:
		msg = warningMessage(duplicate, "a", "duplicate", "omit")
	}
	d.report(depsNode.Span(), "React Hook "+hookText+" has "+msg)
}

// warningMessage words the problem as the React plugin does.
func warningMessage(deps map[string]bool, article, label, verb string) string {
	keys := sortedKeys(deps)
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = "'" + k + "'"
	}
	list := quoted[0]
	switch {
	case len(quoted) == 2:
		list = quoted[0] + " and " + quoted[1]
	case len(quoted) > 2:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	if len(keys) == 1 {
		return article + " " + label + " dependency: " + list + ". Either " + verb + " it or remove the dependency array."
	}
	return label + " dependencies: " + list + ". Either " + verb + " them or remove the dependency array."
}

// reportConstructions: a dependency that is an object, array, function, class
// or JSX created during render changes on every render, which defeats the array.
func (d *depsChecker) reportConstructions(declared []declaredDep, name string, depsNode tsparse.Expr) {
	depsLine, _ := d.f.Lines().Position(depsNode.Span().Start)
	for _, dd := range declared {
		id, ok := unparenExpr(dd.node).(*tsparse.Ident)
		if !ok {
			continue
		}
		ref := d.sc.ReferenceOf(tsparse.Node(id))
		if ref == nil || ref.Binding == nil {
			continue
		}
		b := ref.Binding
		var at tsparse.Range
		kind := ""
		switch decl := b.Decl.(type) {
		case *tsparse.FuncDecl:
			at, kind = decl.Range, "function"
		case *tsparse.VarDeclarator:
			if _, simple := decl.Name.(*tsparse.Ident); !simple || b.Kind == tsparse.BindVar || d.written(b) {
				continue
			}
			kind = constructionKind(decl.Init)
			at = decl.Range
		}
		if kind == "" {
			continue
		}
		advice := "To fix this, wrap the initialization of '" + b.Name + "' in its own useMemo() Hook."
		if kind == "function" {
			advice = "To fix this, wrap the definition of '" + b.Name + "' in its own useCallback() Hook."
		}
		d.report(at, "The '"+b.Name+"' "+kind+" makes the dependencies of "+name+" Hook (at line "+itoa(depsLine)+") change on every render. "+advice)
	}
}

func (d *depsChecker) written(b *tsparse.Binding) bool {
	for _, r := range b.References {
		if r.Flags&tsparse.RefWrite != 0 {
			return true
		}
	}
	return false
}

// constructionKind names what an initialiser builds afresh on each render.
func constructionKind(e tsparse.Expr) string {
	switch e := unparenExpr(e).(type) {
	case *tsparse.ObjectLit:
		return "object"
	case *tsparse.ArrayLit:
		return "array"
	case *tsparse.ArrowFunc, *tsparse.FuncExpr:
		return "function"
	case *tsparse.ClassExpr:
		return "class"
	case *tsparse.NewExpr:
		return "object construction"
	case *tsparse.JSXElement, *tsparse.JSXFragment:
		return "JSX element"
	case *tsparse.RegExpLit:
		return "regular expression"
	case *tsparse.AsExpr:
		return constructionKind(e.Expr)
	case *tsparse.CondExpr:
		if constructionKind(e.Cons) != "" || constructionKind(e.Alt) != "" {
			return "conditional"
		}
	case *tsparse.BinaryExpr:
		if e.Op == tsparse.TAmpAmp || e.Op == tsparse.TBarBar || e.Op == tsparse.TQuestionQuestion {
			if constructionKind(e.Left) != "" || constructionKind(e.Right) != "" {
				return "logical expression"
			}
		}
	}
	return ""
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// checkSetStateWithoutDeps: an effect without a dependency array that calls
// a state setter of the component directly in its body re-renders forever.
func (d *depsChecker) checkSetStateWithoutDeps(call *tsparse.CallExpr, fn tsparse.Node, name string, pure map[*tsparse.Scope]bool) {
	setter := ""
	d.inspect(fn, func(n tsparse.Node) bool {
		if setter != "" {
			return false
		}
		switch n := n.(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.ClassExpr, *tsparse.ClassDecl:
			return n == fn
		case *tsparse.CallExpr:
			if id, ok := n.Callee.(*tsparse.Ident); ok {
				if ref := d.sc.ReferenceOf(tsparse.Node(id)); ref != nil && ref.Binding != nil && pure[ref.Binding.Scope] && isStateSetter(ref.Binding) {
					setter = id.Name
					return false
				}
			}
		}
		return true
	})
	if setter != "" {
		d.report(call.Callee.Span(), "React Hook "+name+" contains a call to '"+setter+"'. Without a list of dependencies, this can lead to an infinite chain of updates. To fix this, pass [] as a second argument to the "+name+" Hook.")
	}
}

func isStateSetter(b *tsparse.Binding) bool {
	decl, ok := b.Decl.(*tsparse.VarDeclarator)
	if !ok {
		return false
	}
	call, ok := unparenExpr(decl.Init).(*tsparse.CallExpr)
	if !ok {
		return false
	}
	if h := reactHookName(call.Callee); h != "useState" && h != "useReducer" {
		return false
	}
	arr, ok := decl.Name.(*tsparse.ArrayPattern)
	if !ok || len(arr.Elems) < 2 {
		return false
	}
	id, ok := arr.Elems[1].(*tsparse.Ident)
	return ok && id == b.Ident
}

func (d *depsChecker) scopeOf(fn tsparse.Node) *tsparse.Scope {
	for _, s := range d.sc.All {
		if s.Node == fn && s.Kind == tsparse.ScopeFunction {
			return s
		}
	}
	return nil
}

func functionNode(e tsparse.Expr) tsparse.Node {
	switch e := e.(type) {
	case *tsparse.ArrowFunc:
		return e
	case *tsparse.FuncExpr:
		return e
	}
	return nil
}

func isAsync(fn tsparse.Node) bool {
	f := functionOf(fn)
	return f != nil && f.Async
}

func unparenExpr(e tsparse.Expr) tsparse.Expr {
	for {
		p, ok := e.(*tsparse.ParenExpr)
		if !ok {
			return e
		}
		e = p.Expr
	}
}
