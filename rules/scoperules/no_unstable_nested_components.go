package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noUnstableNestedComponents = &rules.Rule{
	Name:            "react/no-unstable-nested-components",
	ESLintNames:     []string{"react/no-unstable-nested-components"},
	Category:        rules.CategoryReact,
	Summary:         "Do not define components inside other components",
	DefaultSeverity: rules.Off,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "A component defined inside another component's render is a new component type on every " +
			"render: React unmounts the old subtree and mounts a new one, losing its state and DOM (focus, " +
			"scroll, input) and costing time. Reported: a component (a function returning JSX with a " +
			"capitalised name, a memo/forwardRef call, a class component) defined inside a component or a " +
			"class component's render, and a function returning JSX passed inline as a prop " +
			"(`<Table footer={() => <div />} />` or in createElement's props). Allowed: props whose name " +
			"matches `propNamePattern` (`render*`), `children` functions, callbacks of `.map`, functions " +
			"returned from a hook callback, and JSX elements (not functions) passed as props.",
		Incorrect: []string{"function Table() {\n  const Row = () => <tr />;\n  return <tbody><Row /></tbody>;\n}",
			"function Page() {\n  return <Layout footer={() => <div>footer</div>} />;\n}"},
		Correct: []string{"const Row = () => <tr />;\nfunction Table() {\n  return <tbody><Row /></tbody>;\n}",
			"function Page() {\n  return <Layout renderFooter={() => <div>footer</div>} footer={<div>footer</div>} />;\n}"},
		Options: "`{ \"allowAsProps\": false, \"propNamePattern\": \"render*\", \"customValidators\": [] }` " +
			"(Airbnb's: the defaults). allowAsProps allows every inline function passed as a prop; " +
			"propNamePattern is a glob on the prop name.",
	},
	Options: objectOption(defaultNestedComponentsOptions),
	File:    checkNoUnstableNestedComponents,
}

type nestedComponentsOptions struct {
	AllowAsProps     bool     `json:"allowAsProps"`
	PropNamePattern  string   `json:"propNamePattern"`
	CustomValidators []string `json:"customValidators"`
}

func defaultNestedComponentsOptions() nestedComponentsOptions {
	return nestedComponentsOptions{PropNamePattern: "render*"}
}

const (
	nestedComponentMessage = "Do not define components during render. React will see a new component type on every " +
		"render and destroy the entire subtree’s DOM nodes and state " +
		"(https://reactjs.org/docs/reconciliation.html#elements-of-different-types). Instead, move this " +
		"component definition out of the parent component"
	componentAsPropsInfo = " If you want to allow component creation in props, set allowAsProps option to true."
)

func checkNoUnstableNestedComponents(c *rules.FileContext) {
	o := options(c, defaultNestedComponentsOptions)
	if o.PropNamePattern == "" {
		o.PropNamePattern = "render*"
	}
	rc := detectComponents(c.File)
	rc.walk(func(n tsparse.Node) {
		switch n.(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.ClassDecl, *tsparse.CallExpr:
		default:
			return
		}
		if msg := rc.unstableNested(n, o); msg != "" {
			c.ReportRange(n.Span(), msg)
		}
	})
}

// unstableNested is the rule's validate: the message for n, or "".
func (rc *reactComponents) unstableNested(n tsparse.Node, o nestedComponentsOptions) string {
	inProps := rc.declaredInProps(n)
	if !rc.isComponent(n) && !rc.functionComponentInClassComponent(n) && !inProps {
		return ""
	}
	if inProps && (o.AllowAsProps || rc.inRenderProp(n, o.PropNamePattern)) {
		return ""
	}
	if isMapCall(n) || isMapCall(rc.up(n)) || rc.returnedFromHookCallback(n) || rc.directRenderPropValue(n, o.PropNamePattern) {
		return ""
	}
	if comp := rc.stateless(n); comp != nil && !rc.returnsJSX(comp, true) {
		return "" // a component returning only null
	}
	parentComp := rc.closestAncestor(n, rc.isComponent)
	if parentComp == nil {
		return ""
	}
	name := rc.componentName(parentComp)
	if startsLowerCase(name) {
		return ""
	}
	msg := nestedComponentMessage + " "
	if name != "" {
		msg = nestedComponentMessage + " “" + name + "” "
	}
	msg += "and pass data as props."
	if inProps && !o.AllowAsProps {
		msg += componentAsPropsInfo
	}
	return msg
}

// closestAncestor is getClosestMatchingParent.
func (rc *reactComponents) closestAncestor(n tsparse.Node, match func(tsparse.Node) bool) tsparse.Node {
	for p := rc.up(n); p != nil; p = rc.up(p) {
		if match(p) {
			return p
		}
	}
	return nil
}

