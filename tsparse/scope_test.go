package tsparse

import (
	"testing"
)

// resolution parses src and returns, for each reference in source order,
// "name@offset->declOffset" (declOffset -1 for globals), so that tests can
// state exactly what each identifier resolves to.
func resolveAt(t *testing.T, path, src string) (*Scopes, map[int32]int32) {
	t.Helper()
	f, err := Parse(path, []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	sc := BuildScopes(f)
	out := map[int32]int32{}
	for _, r := range sc.References {
		if r.Flags&RefInit != 0 {
			continue
		}
		if r.Binding == nil {
			out[r.Range.Start] = -1
		} else {
			out[r.Range.Start] = r.Binding.Ident.Range.Start
		}
	}
	return sc, out
}

// at finds the byte offset of the n-th (0-based) whole-word occurrence of name.
func at(src, name string, n int) int32 {
	word := func(c byte) bool {
		return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	seen := 0
	for i := 0; i+len(name) <= len(src); i++ {
		if src[i:i+len(name)] != name || (i > 0 && word(src[i-1])) || (i+len(name) < len(src) && word(src[i+len(name)])) {
			continue
		}
		if seen == n {
			return int32(i)
		}
		seen++
	}
	return -2
}

func TestScopeResolution(t *testing.T) {
	cases := []struct {
		name, path, src string
		// ref: occurrence of the identifier that is a reference; decl: occurrence that declares it (-1: global)
		checks []struct {
			ident     string
			ref, decl int
		}
	}{
		{"shadowing in a block", "a.ts", "const x = 1; { const x = 2; use(x); } use(x);",
			[]struct {
				ident     string
				ref, decl int
			}{{"x", 2, 1}, {"x", 3, 0}, {"use", 0, -1}}},
		{"function hoisting", "a.ts", "f(); function f() {}",
			[]struct {
				ident     string
				ref, decl int
			}{{"f", 0, 1}}},
		{"var hoists to the function", "a.ts", "function g() { if (c) { var v = 1; } return v; }",
			[]struct {
				ident     string
				ref, decl int
			}{{"v", 1, 0}}},
		{"type and value of one name", "a.ts", "type A = string; const A = 1; let t: A = 'x'; let u = A;",
			[]struct {
				ident     string
				ref, decl int
			}{{"A", 2, 0}, {"A", 3, 1}}},
		{"typeof reads the value", "a.ts", "type A = number; const A = 1; type B = typeof A;",
			[]struct {
				ident     string
				ref, decl int
			}{{"A", 2, 1}}},
		{"object keys are not references; shorthand is", "a.ts", "const k = 1; const o = { k: 2, k };",
			[]struct {
				ident     string
				ref, decl int
			}{{"k", 2, 0}}},
		{"member names are not references", "a.ts", "const a = {}; a.b; a?.c;",
			[]struct {
				ident     string
				ref, decl int
			}{{"a", 1, 0}, {"a", 2, 0}}},
		{"function expression name in its own scope", "a.ts", "const f = function g() { return g; }; g;",
			[]struct {
				ident     string
				ref, decl int
			}{{"g", 1, 0}, {"g", 2, -1}}},
		{"default parameter reads the outer scope", "a.ts", "const d = 1; function h(p = d) { return p; }",
			[]struct {
				ident     string
				ref, decl int
			}{{"d", 1, 0}, {"p", 1, 0}}},
		{"JSX tags reference components, not DOM names", "a.tsx", "const Foo = 1; const el = <Foo><div /></Foo>;",
			[]struct {
				ident     string
				ref, decl int
			}{{"Foo", 1, 0}}},
		{"infer scope", "a.ts", "type T<X> = X extends Array<infer U> ? U : never;",
			[]struct {
				ident     string
				ref, decl int
			}{{"U", 1, 0}, {"X", 1, 0}}},
		{"catch parameter", "a.ts", "try {} catch (e) { log(e); }",
			[]struct {
				ident     string
				ref, decl int
			}{{"e", 1, 0}}},
		{"enum members", "a.ts", "enum E { A = 1, B = A }",
			[]struct {
				ident     string
				ref, decl int
			}{{"A", 1, 0}}},
		{"namespace var stays inside", "a.ts", "namespace N { var x = 1; } x;",
			[]struct {
				ident     string
				ref, decl int
			}{{"x", 1, -1}}},
		{"class name in methods", "a.ts", "class C { m() { return C; } }",
			[]struct {
				ident     string
				ref, decl int
			}{{"C", 1, 0}}},
		{"labels are not bindings", "a.ts", "const l = 1; l: for (;;) { break l; }",
			[]struct {
				ident     string
				ref, decl int
			}{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, refs := resolveAt(t, tc.path, tc.src)
			for _, c := range tc.checks {
				ref := at(tc.src, c.ident, c.ref)
				got, ok := refs[ref]
				if !ok {
					t.Fatalf("%s #%d (offset %d) is not a reference; refs: %v", c.ident, c.ref, ref, refs)
				}
				want := int32(-1)
				if c.decl >= 0 {
					want = at(tc.src, c.ident, c.decl)
				}
				if got != want {
					t.Errorf("%s #%d resolves to %d, want %d", c.ident, c.ref, got, want)
				}
			}
			if tc.name == "labels are not bindings" && len(refs) != 0 {
				t.Errorf("labels made references: %v", refs)
			}
		})
	}
}

func TestScopeWritesAndExports(t *testing.T) {
	src := "let a = 1; a = 2; a++; export { a }; export const b = 1; let c; [c] = [1];"
	f, err := Parse("a.ts", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sc := BuildScopes(f)
	byName := map[string]*Binding{}
	for _, b := range sc.Module.Bindings {
		byName[b.Name] = b
	}
	var writes, selfOnly, exports int
	for _, r := range byName["a"].References {
		if r.IsWrite() {
			writes++
		}
		if r.Flags&RefSelfOnly != 0 {
			selfOnly++
		}
		if r.Flags&RefExport != 0 {
			exports++
		}
	}
	if writes != 3 || selfOnly != 1 || exports != 1 {
		t.Errorf("a: %d writes (want 3: init, =, ++), %d self-only reads (want 1: a++), %d exports (want 1)", writes, selfOnly, exports)
	}
	if !byName["b"].Exported {
		t.Error("b is exported")
	}
	cw := 0
	for _, r := range byName["c"].References {
		if r.IsWrite() {
			cw++
		}
	}
	if cw != 1 {
		t.Errorf("c: %d writes, want 1 (the destructuring target)", cw)
	}
}
