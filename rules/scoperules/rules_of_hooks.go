package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var rulesOfHooks = &rules.Rule{
	Name:            "react-hooks/rules-of-hooks",
	ESLintNames:     []string{"react-hooks/rules-of-hooks"},
	Category:        rules.CategoryReact,
	Summary:         "Call React hooks only at the top level of components and custom hooks",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "React identifies a hook's state by the order of the calls in a render. A hook called " +
			"conditionally, after an early return, in a loop, in a callback, in a class or outside any component " +
			"breaks that order and corrupts state. A hook is a call of `useX` (or `Namespace.useX`); a component " +
			"is a function whose name starts with a capital letter, or the callback of `memo`/`forwardRef`; a " +
			"custom hook is a function whose name is a hook name.",
		Incorrect: []string{"function Profile({ id }) {\n  if (!id) return null;\n  const [user] = useState(null);\n}",
			"function Item() {\n  items.forEach(() => { useEffect(() => {}); });\n}"},
		Correct: []string{"function Profile({ id }) {\n  const [user] = useState(null);\n  if (!id) return null;\n  return user;\n}",
			"function useUser(id) {\n  return useQuery(['user', id]);\n}"},
	},
	File: checkRulesOfHooks,
}

func isHookName(s string) bool {
	return len(s) > 3 && s[:3] == "use" && ((s[3] >= 'A' && s[3] <= 'Z') || (s[3] >= '0' && s[3] <= '9'))
}

