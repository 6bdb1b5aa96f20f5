package scoperules

import (
	"strconv"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noArrayIndexKey = &rules.Rule{
	Name:            "react/no-array-index-key",
	ESLintNames:     []string{"react/no-array-index-key"},
	Category:        rules.CategoryReact,
	Summary:         "Do not use an array index as a React key",
	DefaultSeverity: rules.Off,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "React matches list items between renders by key. An index key moves state to the wrong " +
			"item when the list is reordered, filtered or prepended (a checked box jumps to the next row). " +
			"Reported: `key={i}`, `` key={`x-${i}`} ``, `key={'x' + i}`, `key={i.toString()}`, `key={String(i)}` " +
			"(and the same in createElement/cloneElement props) where `i` is the index parameter of a " +
			"map/forEach/filter/some/every/find/findIndex/findLast/findLastIndex/flatMap (or reduce/reduceRight) " +
			"callback, or of React.Children.map/forEach.",
		Incorrect: []string{"items.map((item, i) => <Row key={i} item={item} />)"},
		Correct:   []string{"items.map((item) => <Row key={item.id} item={item} />)"},
	},
	File: checkNoArrayIndexKey,
}

var indexParamPosition = map[string]int{
	"every": 1, "filter": 1, "find": 1, "findIndex": 1, "findLast": 1, "findLastIndex": 1,
	"flatMap": 1, "forEach": 1, "map": 1, "reduce": 2, "reduceRight": 2, "some": 1,
}

// mapIndexParamName returns the index parameter's name of an iterator
// callback call, or "" (eslint-plugin-react's getMapIndexParamName).
func mapIndexParamName(call *tsparse.CallExpr) string {
	m, ok := call.Callee.(*tsparse.MemberExpr)
	if !ok {
		return ""
	}
	prop, ok := m.Prop.(*tsparse.Ident)
	if !ok {
		return ""
	}
	pos, ok := indexParamPosition[prop.Name]
	if !ok {
		return ""
	}
	argIdx := 0
	if (prop.Name == "map" || prop.Name == "forEach") && isReactChildren(m.Object) {
		argIdx = 1
	}
	if len(call.Args) <= argIdx {
		return ""
	}
	fn := functionNode(unparenExpr(call.Args[argIdx]))
	f := functionOf(fn)
	if f == nil || len(f.Params) < pos+1 {
		return ""
	}
	if id, ok := f.Params[pos].Pattern.(*tsparse.Ident); ok && !f.Params[pos].Rest {
		return id.Name
	}
	return ""
}

func isReactChildren(e tsparse.Expr) bool {
	switch o := e.(type) {
	case *tsparse.Ident:
		return o.Name == "Children"
	case *tsparse.MemberExpr:
		obj, ok := o.Object.(*tsparse.Ident)
		p, ok2 := o.Prop.(*tsparse.Ident)
		return ok && ok2 && obj.Name == "React" && p.Name == "Children"
	}
	return false
}

func checkNoArrayIndexKey(c *rules.FileContext) {
	f := c.File
	// JSX key attributes, then createElement/cloneElement props: each
	// finding is about one value, and findings are sorted by position.
	tsparse.EachWithParents(f, func(n *tsparse.JSXAttr, parents []tsparse.Node) {
		name, ok := n.Name.(*tsparse.JSXIdent)
		if !ok || name.Name != "key" {
			return
		}
		cont, ok := n.Value.(*tsparse.JSXExprContainer)
		if !ok || cont.Expr == nil {
			return
		}
		if names := indexNames(parents); len(names) > 0 {
			checkKeyValue(c, cont.Expr, names)
		}
	})
	tsparse.EachWithParents(f, func(n *tsparse.CallExpr, parents []tsparse.Node) {
		if !isCreateCloneElement(n.Callee) || len(n.Args) < 2 {
			return
		}
		props, ok := n.Args[1].(*tsparse.ObjectLit)
		if !ok {
			return
		}
		names := indexNames(parents)
		if len(names) == 0 {
			return
		}
		for _, p := range props.Props {
			if prop, ok := p.(*tsparse.Property); ok {
				if k, ok := prop.Key.(*tsparse.Ident); ok && k.Name == "key" && prop.Value != nil {
					checkKeyValue(c, prop.Value, names)
				}
			}
		}
	})
}