// declaredInProps is isComponentInProp: a function returning JSX as an object
// property value or inside a JSX attribute's expression, or a component in
// createElement's props object.
func (rc *reactComponents) declaredInProps(n tsparse.Node) bool {
	if _, ok := rc.up(n).(*tsparse.Property); ok {
		return rc.returnsJSX(n, true)
	}
	attr := rc.closestAncestor(n, func(p tsparse.Node) bool {
		a, ok := p.(*tsparse.JSXAttr)
		if !ok {
			return false
		}
		_, ok = a.Value.(*tsparse.JSXExprContainer)
		return ok
	})
	if attr != nil {
		return rc.returnsJSX(n, true)
	}
	if !rc.isComponent(n) {
		return false
	}
	call, _ := rc.closestAncestor(n, func(p tsparse.Node) bool {
		call, ok := p.(*tsparse.CallExpr)
		return ok && rc.isCreateElement(call)
	}).(*tsparse.CallExpr)
	obj := rc.closestAncestor(n, func(p tsparse.Node) bool {
		_, ok := p.(*tsparse.ObjectLit)
		return ok
	})
	return call != nil && len(call.Args) > 1 && obj != nil && tsparse.Node(unparen(call.Args[1])) == obj
}

// functionComponentInClassComponent: n returns JSX, the nearest enclosing
// class is a component class, and n or an enclosing function is a component.
func (rc *reactComponents) functionComponentInClassComponent(n tsparse.Node) bool {
	if !rc.insideComponentClass(n) {
		return false
	}
	if fn := functionOfNode(n); fn == nil || !rc.returnsJSX(n, true) {
		return false
	}
	for p := n; p != nil; p = rc.up(p) {
		if functionOfNode(p) == nil {
			continue
		}
		if comp := rc.stateless(p); comp != nil {
			_, isCall := comp.(*tsparse.CallExpr)
			return !isCall
		}
	}
	return false
}

func (rc *reactComponents) insideComponentClass(n tsparse.Node) bool {
	for p := n; p != nil; p = rc.up(p) {
		switch c := p.(type) {
		case *tsparse.ClassDecl:
			return isES6Component(c.Class)
		case *tsparse.ClassExpr:
			return false // getParentComponent only accepts class declarations here
		}
	}
	return false
}

// inRenderProp is isComponentInRenderProp.
func (rc *reactComponents) inRenderProp(n tsparse.Node, pattern string) bool {
	switch p := rc.up(n).(type) {
	case *tsparse.Property:
		if matchesPropPattern(propertyKeyName(p), pattern) {
			return true
		}
	case *tsparse.JSXExprContainer:
		if _, ok := rc.up(p).(*tsparse.JSXElement); ok {
			return true
		}
	}
	cont := rc.closestAncestor(n, func(p tsparse.Node) bool {
		_, ok := p.(*tsparse.JSXExprContainer)
		return ok
	})
	if cont == nil {
		return false
	}
	if attr, ok := rc.up(cont).(*tsparse.JSXAttr); ok {
		if name, ok := attr.Name.(*tsparse.JSXIdent); ok {
			return matchesPropPattern(name.Name, pattern) || name.Name == "children"
		}
	}
	return false
}

// directRenderPropValue is isDirectValueOfRenderProperty.
func (rc *reactComponents) directRenderPropValue(n tsparse.Node, pattern string) bool {
	p, ok := rc.up(n).(*tsparse.Property)
	return ok && matchesPropPattern(propertyKeyName(p), pattern)
}

// returnedFromHookCallback is isReturnStatementOfHook: `return …` whose
// nearest enclosing call is a hook call.
func (rc *reactComponents) returnedFromHookCallback(n tsparse.Node) bool {
	if _, ok := rc.up(n).(*tsparse.ReturnStmt); !ok {
		return false
	}
	call, ok := rc.closestAncestor(n, func(p tsparse.Node) bool {
		_, ok := p.(*tsparse.CallExpr)
		return ok
	}).(*tsparse.CallExpr)
	return ok && isHookName(identName(call.Callee))
}

func isMapCall(n tsparse.Node) bool {
	call, ok := n.(*tsparse.CallExpr)
	if !ok {
		return false
	}
	m, ok := call.Callee.(*tsparse.MemberExpr)
	return ok && identName(m.Prop) == "map"
}

// componentName is resolveComponentName: a function's or class's own name, or
// the variable an arrow function is assigned to.
func (rc *reactComponents) componentName(n tsparse.Node) string {
	switch n := n.(type) {
	case *tsparse.FuncDecl:
		if n.Func.Name != nil {
			return n.Func.Name.Name
		}
	case *tsparse.FuncExpr:
		if n.Func.Name != nil {
			return n.Func.Name.Name
		}
	case *tsparse.ClassDecl:
		if n.Class.Name != nil {
			return n.Class.Name.Name
		}
	case *tsparse.ArrowFunc:
		if d, ok := rc.up(n).(*tsparse.VarDeclarator); ok {
			return identName(d.Name)
		}
	}
	return ""
}

// matchesPropPattern is minimatch on a prop name: `*` matches any run of
// characters, `?` one character.
func matchesPropPattern(name, pattern string) bool {
	if name == "" {
		return false
	}
	var match func(s, p string) bool
	match = func(s, p string) bool {
		for p != "" {
			switch p[0] {
			case '*':
				for i := 0; i <= len(s); i++ {
					if match(s[i:], p[1:]) {
						return true
					}
				}
				return false
			case '?':
				if s == "" {
					return false
				}
				s, p = s[1:], p[1:]
			default:
				if s == "" || s[0] != p[0] {
					return false
				}
				s, p = s[1:], p[1:]
			}
		}
		return s == ""
	}
	return match(name, pattern)
}
