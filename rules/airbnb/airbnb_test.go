package airbnb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/ruletest"
)

// fixturesOf lists a rule's fixtures: testdata/<name>.ts[x] and
// testdata/<name>.<variant>.ts[x] (a rule name's "/" is a directory).
func fixturesOf(t *testing.T, r *rules.Rule) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{r.Name + ".ts", r.Name + ".tsx", r.Name + ".*.ts", r.Name + ".*.tsx"} {
		m, err := filepath.Glob(filepath.Join("testdata", filepath.FromSlash(pattern)))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	return out
}

// TestFixtures runs every rule on its fixtures and checks the `want` comments
// and, where a .fixed golden file exists, the fixed output.
func TestFixtures(t *testing.T) {
	for _, r := range Rules {
		r := r
		t.Run(r.Name, func(t *testing.T) {
			files := fixturesOf(t, r)
			if len(files) == 0 {
				t.Fatalf("no fixture for %s in testdata/", r.Name)
			}
			for _, path := range files {
				ruletest.Run(t, r, path, nil)
				if _, err := os.Stat(path + ".fixed"); err == nil {
					ruletest.CheckFixesAll(t, r, path, nil)
				}
			}
		})
	}
}

// TestRuleMetadata checks what the docs and the config layer rely on.
func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		if seen[r.Name] {
			t.Errorf("%s registered twice", r.Name)
		}
		seen[r.Name] = true
		if r.Summary == "" || strings.HasSuffix(r.Summary, ".") {
			t.Errorf("%s: summary must be one line without a trailing period: %q", r.Name, r.Summary)
		}
		if len(r.ESLintNames) == 0 || r.ESLintNames[0] != r.Name {
			t.Errorf("%s: ESLintNames must start with the rule's own name", r.Name)
		}
		if r.Doc.Description == "" || len(r.Doc.Incorrect) == 0 || len(r.Doc.Correct) == 0 {
			t.Errorf("%s: Doc needs a description and incorrect/correct examples", r.Name)
		}
		if r.File == nil || r.Options == nil {
			t.Errorf("%s: File and Options are required", r.Name)
		}
		if _, ok := AirbnbPreset[r.Name]; !ok {
			t.Errorf("%s is missing from AirbnbPreset", r.Name)
		}
	}
}
