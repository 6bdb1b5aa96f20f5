package config

import (
	"errors"
	"testing"

	"github.com/fsdlint/fsdlint/rules/all"
)

// FuzzConfig feeds arbitrary bytes as an fsdlint config: Parse must return a
// config or positioned errors, never panic or hang. A config that parses
// must also give a resolver that answers for any path.
func FuzzConfig(f *testing.F) {
	seeds := []string{
		`{}`,
		`{"extends": ["fsdlint:recommended", "fsdlint:airbnb"], "rules": {"eqeqeq": "off", "fsd/forbidden-imports": ["error", {}]}}`,
		"{\n // comment\n \"ignores\": [\"**/*.gen.ts\",],\n \"rules\": {\"no-console\": \"warn\",},\n}",
		`{"roots": ["src"], "layers": {"shared": "1_shared"}, "aliases": {"@/*": ["src/*"]}}`,
		`{"overrides": [{"files": ["**/*.test.ts"], "ignores": ["x/**"], "rules": {"no-unused-vars": 0}}]}`,
		`{"settings": {"react": {"version": "18"}}, "$schema": "./schema.json"}`,
		`{"rules": {"no-such-rule": "error", "eqeqeq": [2, "smart"], "no-plusplus": ["error", {"allowForLoopAfterthoughts": true}]}}`,
		`{"extends": ["./other.json"]}`,
		`this is not json`,
		"\x00\x01\xff",
		`{"rules": {"eqeqeq": "error"`,
		`/* unterminated`,
		`{"a": [1, 2.5e10, -0, true, null, "\u00e9\ud83d\ude00"]}`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	known := all.Rules()
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Parse(".fsdlintrc.json", "/p/.fsdlintrc.json", []byte(src), known)
		if err != nil {
			var errs Errors
			if errors.As(err, &errs) && len(errs) == 0 {
				t.Fatal("an empty error list")
			}
			if err.Error() == "" {
				t.Fatal("an error without a message")
			}
			return
		}
		if c == nil {
			t.Fatal("no config and no error")
		}
		res := c.Resolver(known)
		for _, p := range []string{"/p/src/a.ts", "/p/x/y.test.ts", "/q/outside.ts"} {
			res.Ignored(p)
			if got := len(res.Settings(p)); got != len(known) {
				t.Fatalf("Settings(%s) has %d entries, want %d", p, got, len(known))
			}
		}
	})
}
