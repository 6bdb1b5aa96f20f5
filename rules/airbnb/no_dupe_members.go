package airbnb

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// staticKeyName is ESLint's getStaticPropertyName for a property key: an
// identifier's name, or a literal's / static template's string value.
func staticKeyName(key tsparse.Expr) (string, bool) {
	if ck, ok := key.(*tsparse.ComputedKey); ok {
		switch x := unparen(ck.Expr).(type) {
		case *tsparse.Ident:
			return "", false
		default:
			return staticStringValue(x)
		}
	}
	if id, ok := key.(*tsparse.Ident); ok {
		return id.Name, true
	}
	return staticStringValue(key)
}

// staticStringValue is ESLint's getStaticStringValue.
func staticStringValue(e tsparse.Expr) (string, bool) {
	switch x := e.(type) {
	case *tsparse.NumberLit:
		f, ok := numberValue(x.Raw)
		if !ok {
			return "", false
		}
		return jsNumberString(f), true
	case *tsparse.BigIntLit:
		f, ok := numberValue(strings.TrimSuffix(x.Raw, "n"))
		if !ok {
			return "", false
		}
		return jsNumberString(f), true
	case *tsparse.TemplateLit:
		if len(x.Exprs) == 0 {
			return x.Quasis[0].Raw, true
		}
		return "", false
	}
	return literalString(e)
}

var noDupeKeys = correctnessRule("no-dupe-keys", "Disallow duplicate keys in object literals", rules.Doc{
	Description: "With two equal keys in an object literal the last one wins silently. Keys compare by their " +
		"static name (`a`, `'a'` and `['a']` are the same; `1` and `'1'` too); a getter and a setter pair is fine.",
	Incorrect: []string{"const o = { a: 1, a: 2 };", "const o = { 1: 'x', '1': 'y' };"},
	Correct:   []string{"const o = { a: 1, b: 2 };", "const o = { get a() { return 1; }, set a(v) {} };"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(obj *tsparse.ObjectLit, parents []tsparse.Node) {
		if a, ok := parentOf(parents).(*tsparse.AssignExpr); ok && tsparse.Node(a.Left) == tsparse.Node(obj) {
			return // a destructuring target is an ObjectPattern in ESTree
		}
		type seen struct{ get, set bool }
		names := map[string]*seen{}
		for _, p := range obj.Props {
			prop, ok := p.(*tsparse.Property)
			if !ok {
				continue
			}
			name, ok := staticKeyName(prop.Key)
			if !ok {
				continue
			}
			s := names[name]
			if s == nil {
				s = &seen{}
				names[name] = s
			}
			isGet := prop.Kind != tsparse.PropSet
			isSet := prop.Kind != tsparse.PropGet
			if isGet && s.get || isSet && s.set {
				c.ReportRange(keyRange(prop.Key), "Duplicate key '"+name+"'.")
			}
			s.get = s.get || isGet
			s.set = s.set || isSet
		}
	})
})

// keyRange is the ESTree key's range: a computed key without its brackets.
func keyRange(key tsparse.Expr) tsparse.Range {
	if ck, ok := key.(*tsparse.ComputedKey); ok {
		return unparen(ck.Expr).Span()
	}
	return key.Span()
}

var noDupeClassMembers = &rules.Rule{
	Name:            "no-dupe-class-members",
	ESLintNames:     []string{"no-dupe-class-members", "@typescript-eslint/no-dupe-class-members"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow duplicate class members",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "A second method or field with the same name (and staticness) replaces the first. As in " +
			"@typescript-eslint's version, overload signatures (no body) and computed keys are skipped; a get/set pair is fine.",
		Incorrect: []string{"class A { f() {} f() {} }"},
		Correct:   []string{"class A { f(x: string): void; f(x: number): void; f(x: unknown) {} }"},
	},
	File: func(c *rules.FileContext) {
		tsparse.Each(c.File, func(cl *tsparse.Class) {
			type state struct{ init, get, set bool }
			states := map[string]*state{}
			for _, m := range cl.Members {
				var key tsparse.Expr
				var mods tsparse.Modifiers
				kind := "init"
				switch x := m.(type) {
				case *tsparse.MethodDef:
					if x.Func == nil || x.Func.Body == nil || x.Kind == tsparse.MethodConstructor {
						continue
					}
					key, mods = x.Key, x.Modifiers
					switch x.Kind {
					case tsparse.MethodGet:
						kind = "get"
					case tsparse.MethodSet:
						kind = "set"
					}
				case *tsparse.PropertyDef:
					if x.Modifiers.Has(tsparse.ModAccessor) {
						continue
					}
					key, mods = x.Key, x.Modifiers
				default:
					continue
				}
				if mods.Has(tsparse.ModAbstract) {
					continue
				}
				if _, computed := key.(*tsparse.ComputedKey); computed {
					continue
				}
				if _, private := key.(*tsparse.PrivateName); private {
					continue
				}
				name, ok := staticKeyName(key)
				if !ok {
					continue
				}
				k := name
				if mods.Has(tsparse.ModStatic) {
					k = "static " + name
				}
				s := states[k]
				if s == nil {
					s = &state{}
					states[k] = s
				}
				dup := false
				switch kind {
				case "get":
					dup, s.get = s.init || s.get, true
				case "set":
					dup, s.set = s.init || s.set, true
				default:
					dup, s.init = s.init || s.get || s.set, true
				}
				if dup {
					c.ReportRange(m.Span(), "Duplicate name '"+name+"'.")
				}
			}
		})
	},
}