func isCreateCloneElement(callee tsparse.Expr) bool {
	c, ok := callee.(*tsparse.MemberExpr)
	if !ok {
		return false
	}
	obj, ok := c.Object.(*tsparse.Ident)
	p, ok2 := c.Prop.(*tsparse.Ident)
	return ok && ok2 && obj.Name == "React" && (p.Name == "createElement" || p.Name == "cloneElement")
}

// indexNames are the index parameter names of every enclosing iterator call.
func indexNames(parents []tsparse.Node) map[string]bool {
	var names map[string]bool
	for _, p := range parents {
		if call, ok := p.(*tsparse.CallExpr); ok {
			if name := mapIndexParamName(call); name != "" {
				if names == nil {
					names = map[string]bool{}
				}
				names[name] = true
			}
		}
	}
	return names
}

func checkKeyValue(c *rules.FileContext, v tsparse.Expr, names map[string]bool) {
	const msg = "Do not use Array index in keys"
	isIndex := func(e tsparse.Expr) bool {
		id, ok := e.(*tsparse.Ident)
		return ok && names[id.Name]
	}
	if isIndex(v) {
		c.ReportRange(v.Span(), msg)
		return
	}
	switch v := v.(type) {
	case *tsparse.TemplateLit:
		for _, e := range v.Exprs {
			if isIndex(e) {
				c.ReportRange(v.Range, msg)
			}
		}
	case *tsparse.BinaryExpr:
		var ids []tsparse.Expr
		var collect func(e tsparse.Expr)
		collect = func(e tsparse.Expr) {
			switch e := e.(type) {
			case *tsparse.BinaryExpr:
				collect(e.Left)
				collect(e.Right)
			case *tsparse.Ident:
				ids = append(ids, e)
			}
		}
		collect(v)
		for _, id := range ids {
			if isIndex(id) {
				c.ReportRange(v.Range, msg)
			}
		}
	case *tsparse.CallExpr:
		if m, ok := v.Callee.(*tsparse.MemberExpr); ok {
			if p, ok := m.Prop.(*tsparse.Ident); ok && p.Name == "toString" && isIndex(m.Object) {
				c.ReportRange(m.Object.Span(), msg)
			}
		}
		if id, ok := v.Callee.(*tsparse.Ident); ok && id.Name == "String" && len(v.Args) > 0 && isIndex(v.Args[0]) {
			c.ReportRange(v.Args[0].Span(), msg)
		}
	}
}

var jsxNoConstructedContextValues = &rules.Rule{
	Name:            "react/jsx-no-constructed-context-values",
	ESLintNames:     []string{"react/jsx-no-constructed-context-values"},
	Category:        rules.CategoryReact,
	Summary:         "Do not pass a value created during render to a Context provider",
	DefaultSeverity: rules.Off,
	Sonar: rules.Sonar{Type: "CODE_SMELL", Severity: "MAJOR", CleanCodeAttribute: "EFFICIENT",
		Impacts: []rules.Impact{{SoftwareQuality: "RELIABILITY", Severity: "MEDIUM"}}, EffortMinutes: 5},
	Doc: rules.Doc{
		Description: "Every consumer of a context re-renders when the provider's value changes identity. An object, " +
			"array, function, class, `new` expression or JSX created during render is new on every render, so " +
			"every consumer re-renders every time. Wrap it in useMemo/useCallback. Reported for `<X.Provider value={…}>` " +
			"whose value is such a construction, directly or through a variable declared in the same scope.",
		Incorrect: []string{"function App() {\n  return <Ctx.Provider value={{ user }}>{children}</Ctx.Provider>;\n}"},
		Correct:   []string{"function App() {\n  const value = useMemo(() => ({ user }), [user]);\n  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;\n}"},
	},
	File: checkConstructedContextValues,
}

type construction struct {
	kind  string
	node  tsparse.Node
	usage tsparse.Node
}

