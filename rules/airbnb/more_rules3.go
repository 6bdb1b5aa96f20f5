package airbnb

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// restrictedProperty is one entry of Airbnb's no-restricted-properties list.
type restrictedProperty struct{ object, property, message string }

var airbnbRestrictedProperties = []restrictedProperty{
	{"arguments", "callee", "arguments.callee is deprecated"},
	{"global", "isFinite", "Please use Number.isFinite instead"},
	{"self", "isFinite", "Please use Number.isFinite instead"},
	{"window", "isFinite", "Please use Number.isFinite instead"},
	{"global", "isNaN", "Please use Number.isNaN instead"},
	{"self", "isNaN", "Please use Number.isNaN instead"},
	{"window", "isNaN", "Please use Number.isNaN instead"},
	{"", "__defineGetter__", "Please use Object.defineProperty instead."},
	{"", "__defineSetter__", "Please use Object.defineProperty instead."},
	{"Math", "pow", "Use the exponentiation operator (**) instead."},
}

var noRestrictedProperties = &rules.Rule{
	Name:            "no-restricted-properties",
	ESLintNames:     []string{"no-restricted-properties"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow the properties Airbnb restricts (Math.pow, isNaN on window, arguments.callee, …)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         airbnbOptionsOnly(restrictedPropertiesJSON()...),
	Doc: rules.Doc{
		Description: "Airbnb's list, with its messages: `arguments.callee`; `isFinite`/`isNaN` read from " +
			"`global`, `self` or `window` (use the `Number.` versions); `__defineGetter__`/`__defineSetter__` on " +
			"any object; `Math.pow` (use `**`). Destructuring (`const { pow } = Math`) is checked too. The list is fixed.",
		Incorrect: []string{"Math.pow(2, 3);", "window.isNaN(x);"},
		Correct:   []string{"2 ** 3;", "Number.isNaN(x);"},
	},
	File: func(c *rules.FileContext) {
		check := func(at tsparse.Node, object, prop string) {
			objectKnown := false
			for _, r := range airbnbRestrictedProperties {
				if r.object != "" && r.object == object {
					objectKnown = true
					if r.property == prop {
						c.ReportRange(at.Span(), fmt.Sprintf("'%s.%s' is restricted from being used. %s", object, prop, r.message))
						return
					}
				}
			}
			_ = objectKnown
			for _, r := range airbnbRestrictedProperties {
				if r.object == "" && r.property == prop {
					c.ReportRange(at.Span(), fmt.Sprintf("'%s' is restricted from being used. %s", prop, r.message))
					return
				}
			}
		}
		objectName := func(e tsparse.Expr) string {
			if id, ok := unparenOrNil(e).(*tsparse.Ident); ok {
				return id.Name
			}
			return ""
		}
		patternProps := func(pattern tsparse.Node, object string) {
			switch p := pattern.(type) {
			case *tsparse.ObjectPattern:
				for _, prop := range p.Props {
					if name, ok := staticKeyName(prop.Key); ok {
						check(p, object, name)
					}
				}
			case *tsparse.ObjectLit:
				for _, x := range p.Props {
					if prop, ok := x.(*tsparse.Property); ok {
						if name, ok := staticKeyName(prop.Key); ok {
							check(p, object, name)
						}
					}
				}
			}
		}
		// One pass per node type: the findings carry no fixes, so two at the
		// same position and with the same message are identical and their
		// order cannot show.
		member := func(x tsparse.Expr) {
			if name, ok := memberName(x); ok {
				check(x, objectName(memberObject(x)), name)
			}
		}
		tsparse.Each(c.File, func(x *tsparse.MemberExpr) { member(x) })
		tsparse.Each(c.File, func(x *tsparse.IndexExpr) { member(x) })
		tsparse.Each(c.File, func(x *tsparse.VarDeclarator) {
			patternProps(x.Name, objectName(x.Init))
		})
		tsparse.Each(c.File, func(x *tsparse.AssignExpr) {
			if x.Op == tsparse.TEq {
				patternProps(unparen(x.Left), objectName(x.Right))
			}
		})
		tsparse.Each(c.File, func(x *tsparse.AssignPattern) {
			patternProps(x.Left, objectName(x.Right))
		})
		tsparse.Each(c.File, func(x *tsparse.Param) {
			if x.Default != nil {
				patternProps(x.Pattern, objectName(x.Default))
			}
		})
	},
}

var noRestrictedExports = &rules.Rule{
	Name:            "no-restricted-exports",
	ESLintNames:     []string{"no-restricted-exports"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow exporting the names default and then (Airbnb's list)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         airbnbOptionsOnly(`{"restrictedNamedExports": ["default", "then"]}`),
	Doc: rules.Doc{
		Description: "Airbnb restricts the exported names `default` (write `export default` instead of " +
			"`export { x as default }`) and `then` (a module namespace with `then` looks like a promise). Note that " +
			"`export { default } from './X'`, common in FSD public APIs, is reported too; " +
			"`export { default as X } from` is fine.",
		Incorrect: []string{"export { x as default };", "export { default } from './ui/Button';", "export const then = 1;"},
		Correct:   []string{"export default x;", "export { default as Button } from './ui/Button';"},
	},
	File: func(c *rules.FileContext) {
		restricted := map[string]bool{"default": true, "then": true}
		checkName := func(n tsparse.Node, name string) {
			if restricted[name] {
				c.ReportRange(n.Span(), "'"+name+"' is restricted from being used as an exported name.")
			}
		}
		var bindings func(p tsparse.Node)
		bindings = func(p tsparse.Node) {
			switch x := p.(type) {
			case *tsparse.Ident:
				checkName(x, x.Name)
			case *tsparse.ObjectPattern:
				for _, prop := range x.Props {
					bindings(prop.Value)
				}
				if x.Rest != nil {
					bindings(x.Rest)
				}
			case *tsparse.ArrayPattern:
				for _, el := range x.Elems {
					if el != nil {
						bindings(el)
					}
				}
			case *tsparse.AssignPattern:
				bindings(x.Left)
			case *tsparse.RestPattern:
				bindings(x.Arg)
			}
		}
		for _, s := range c.File.Body {
			switch x := s.(type) {
			case *tsparse.ExportAllDecl:
				if x.Alias != nil {
					checkName(x.Alias, moduleExportName(x.Alias))
				}
			case *tsparse.ExportNamedDecl:
				for _, spec := range x.Specs {
					exported := spec.Exported
					if exported == nil {
						exported = spec.Local
					}
					checkName(exported, moduleExportName(exported))
				}
			case *tsparse.ExportDecl:
				switch d := x.Decl.(type) {
				case *tsparse.FuncDecl:
					if d.Func.Name != nil {
						checkName(d.Func.Name, d.Func.Name.Name)
					}
				case *tsparse.ClassDecl:
					if d.Class.Name != nil {
						checkName(d.Class.Name, d.Class.Name.Name)
					}
				case *tsparse.VarDecl:
					for _, decl := range d.Decls {
						bindings(decl.Name)
					}
				}
			}
		}
	},
}

var defaultCaseCommentRe = regexp.MustCompile(`^no default$`)

var defaultCase = styleRule("default-case", "Require a default clause in switch statements (or a `// no default` comment)", rules.Doc{
	Description: "A switch without `default` silently ignores unexpected values; Airbnb accepts a `// no default` " +
		"comment after the last case instead.",
	Incorrect: []string{"switch (x) { case 1: f(); }"},
	Correct:   []string{"switch (x) { case 1: f(); break; default: }", "switch (x) { case 1: f();\n  // no default\n}"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(s *tsparse.SwitchStmt) {
		if len(s.Cases) == 0 {
			return
		}
		for _, sc := range s.Cases {
			if sc.Test == nil {
				return
			}
		}
		last := s.Cases[len(s.Cases)-1].Range.End
		var comment string
		for _, cm := range c.File.Comments {
			if cm.Range.Start >= last && cm.Range.End < s.Range.End {
				comment = commentValue(c.File, cm)
			}
		}
		if comment == "" || !defaultCaseCommentRe.MatchString(strings.TrimSpace(comment)) {
			c.ReportRange(s.Range, "Expected a default case.")
		}
	})
})

// commentValue is a comment's text without its delimiters.
func commentValue(f *tsparse.File, cm tsparse.Comment) string {
	t := text(f, cm.Range)
	if cm.Block {
		return strings.TrimSuffix(strings.TrimPrefix(t, "/*"), "*/")
	}
	return strings.TrimPrefix(t, "//")
}

var guardForIn = styleRule("guard-for-in", "Require for-in bodies to be guarded by an if", rules.Doc{
	Description: "`for…in` also visits inherited enumerable properties; the body should start with an `if` " +
		"filtering them (or `if (…) continue;`).",
	Incorrect: []string{"for (const k in o) { use(o[k]); }"},
	Correct:   []string{"for (const k in o) { if (Object.hasOwn(o, k)) { use(o[k]); } }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(f *tsparse.ForInStmt) {
		switch b := f.Body.(type) {
		case *tsparse.EmptyStmt, *tsparse.IfStmt:
			return
		case *tsparse.BlockStmt:
			if len(b.Body) == 0 {
				return
			}
			if first, ok := b.Body[0].(*tsparse.IfStmt); ok {
				if len(b.Body) == 1 {
					return
				}
				if _, ok := first.Cons.(*tsparse.ContinueStmt); ok {
					return
				}
				if blk, ok := first.Cons.(*tsparse.BlockStmt); ok && len(blk.Body) == 1 {
					if _, ok := blk.Body[0].(*tsparse.ContinueStmt); ok {
						return
					}
				}
			}
		}
		c.ReportRange(f.Range, "The body of a for-in should be wrapped in an if statement to filter unwanted properties from the prototype.")
	})
})

var maxClassesPerFile = styleRule("max-classes-per-file", "Allow at most one class per file", rules.Doc{
	Description: "Airbnb allows one class (declaration or expression) per file.",
	Incorrect:   []string{"class A {}\nclass B {}"},
	Correct:     []string{"class A {}"},
}, func(c *rules.FileContext) {
	count := 0
	tsparse.Each(c.File, func(*tsparse.Class) { count++ })
	if count > 1 && len(c.File.Body) > 0 {
		start := c.File.Body[0].Span().Start
		c.ReportRange(tsparse.Range{Start: start, End: start}, fmt.Sprintf("File has too many classes (%d). Maximum allowed is 1.", count))
	}
})

var noReturnAssign = styleRule("no-return-assign", "Disallow assignments in return statements and arrow bodies", rules.Doc{
	Description: "`return a = b` and `() => a = b` are usually a typo for `===`; Airbnb's \"always\" reports them " +
		"even in parentheses.",
	Incorrect: []string{"function f() { return x = 1; }", "const g = () => (x = 1);"},
	Correct:   []string{"function f() { x = 1; return x; }", "const g = () => { x = 1; };"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(a *tsparse.AssignExpr, parents []tsparse.Node) {
		child := tsparse.Node(a)
		for i := len(parents) - 1; i >= 0; i-- {
			p := parents[i]
			switch x := p.(type) {
			case *tsparse.ReturnStmt:
				c.ReportRange(x.Range, "Return statement should not contain assignment.")
				return
			case *tsparse.ArrowFunc:
				if x.ExprBody != nil && tsparse.Node(x.ExprBody) == child {
					c.ReportRange(x.Range, "Arrow function should not return assignment.")
				}
				return
			case *tsparse.FuncExpr, *tsparse.ClassExpr, *tsparse.ExprStmt, *tsparse.BlockStmt, *tsparse.EmptyStmt,
				*tsparse.IfStmt, *tsparse.ForStmt, *tsparse.ForInStmt, *tsparse.ForOfStmt, *tsparse.WhileStmt,
				*tsparse.DoWhileStmt, *tsparse.ThrowStmt, *tsparse.SwitchStmt, *tsparse.TryStmt,
				*tsparse.LabeledStmt, *tsparse.WithStmt:
				return
			}
			child = p
		}
	})
})

var noUnneededTernary = styleRule("no-unneeded-ternary", "Disallow ternaries that a boolean expression or || can replace", rules.Doc{
	Description: "`x ? true : false` is `!!x` (or `x` when boolean); with Airbnb's `defaultAssignment: false`, " +
		"`x ? x : y` should be `x || y`. (ESLint can fix these; fsdlint reports only.)",
	Incorrect: []string{"const b = x ? true : false;", "const v = x ? x : 1;"},
	Correct:   []string{"const b = Boolean(x);", "const v = x || 1;"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(e *tsparse.CondExpr) {
		_, consBool := unparen(e.Cons).(*tsparse.BoolLit)
		_, altBool := unparen(e.Alt).(*tsparse.BoolLit)
		if consBool && altBool {
			c.ReportRange(e.Range, "Unnecessary use of boolean literals in conditional expression.")
		} else if t, ok := unparen(e.Test).(*tsparse.Ident); ok {
			if cons, ok := unparen(e.Cons).(*tsparse.Ident); ok && cons.Name == t.Name {
				c.ReportRange(e.Range, "Unnecessary use of conditional expression for default assignment.")
			}
		}
	})
})

var noNew = styleRule("no-new", "Disallow new for side effects", rules.Doc{
	Description: "`new Foo();` as a statement throws the object away: a plain function call was meant, or the " +
		"object should be kept.",
	Incorrect: []string{"new Widget(el);"},
	Correct:   []string{"const widget = new Widget(el);"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(s *tsparse.ExprStmt, parents []tsparse.Node) {
		if !isExpressionStatement(s, parentOf(parents)) {
			return
		}
		if _, ok := unparen(s.Expr).(*tsparse.NewExpr); ok {
			c.ReportRange(s.Range, "Do not use 'new' for side effects.")
		}
	})
})

var noVoid = styleRule("no-void", "Disallow the void operator", rules.Doc{
	Description: "`void 0` is an obscure way to write `undefined`; `void promise` hides a floating promise.",
	Incorrect:   []string{"const u = void 0;"},
	Correct:     []string{"const u = undefined;"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(u *tsparse.UnaryExpr) {
		if u.Op == tsparse.TVoid {
			c.ReportRange(u.Range, "Expected 'undefined' and instead saw 'void'.")
		}
	})
})

var noNewObject = styleRule("no-new-object", "Disallow new Object()", rules.Doc{
	Description: "`new Object()` is `{}`. fsdlint does not check whether Object is shadowed by a local binding.",
	Incorrect:   []string{"const o = new Object();"},
	Correct:     []string{"const o = {};"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(ne *tsparse.NewExpr) {
		if id, ok := ne.Callee.(*tsparse.Ident); ok && id.Name == "Object" {
			c.ReportRange(ne.Range, "The object literal notation {} is preferable.")
		}
	})
})

// memberRule reports member accesses whose static property name is name.
func memberRule(ruleName, summary, prop, message string, doc rules.Doc) *rules.Rule {
	return styleRule(ruleName, summary, doc, func(c *rules.FileContext) {
		// Both passes report one message with no fix, so findings at one
		// position are identical and their order cannot show.
		check := func(e tsparse.Expr) {
			if name, ok := memberName(e); ok && name == prop {
				c.ReportRange(e.Span(), message)
			}
		}
		tsparse.Each(c.File, func(x *tsparse.MemberExpr) { check(x) })
		tsparse.Each(c.File, func(x *tsparse.IndexExpr) { check(x) })
	})
}

var noProto = memberRule("no-proto", "Disallow __proto__", "__proto__", "The '__proto__' property is deprecated.", rules.Doc{
	Description: "`__proto__` is deprecated; use Object.getPrototypeOf / Object.setPrototypeOf.",
	Incorrect:   []string{"const p = obj.__proto__;"},
	Correct:     []string{"const p = Object.getPrototypeOf(obj);"},
})

var noIterator = memberRule("no-iterator", "Disallow __iterator__", "__iterator__", "Reserved name '__iterator__'.", rules.Doc{
	Description: "`__iterator__` was a non-standard SpiderMonkey extension; use Symbol.iterator.",
	Incorrect:   []string{"Foo.prototype.__iterator__ = f;"},
	Correct:     []string{"Foo.prototype[Symbol.iterator] = f;"},
})

var noCaller = styleRule("no-caller", "Disallow arguments.caller and arguments.callee", rules.Doc{
	Description: "Both are forbidden in strict mode and block optimisations.",
	Incorrect:   []string{"arguments.callee(n - 1);"},
	Correct:     []string{"function fact(n) { return fact(n - 1); }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(m *tsparse.MemberExpr) {
		obj, ok1 := m.Object.(*tsparse.Ident)
		prop, ok2 := m.Prop.(*tsparse.Ident)
		if ok1 && ok2 && obj.Name == "arguments" && (prop.Name == "callee" || prop.Name == "caller") {
			c.ReportRange(m.Range, "Avoid arguments."+prop.Name+".")
		}
	})
})

var noScriptURL = styleRule("no-script-url", "Disallow javascript: URLs", rules.Doc{
	Description: "A `javascript:` URL is a form of eval.",
	Incorrect:   []string{"location.href = 'javascript:void(0)';"},
	Correct:     []string{"location.href = '/';"},
}, func(c *rules.FileContext) {
	// A string and a template never share a range, so the order of the two
	// passes cannot show.
	check := func(n tsparse.Node, value string) {
		if strings.HasPrefix(strings.ToLower(value), "javascript:") {
			c.ReportRange(n.Span(), "Script URL is a form of eval.")
		}
	}
	tsparse.Each(c.File, func(x *tsparse.StringLit) { check(x, x.Value) })
	tsparse.EachWithParents(c.File, func(x *tsparse.TemplateLit, parents []tsparse.Node) {
		if _, tagged := parentOf(parents).(*tsparse.TaggedTemplate); tagged || len(x.Exprs) > 0 {
			return
		}
		check(x, x.Quasis[0].Raw)
	})
})

var preferExponentiationOperator = styleRule("prefer-exponentiation-operator", "Require ** instead of Math.pow", rules.Doc{
	Description: "`Math.pow(a, b)` is `a ** b`. fsdlint assumes `Math` is the global. (ESLint can fix this; " +
		"fsdlint reports only.)",
	Incorrect: []string{"const y = Math.pow(x, 2);"},
	Correct:   []string{"const y = x ** 2;"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(call *tsparse.CallExpr) {
		callee := unparen(call.Callee)
		if name, ok := memberName(callee); ok && name == "pow" {
			if obj, ok := unparen(memberObject(callee)).(*tsparse.Ident); ok && obj.Name == "Math" {
				c.ReportRange(call.Range, "Use the '**' operator instead of 'Math.pow'.")
			}
		}
	})
})

// restrictedPropertiesJSON writes Airbnb's list as its ESLint options.
func restrictedPropertiesJSON() []string {
	var out []string
	for _, r := range airbnbRestrictedProperties {
		m := map[string]string{"property": r.property, "message": r.message}
		if r.object != "" {
			m["object"] = r.object
		}
		b, _ := json.Marshal(m)
		out = append(out, string(b))
	}
	return out
}

func init() {
	defaultCase.Options = airbnbOptionsOnly(`{"commentPattern": "^no default$"}`)
	maxClassesPerFile.Options = airbnbOptionsOnly(`1`)
	noReturnAssign.Options = airbnbOptionsOnly(`"always"`)
	noUnneededTernary.Options = airbnbOptionsOnly(`{"defaultAssignment": false}`)
}
