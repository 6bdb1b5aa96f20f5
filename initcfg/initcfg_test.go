package initcfg

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
)

// stableRules is the rule set the goldens are written against: the FSD rules
// and the twins the fixtures name, so that a rule added to fsdlint later does
// not change what the fixtures migrate.
func stableRules() []*rules.Rule {
	names := map[string]bool{"eqeqeq": true, "no-var": true, "prefer-const": true, "no-shadow": true,
		"no-unused-vars": true, "ts/consistent-type-definitions": true, "react-hooks/rules-of-hooks": true}
	var out []*rules.Rule
	for _, r := range all.Rules() {
		if names[r.Name] || strings.HasPrefix(r.Name, "fsd/") || len(r.ESLintNames) == 0 && r.File == nil && r.Project == nil {
			out = append(out, r)
		}
	}
	return out
}

var update = flag.Bool("update", false, "rewrite testdata/init/*/expected.fsdlintrc.json")

// Each fixture repository under testdata/init has the config init must write
// (reviewed by hand), and that config must load.
func TestGoldenConfigs(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/init/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	known := stableRules()
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			plan, err := Detect(dir, known)
			if err != nil {
				t.Fatal(err)
			}
			got := Render(plan)
			golden := filepath.Join(dir, "expected.fsdlintrc.json")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./initcfg -update writes it; review it by hand)", err)
			}
			if got != string(want) {
				t.Errorf("init wrote:\n%s\nwant (%s):\n%s", got, golden, want)
			}
			if _, err := config.Parse(".fsdlintrc.json", filepath.Join(dir, ".fsdlintrc.json"), []byte(got), known); err != nil {
				t.Errorf("the written config does not load: %v", err)
			}
		})
	}
}