func checkConstructedContextValues(c *rules.FileContext) {
	f := c.File
	sc := f.Scopes()
	lines := f.Lines()
	tsparse.Each(f, func(open *tsparse.JSXOpening) {
		member, ok := open.Name.(*tsparse.JSXMemberExpr)
		if !ok || member.Prop.Name != "Provider" {
			return
		}
		for _, a := range open.Attrs {
			attr, ok := a.(*tsparse.JSXAttr)
			if !ok {
				continue
			}
			name, ok := attr.Name.(*tsparse.JSXIdent)
			if !ok || name.Name != "value" {
				continue
			}
			cont, ok := attr.Value.(*tsparse.JSXExprContainer)
			if !ok || cont.Expr == nil {
				return
			}
			info := constructionOf(cont.Expr, sc)
			if info == nil {
				return
			}
			line, _ := lines.Position(info.node.Span().Start)
			msg := "The " + info.kind + " passed as the value prop to the Context provider (at line " + strconv.Itoa(line) + ") changes every render. To fix this consider wrapping it in a useMemo hook."
			if id, ok := info.usage.(*tsparse.Ident); ok {
				msg = "The '" + id.Name + "' " + info.kind + " (at line " + strconv.Itoa(line) + ") passed as the value prop to the Context provider changes every render. To fix this consider wrapping it in a useMemo hook."
			}
			c.ReportRange(info.node.Span(), msg)
			return
		}
	})
}

// constructionOf follows eslint-plugin-react's isConstruction.
func constructionOf(e tsparse.Expr, sc *tsparse.Scopes) *construction {
	switch v := e.(type) {
	case *tsparse.ParenExpr:
		return constructionOf(v.Expr, sc)
	case *tsparse.RegExpLit:
		return &construction{"regular expression", v, v}
	case *tsparse.Ident:
		ref := sc.ReferenceOf(v)
		if ref == nil || ref.Binding == nil || ref.Binding.Scope != ref.Scope {
			return nil
		}
		decl, ok := ref.Binding.Decl.(*tsparse.VarDeclarator)
		if !ok || decl.Init == nil {
			return nil
		}
		if _, simple := decl.Name.(*tsparse.Ident); !simple {
			return nil
		}
		inner := constructionOf(decl.Init, sc)
		if inner == nil {
			return nil
		}
		return &construction{inner.kind, inner.node, v}
	case *tsparse.ObjectLit:
		return &construction{"object", v, v}
	case *tsparse.ArrayLit:
		return &construction{"array", v, v}
	case *tsparse.ArrowFunc:
		return &construction{"function expression", v, v}
	case *tsparse.FuncExpr:
		return &construction{"function expression", v, v}
	case *tsparse.ClassExpr:
		return &construction{"class expression", v, v}
	case *tsparse.NewExpr:
		return &construction{"new expression", v, v}
	case *tsparse.CondExpr:
		if in := constructionOf(v.Cons, sc); in != nil {
			return &construction{"conditional expression", in.node, v}
		}
		if in := constructionOf(v.Alt, sc); in != nil {
			return &construction{"conditional expression", in.node, v}
		}
	case *tsparse.BinaryExpr:
		if v.Op == tsparse.TAmpAmp || v.Op == tsparse.TBarBar || v.Op == tsparse.TQuestionQuestion {
			if in := constructionOf(v.Left, sc); in != nil {
				return &construction{"logical expression", in.node, v}
			}
			if in := constructionOf(v.Right, sc); in != nil {
				return &construction{"logical expression", in.node, v}
			}
		}
	case *tsparse.MemberExpr:
		if in := constructionOf(v.Object, sc); in != nil {
			return &construction{in.kind, in.node, v.Object}
		}
	case *tsparse.JSXFragment:
		return &construction{"JSX fragment", v, v}
	case *tsparse.JSXElement:
		return &construction{"JSX element", v, v}
	case *tsparse.AssignExpr:
		if in := constructionOf(v.Right, sc); in != nil {
			return &construction{"assignment expression", in.node, v}
		}
	case *tsparse.AsExpr:
		return constructionOf(v.Expr, sc)
	}
	return nil
}
