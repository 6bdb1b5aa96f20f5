package airbnb

import (
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var prototypeBuiltins = map[string]bool{"hasOwnProperty": true, "isPrototypeOf": true, "propertyIsEnumerable": true}

var noPrototypeBuiltins = correctnessRule("no-prototype-builtins", "Disallow calling Object.prototype methods on objects directly", rules.Doc{
	Description: "`obj.hasOwnProperty(k)` breaks for objects without the prototype (`Object.create(null)`) or " +
		"that shadow the method; call `Object.prototype.hasOwnProperty.call(obj, k)` or `Object.hasOwn(obj, k)`.",
	Incorrect: []string{"if (obj.hasOwnProperty(k)) {}"},
	Correct:   []string{"if (Object.hasOwn(obj, k)) {}"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(call *tsparse.CallExpr) {
		callee := unparen(call.Callee)
		if name, ok := memberName(callee); ok && prototypeBuiltins[name] {
			var at tsparse.Range
			switch m := callee.(type) {
			case *tsparse.MemberExpr:
				at = m.Prop.Span()
			case *tsparse.IndexExpr:
				at = unparen(m.Index).Span()
			}
			c.ReportRange(at, "Do not access Object.prototype method '"+name+"' from target object.")
		}
	})
})

var noAsyncPromiseExecutor = correctnessRule("no-async-promise-executor", "Disallow async Promise executors", rules.Doc{
	Description: "An exception thrown in an async executor does not reject the promise, and the executor " +
		"usually does not need the Promise wrapper at all.",
	Incorrect: []string{"new Promise(async (resolve) => { resolve(await f()); });"},
	Correct:   []string{"const p = f();"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(ne *tsparse.NewExpr) {
		if len(ne.Args) == 0 {
			return
		}
		if id, ok := ne.Callee.(*tsparse.Ident); !ok || id.Name != "Promise" {
			return
		}
		var fn *tsparse.Function
		switch x := unparen(ne.Args[0]).(type) {
		case *tsparse.FuncExpr:
			fn = x.Func
		case *tsparse.ArrowFunc:
			fn = x.Func
		}
		if fn != nil && fn.Async {
			start := unparen(ne.Args[0]).Span().Start
			c.ReportRange(tsparse.Range{Start: start, End: start + 5}, "Promise executor functions should not be async.")
		}
	})
})

var templateCurlyRe = regexp.MustCompile(`\$\{[^}]+\}`)

var noTemplateCurlyInString = correctnessRule("no-template-curly-in-string", "Disallow ${…} in ordinary strings", rules.Doc{
	Description: "`'Hello ${name}'` was probably meant as a template literal.",
	Incorrect:   []string{"const s = 'Hello ${name}';"},
	Correct:     []string{"const s = `Hello ${name}`;"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(s *tsparse.StringLit) {
		if templateCurlyRe.MatchString(s.Value) {
			c.ReportRange(s.Range, "Unexpected template string expression.")
		}
	})
})

var noUselessCatch = correctnessRule("no-useless-catch", "Disallow catch clauses that only rethrow", rules.Doc{
	Description: "`catch (e) { throw e; }` adds nothing; without a `finally` the whole try/catch is unnecessary.",
	Incorrect:   []string{"try { f(); } catch (e) { throw e; }"},
	Correct:     []string{"try { f(); } catch (e) { log(e); throw e; }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(t *tsparse.TryStmt) {
		if t.Handler == nil || len(t.Handler.Body) == 0 {
			return
		}
		param, ok := t.Param.(*tsparse.Ident)
		if !ok {
			return
		}
		th, ok := t.Handler.Body[0].(*tsparse.ThrowStmt)
		if !ok {
			return
		}
		if arg, ok := unparenOrNil(th.Arg).(*tsparse.Ident); !ok || arg.Name != param.Name {
			return
		}
		if t.Finalizer != nil {
			start := t.Block.Range.End + int32(strings.Index(string(c.File.Src[t.Block.Range.End:t.Handler.Range.Start]), "catch"))
			c.ReportRange(tsparse.Range{Start: start, End: t.Handler.Range.End}, "Unnecessary catch clause.")
		} else {
			c.ReportRange(t.Range, "Unnecessary try/catch wrapper.")
		}
	})
})

var noEmptyPattern = correctnessRule("no-empty-pattern", "Disallow empty destructuring patterns", rules.Doc{
	Description: "`const {} = x` and `function f({}) {}` bind nothing; usually a default value was meant (`{a = {}}`).",
	Incorrect:   []string{"const {} = props;", "function f([]) {}"},
	Correct:     []string{"const { a = {} } = props;"},
}, func(c *rules.FileContext) {
	report := func(n tsparse.Node, kind string) {
		c.ReportRange(n.Span(), "Unexpected empty "+kind+" pattern.")
	}
	var target func(e tsparse.Expr)
	target = func(e tsparse.Expr) { // an assignment target written as an expression
		switch x := unparenOrNil(e).(type) {
		case *tsparse.ObjectLit:
			if len(x.Props) == 0 {
				report(x, "object")
			}
			for _, p := range x.Props {
				switch q := p.(type) {
				case *tsparse.Property:
					if q.Kind == tsparse.PropInit {
						target(q.Value)
					}
				case *tsparse.SpreadElem:
					target(q.Arg)
				}
			}
		case *tsparse.ArrayLit:
			if len(x.Elems) == 0 {
				report(x, "array")
			}
			for _, el := range x.Elems {
				target(el)
			}
		case *tsparse.SpreadElem:
			target(x.Arg)
		case *tsparse.AssignExpr:
			target(x.Left)
		}
	}
	// One pass per node type: the findings carry no fixes, so two at one
	// position with one message are identical and their order cannot show.
	tsparse.Each(c.File, func(x *tsparse.ObjectPattern) {
		if len(x.Props) == 0 && x.Rest == nil {
			report(x, "object")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ArrayPattern) {
		if len(x.Elems) == 0 {
			report(x, "array")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.AssignExpr) {
		if x.Op == tsparse.TEq {
			target(x.Left)
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ForInStmt) {
		if es, ok := x.Left.(*tsparse.ExprStmt); ok {
			target(es.Expr)
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ForOfStmt) {
		if es, ok := x.Left.(*tsparse.ExprStmt); ok {
			target(es.Expr)
		}
	})
})

var noCaseDeclarations = correctnessRule("no-case-declarations", "Disallow let/const/function/class declarations directly in case clauses", rules.Doc{
	Description: "A lexical declaration in a `case` is visible in the whole switch but only initialised when " +
		"that case runs; wrap the case body in a block.",
	Incorrect: []string{"switch (x) { case 1: const y = 2; break; }"},
	Correct:   []string{"switch (x) { case 1: { const y = 2; break; } }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(sc *tsparse.SwitchCase) {
		for _, s := range sc.Body {
			switch x := s.(type) {
			case *tsparse.FuncDecl, *tsparse.ClassDecl:
				c.ReportRange(x.Span(), "Unexpected lexical declaration in case block.")
			case *tsparse.VarDecl:
				if x.Kind != tsparse.VarVar {
					c.ReportRange(x.Span(), "Unexpected lexical declaration in case block.")
				}
			}
		}
	})
})
