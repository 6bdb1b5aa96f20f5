package fsdrules

import (
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

// Every rule describes itself completely: the README table, `fsdlint rules`,
// SARIF help and the SonarQube rule descriptions are generated from this.
func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		if !strings.HasPrefix(r.Name, "fsd/") || seen[r.Name] {
			t.Errorf("%s: name must be unique and start with fsd/", r.Name)
		}
		seen[r.Name] = true
		if r.Category != rules.CategoryArchitecture {
			t.Errorf("%s: category %q", r.Name, r.Category)
		}
		if r.Summary == "" || strings.HasSuffix(r.Summary, ".") {
			t.Errorf("%s: summary %q (one line, no trailing period)", r.Name, r.Summary)
		}
		if len(r.Doc.Description) < 80 || len(r.Doc.Incorrect) == 0 || len(r.Doc.Correct) == 0 {
			t.Errorf("%s: doc needs a description and incorrect and correct examples", r.Name)
		}
		if (r.Options == nil) != (r.Doc.Options == "") {
			t.Errorf("%s: options and their doc must come together", r.Name)
		}
		if r.Options != nil {
			if r.Options.Default == nil || r.Options.Parse == nil {
				t.Errorf("%s: options need Default and Parse", r.Name)
			} else if _, err := r.Options.Parse(nil); err != nil {
				t.Errorf("%s: no arguments must mean defaults: %v", r.Name, err)
			}
		}
		s := r.Sonar
		if s.Type != "CODE_SMELL" || (s.CleanCodeAttribute != "MODULAR" && s.CleanCodeAttribute != "CONVENTIONAL" && s.CleanCodeAttribute != "CLEAR") ||
			len(s.Impacts) != 1 || s.Impacts[0].SoftwareQuality != "MAINTAINABILITY" || s.Severity == "" || s.EffortMinutes <= 0 {
			t.Errorf("%s: Sonar mapping %+v", r.Name, s)
		}
		if r.Project == nil || r.File != nil {
			t.Errorf("%s: FSD rules are project rules", r.Name)
		}
	}
	if len(Rules) != 20 {
		t.Errorf("%d rules, want Steiger's 20", len(Rules))
	}
	for _, off := range []string{"fsd/no-cross-imports", "fsd/no-higher-level-imports", "fsd/import-locality"} {
		for _, r := range Rules {
			if r.Name == off && r.DefaultSeverity != rules.Off {
				t.Errorf("%s must be off by default (forbidden-imports covers it)", off)
			}
		}
	}
}

func TestRulesWithoutModelOrGraph(t *testing.T) {
	for _, r := range Rules {
		r.Project(&rules.ProjectContext{Report: func(f rules.Finding) { t.Errorf("%s reported without a model: %+v", r.Name, f) }})
		r.Project(&rules.ProjectContext{Model: fsdModelOf(nil), Report: func(f rules.Finding) { t.Errorf("%s reported on an empty tree: %+v", r.Name, f) }})
	}
}
