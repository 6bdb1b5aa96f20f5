package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func testRules() []*rules.Rule {
	rs := []*rules.Rule{
		{Name: "eqeqeq", DefaultSeverity: rules.Error, ESLintNames: []string{"eqeqeq"},
			Options: &rules.OptionsSpec{
				Default: func() any { return "always" },
				Parse: func(args []json.RawMessage) (any, error) {
					var s string
					if err := json.Unmarshal(args[0], &s); err != nil || (s != "always" && s != "smart") {
						return nil, fmt.Errorf(`expected "always" or "smart", got %s`, args[0])
					}
					return s, nil
				},
			}},
		{Name: "fsd/forbidden-imports", DefaultSeverity: rules.Error},
		{Name: "ts/consistent-type-definitions", DefaultSeverity: rules.Warn},
		{Name: "no-console", DefaultSeverity: rules.Off, ESLintNames: []string{"no-console"}},
		{Name: "fsd/segments-by-purpose", DefaultSeverity: rules.Off},
	}
	for _, r := range rs {
		r.File = func(*rules.FileContext) {}
	}
	// an engine rule: neither File nor Project
	return append(rs, &rules.Rule{Name: "parse-error", DefaultSeverity: rules.Error})
}

func parse(t *testing.T, src string) (*Config, error) {
	t.Helper()
	return Parse("fsdlint.json", "/proj/fsdlint.json", []byte(src), testRules())
}

