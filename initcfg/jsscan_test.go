package initcfg

import "testing"

func TestExportedReadsLiteralsAndKeepsCodeAsText(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"define config array", "import x from 'y';\nexport default defineConfig([{ rules: { 'a': 'off', \"b\": ['warn', { n: 1, s: `t` }], }, }]);",
			`[{"rules": {"a": "off", "b": ["warn", {"n": 1, "s": "t"}]}}]`},
		{"module.exports with comments", "/* c */ module.exports = { // x\n  rules: { eqeqeq: [2, 'smart'] /* y */ }, extends: ['airbnb'] };",
			`{"rules": {"eqeqeq": [2, "smart"]}, "extends": ["airbnb"]}`},
		{"constant and shorthand", "const rules = { 'x': 'error' };\nconst cfg = [{ rules }];\nexport default cfg;",
			`[{"rules": {"x": "error"}}]`},
		{"call with several arguments", "export default tseslint.config({ ignores: ['dist'] }, { rules: { y: 1 } });",
			`[{"ignores": ["dist"]}, {"rules": {"y": 1}}]`},
		{"string holding a brace", "export default { ignores: ['a}b', \"c,d\"], n: -1.5, t: true, u: null };",
			`{"ignores": ["a}b", "c,d"], "n": -1.5, "t": true, "u": null}`},
	}
	for _, c := range cases {
		v := exported(c.src)
		if v == nil {
			t.Errorf("%s: nothing exported", c.name)
			continue
		}
		got, ok := toJSON(v)
		if !ok || got != c.want {
			t.Errorf("%s:\n got %s (%v)\nwant %s", c.name, got, ok, c.want)
		}
	}
}

func TestCodeBecomesText(t *testing.T) {
	v := exported("export default [...fsd.configs.recommended, { rules: make({ a: 1 }), files: [`${dir}/x`] }, fn(1, 2)];")
	if v == nil || v.Kind != jsArray || len(v.Items) != 3 {
		t.Fatalf("got %+v", v)
	}
	if s := v.Items[0]; s.Kind != jsSpread || s.Raw != "fsd.configs.recommended" {
		t.Errorf("spread: %+v", s)
	}
	obj := v.Items[1]
	if r := obj.Get("rules"); r == nil || r.Kind != jsExpr || r.Raw != "make({ a: 1 })" {
		t.Errorf("rules: %+v", r)
	}
	if f := obj.Get("files"); f == nil || f.Kind != jsArray || f.Items[0].Kind != jsExpr {
		t.Errorf("files with a substitution: %+v", f)
	}
	if c := v.Items[2]; c.Kind != jsExpr || c.Raw != "fn(1, 2)" {
		t.Errorf("call: %+v", c)
	}
}