func isComponentName(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// hookCallee returns the hook's printed name when the callee is a hook.
func hookCallee(src []byte, callee tsparse.Expr) (string, bool) {
	switch c := callee.(type) {
	case *tsparse.Ident:
		return c.Name, isHookName(c.Name)
	case *tsparse.MemberExpr:
		obj, ok := c.Object.(*tsparse.Ident)
		prop, ok2 := c.Prop.(*tsparse.Ident)
		if ok && ok2 && isComponentName(obj.Name) && isHookName(prop.Name) {
			return string(src[c.Range.Start:c.Range.End]), true
		}
	}
	return "", false
}

func checkRulesOfHooks(c *rules.FileContext) {
	f := c.File
	tsparse.EachWithParents(f, func(call *tsparse.CallExpr, parents []tsparse.Node) {
		hook, ok := hookCallee(f.Src, call.Callee)
		if !ok {
			return
		}
		if msg := hookViolation(hook, call, parents); msg != "" {
			c.ReportRange(call.Callee.Span(), msg)
		}
	})
}

const hooksTail = " React Hooks must be called in a React function component or a custom React Hook function."

// hookViolation applies the rules to one hook call with its ancestors.
func hookViolation(hook string, call *tsparse.CallExpr, parents []tsparse.Node) string {
	fnIdx := -1
	for i := len(parents) - 1; i >= 0; i-- {
		switch parents[i].(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.MethodDef:
			fnIdx = i
		}
		if fnIdx >= 0 {
			break
		}
	}
	if fnIdx < 0 {
		return `React Hook "` + hook + `" cannot be called at the top level.` + hooksTail
	}
	fn := parents[fnIdx]
	name := functionName(fn, parents[:fnIdx])
	if isComponentOrHookFunction(fn, name, parents[:fnIdx]) {
		return conditionalViolation(hook, call, fn, parents[fnIdx+1:])
	}
	if _, isMethod := fn.(*tsparse.MethodDef); isMethod || isClassFieldValue(fn, parents[:fnIdx]) {
		return `React Hook "` + hook + `" cannot be called in a class component.` + hooksTail
	}
	if name != "" {
		return `React Hook "` + hook + `" is called in function "` + name + `" that is neither a React function component nor a custom React Hook function. React component names must start with an uppercase letter. React Hook names must start with the word "use".`
	}
	for i := fnIdx - 1; i >= 0; i-- {
		switch parents[i].(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.MethodDef:
			outerName := functionName(parents[i], parents[:i])
			if isComponentOrHookFunction(parents[i], outerName, parents[:i]) {
				return `React Hook "` + hook + `" cannot be called inside a callback.` + hooksTail
			}
		}
	}
	return ""
}

func isClassFieldValue(fn tsparse.Node, parents []tsparse.Node) bool {
	if len(parents) == 0 {
		return false
	}
	p, ok := parents[len(parents)-1].(*tsparse.PropertyDef)
	return ok && p.Value == fn
}

// functionName is the name ESLint's code path analysis gives a function: its
// own name, or the variable, assignment target or property it is assigned to.
func functionName(fn tsparse.Node, parents []tsparse.Node) string {
	switch fn := fn.(type) {
	case *tsparse.FuncDecl:
		if fn.Func.Name != nil {
			return fn.Func.Name.Name
		}
		return ""
	case *tsparse.FuncExpr:
		if fn.Func.Name != nil {
			return fn.Func.Name.Name
		}
	case *tsparse.MethodDef:
		if id, ok := fn.Key.(*tsparse.Ident); ok {
			return id.Name
		}
		return ""
	}
	if len(parents) == 0 {
		return ""
	}
	switch p := parents[len(parents)-1].(type) {
	case *tsparse.VarDeclarator:
		if id, ok := p.Name.(*tsparse.Ident); ok && p.Init == fn {
			return id.Name
		}
	case *tsparse.AssignExpr:
		if p.Right == fn {
			switch l := p.Left.(type) {
			case *tsparse.Ident:
				return l.Name
			case *tsparse.MemberExpr:
				if id, ok := l.Prop.(*tsparse.Ident); ok {
					return id.Name
				}
			}
		}
	case *tsparse.Property:
		if id, ok := p.Key.(*tsparse.Ident); ok && p.Value == fn {
			return id.Name
		}
	case *tsparse.PropertyDef:
		if id, ok := p.Key.(*tsparse.Ident); ok && p.Value == fn {
			return id.Name
		}
	case *tsparse.AssignPattern:
		if id, ok := p.Left.(*tsparse.Ident); ok && p.Right == fn {
			return id.Name
		}
	}
	return ""
}

// isComponentOrHookFunction: named like a component or hook, or the callback
// of forwardRef()/memo() (React.forwardRef, React.memo too).
func isComponentOrHookFunction(fn tsparse.Node, name string, parents []tsparse.Node) bool {
	if name != "" && (isComponentName(name) || isHookName(name)) {
		return true
	}
	if len(parents) == 0 {
		return false
	}
	call, ok := parents[len(parents)-1].(*tsparse.CallExpr)
	if !ok || len(call.Args) == 0 || call.Args[0] != fn {
		return false
	}
	callee := ""
	switch c := call.Callee.(type) {
	case *tsparse.Ident:
		callee = c.Name
	case *tsparse.MemberExpr:
		if obj, ok := c.Object.(*tsparse.Ident); ok && obj.Name == "React" {
			if p, ok := c.Prop.(*tsparse.Ident); ok {
				callee = p.Name
			}
		}
	}
	return callee == "forwardRef" || callee == "memo"
}

// conditionalViolation checks a hook call inside a component or hook: between
// the function and the call there must be no loop and no conditional, and no
// return may come before it.
func conditionalViolation(hook string, call *tsparse.CallExpr, fn tsparse.Node, between []tsparse.Node) string {
	child := tsparse.Node(call)
	conditional, loop := false, false
	for i := len(between) - 1; i >= 0; i-- {
		switch p := between[i].(type) {
		case *tsparse.IfStmt:
			if p.Test != child {
				conditional = true
			}
		case *tsparse.CondExpr:
			if p.Test != child {
				conditional = true
			}
		case *tsparse.BinaryExpr:
			if (p.Op == tsparse.TAmpAmp || p.Op == tsparse.TBarBar || p.Op == tsparse.TQuestionQuestion) && p.Right == child {
				conditional = true
			}
		case *tsparse.AssignExpr:
			if (p.Op == tsparse.TAmpAmpEq || p.Op == tsparse.TBarBarEq || p.Op == tsparse.TQuestionQuestionEq) && p.Right == child {
				conditional = true
			}
		case *tsparse.SwitchCase:
			conditional = true
		case *tsparse.SwitchStmt:
			if p.Disc != child {
				conditional = true
			}
		case *tsparse.TryStmt:
			if p.Block != child {
				conditional = true
			}
		case *tsparse.ForStmt:
			if p.Init != child {
				loop = true
			}
		case *tsparse.ForInStmt:
			if p.Right != child {
				loop = true
			}
		case *tsparse.ForOfStmt:
			if p.Right != child {
				loop = true
			}
		case *tsparse.WhileStmt, *tsparse.DoWhileStmt:
			loop = true
		case *tsparse.CallExpr:
			if p.Optional && child != p.Callee {
				conditional = true
			}
		case *tsparse.MemberExpr:
			if p.Optional && child != p.Object {
				conditional = true
			}
		case *tsparse.AssignPattern:
			if p.Right == child {
				conditional = true
			}
		case *tsparse.Param:
			if p.Default == child {
				conditional = true
			}
		}
		child = between[i]
	}
	if loop {
		return `React Hook "` + hook + `" may be executed more than once. Possibly because it is called in a loop. React Hooks must be called in the exact same order in every component render.`
	}
	early := returnsBefore(fn, call.Range.Start)
	if conditional || early {
		msg := `React Hook "` + hook + `" is called conditionally. React Hooks must be called in the exact same order in every component render.`
		if early {
			msg += " Did you accidentally call a React Hook after an early return?"
		}
		return msg
	}
	return ""
}

// returnsBefore: the function (not a nested one) has a return statement
// before offset.
func returnsBefore(fn tsparse.Node, offset int32) bool {
	body := functionOf(fn)
	if body == nil || body.Body == nil {
		return false
	}
	found := false
	tsparse.Inspect(body.Body, func(n tsparse.Node) bool {
		if found || n.Span().Start >= offset {
			return false
		}
		switch n := n.(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.ClassDecl, *tsparse.ClassExpr:
			return false
		case *tsparse.ReturnStmt:
			if n.Range.End <= offset {
				found = true
			}
			return false
		}
		return true
	})
	return found
}