func TestConfigErrorsArePositioned(t *testing.T) {
	cases := []struct{ src, want string }{
		{"{\n  \"rulez\": {}\n}", `fsdlint.json:2:3: unknown key "rulez" (did you mean "rules"?)`},
		{"{\"rules\": {\"eqeqeqq\": \"error\"}}", `fsdlint.json:1:12: unknown rule "eqeqeqq" (did you mean "eqeqeq"?)`},
		{"{\"rules\": {\"eqeqeq\": \"fatal\"}}", `fsdlint.json:1:22: rule "eqeqeq": invalid severity "fatal"; use "off", "warn" or "error" (or 0, 1, 2), optionally in an array with options`},
		{"{\"rules\": {\"eqeqeq\": [\"warn\", \"never\"]}}", `fsdlint.json:1:31: rule "eqeqeq": invalid options: expected "always" or "smart", got "never"`},
		{"{\"rules\": {\"no-console\": [\"warn\", {}]}}", `fsdlint.json:1:35: rule "no-console" takes no options`},
		{"{\n  // comment\n  \"rules\": {,}\n}", `fsdlint.json:3:13: unexpected ',': expected a quoted key or '}'`},
		{"{\"extends\": \"fsdlint:recomended\"}", `fsdlint.json:1:13: unknown preset "fsdlint:recomended" (did you mean "fsdlint:recommended"?); known presets: fsdlint:recommended, fsdlint:airbnb, fsdlint:all (or a config file: "./base.json")`},
		{"{\"layers\": {\"page\": \"screens\"}}", `fsdlint.json:1:13: unknown layer "page" (did you mean "pages"?); layers are app, processes, pages, widgets, features, entities, shared`},
		{"{\"overrides\": [{\"file\": []}]}", `fsdlint.json:1:17: unknown key "file" in an override (did you mean "files"?); an override has files, ignores and rules`},
		{"{\"ignores\": \"x\", \"ignores\": \"y\"}", `fsdlint.json:1:18: duplicate key "ignores"`},
		{"[]", `fsdlint.json:1:1: the config must be a JSON object, not array`},
		{"{\"roots\": 3}", `fsdlint.json:1:11: roots must be a string or an array of strings, not number`},
		{"{\"a\": 'x'}", `fsdlint.json:1:7: strings must use double quotes`},
		{"{\"ignores\": [\"a/[b\"]}", `fsdlint.json:1:14: invalid glob pattern "a/[b"`},
		{"", `fsdlint.json:1:1: empty file: expected a JSON object`},
		{"{/* open", `fsdlint.json:1:2: unterminated /* comment`},
	}
	for _, c := range cases {
		_, err := parse(t, c.src)
		if err == nil {
			t.Errorf("%q: no error, want %s", c.src, c.want)
			continue
		}
		var errs Errors
		if !errors.As(err, &errs) {
			t.Errorf("%q: error %v is not positioned", c.src, err)
			continue
		}
		if got := err.Error(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestSeveralErrorsAllReported(t *testing.T) {
	_, err := parse(t, "{\"x\": 1,\n \"rules\": {\"nope\": \"warn\", \"eqeqeq\": 7}}")
	if got := strings.Count(err.Error(), "\n") + 1; got != 3 {
		t.Fatalf("want 3 errors, got:\n%v", err)
	}
}

func TestCommentsAndTrailingCommas(t *testing.T) {
	c, err := parse(t, `{
  // line comment
  "$schema": "./node_modules/fsdlint/schema.json",
  /* block */ "rules": {
    "eqeqeq": ["warn", "smart",],
    "no-console": 2,
  },
}`)
	if err != nil {
		t.Fatal(err)
	}
	if s := c.Rules["eqeqeq"]; s.Severity != rules.Warn || s.Options != "smart" {
		t.Errorf("eqeqeq = %+v", s)
	}
	if s := c.Rules["no-console"]; s.Severity != rules.Error {
		t.Errorf("no-console = %+v", s)
	}
	if s := c.Rules["fsd/forbidden-imports"]; s.Severity != rules.Error {
		t.Errorf("recommended preset not applied: %+v", s)
	}
}

func TestPresets(t *testing.T) {
	c, err := parse(t, `{"extends": ["fsdlint:all"]}`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["fsd/segments-by-purpose"].Severity != rules.Warn || c.Rules["eqeqeq"].Severity != rules.Error {
		t.Errorf("all: %+v", c.Rules)
	}
	c, _ = parse(t, `{"extends": "fsdlint:airbnb"}`)
	if c.Rules["no-console"].Severity != rules.Warn || c.Rules["fsd/segments-by-purpose"].Severity != rules.Off {
		t.Errorf("airbnb: %+v", c.Rules)
	}
	c, _ = parse(t, `{"extends": []}`)
	if c.Rules["eqeqeq"].Severity != rules.Off || c.Rules["parse-error"].Severity != rules.Error {
		t.Errorf("empty extends should leave every rule off but the engine's: %+v", c.Rules)
	}
}

func TestOverridesLaterWinsAndKeepOptions(t *testing.T) {
	c, err := parse(t, `{
  "rules": {"eqeqeq": ["error", "smart"]},
  "ignores": ["**/generated/**", "legacy/"],
  "overrides": [
    {"files": ["src/**/*.test.ts"], "rules": {"eqeqeq": "warn"}},
    {"files": ["src/**"], "ignores": ["src/keep/**"], "rules": {"eqeqeq": "off"}},
    {"files": ["src/a/**"], "rules": {"eqeqeq": "error"}}
  ]
}`)
	if err != nil {
		t.Fatal(err)
	}
	rs := testRules()
	res := c.Resolver(rs)
	for _, tc := range []struct {
		path string
		want rules.Severity
		opt  any
	}{
		{"/proj/lib/x.ts", rules.Error, "smart"},
		{"/proj/src/x.test.ts", rules.Off, "smart"},
		{"/proj/src/keep/x.test.ts", rules.Warn, "smart"},
		{"/proj/src/keep/x.ts", rules.Error, "smart"},
		{"/proj/src/a/x.ts", rules.Error, "smart"},
		{"/other/x.ts", rules.Error, "smart"},
	} {
		s := res.Settings(tc.path)[0]
		if s.Severity != tc.want || s.Options != tc.opt {
			t.Errorf("%s: %v %v, want %v %v", tc.path, s.Severity, s.Options, tc.want, tc.opt)
		}
	}
	for p, want := range map[string]bool{
		"/proj/src/generated/x.ts": true, "/proj/legacy/a/b.ts": true, "/proj/legacy": false,
		"/proj/src/x.ts": false, "/proj/legacyx/a.ts": false,
	} {
		if got := res.Ignored(p); got != want {
			t.Errorf("Ignored(%s) = %v, want %v", p, got, want)
		}
	}
}

func TestExtendsConfigFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("base.json", `{
  "extends": ["fsdlint:all"],
  "ignores": ["**/*.gen.ts"],
  "layers": {"pages": "screens"},
  "settings": {"react": {"version": "18"}, "a": 1},
  "rules": {"eqeqeq": ["warn", "smart"], "no-console": "off"},
  "overrides": [{"files": ["**/*.test.ts"], "rules": {"eqeqeq": "off"}}]
}`)
	p := write("pkg/web/.fsdlintrc.json", `{
  "extends": ["../../base.json"],
  "ignores": ["legacy/"],
  "settings": {"a": 2},
  "rules": {"eqeqeq": "error"}
}`)
	c, err := Load(p, testRules())
	if err != nil {
		t.Fatal(err)
	}
	if s := c.Rules["eqeqeq"]; s.Severity != rules.Error || s.Options != "smart" {
		t.Errorf("eqeqeq = %+v, want error with the base's options", s)
	}
	if c.Rules["no-console"].Severity != rules.Off || c.Rules["fsd/segments-by-purpose"].Severity != rules.Warn {
		t.Errorf("base presets/rules not inherited: %+v", c.Rules)
	}
	if strings.Join(c.Ignores, ",") != "**/*.gen.ts,legacy/" || c.Layers["pages"] != "screens" || len(c.Overrides) != 1 {
		t.Errorf("inherited keys: %+v", c)
	}
	if string(c.Settings["a"]) != "2" || string(c.Settings["react"]) != `{"version":"18"}` {
		t.Errorf("settings: %s", c.Settings)
	}

	// errors in the extended file are positioned in it; cycles and missing files at the entry
	write("bad.json", "{\n  \"rulez\": {}\n}")
	p = write("x/a.json", `{"extends": ["../bad.json", "./missing.json", "./b.json"]}`)
	write("x/b.json", `{"extends": "./a.json"}`)
	_, err = Load(p, testRules())
	got := ""
	if err != nil {
		got = err.Error()
	}
	for _, want := range []string{
		`bad.json:2:3: unknown key "rulez" (did you mean "rules"?)`,
		`a.json:1:29: cannot read extended config "./missing.json": no such file or directory`,
		`b.json:1:13: cyclic "extends": `,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
