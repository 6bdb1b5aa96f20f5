package sonar

import (
	"strings"
	"testing"
)

func TestCheckRejectsWhatSonarQubeRejects(t *testing.T) {
	files := map[string]string{"a.ts": "abc\n\nx😀\n"}
	read := func(p string) ([]byte, bool) { s, ok := files[p]; return []byte(s), ok }
	rule := Rule{ID: "r", Name: "R", EngineID: EngineID, CleanCodeAttribute: "MODULAR", Impacts: []Impact{{"MAINTAINABILITY", "MEDIUM"}}}
	issue := func(tr *TextRange) Issue {
		return Issue{RuleID: "r", PrimaryLocation: Location{Message: "m", FilePath: "a.ts", TextRange: tr}}
	}
	cases := []struct {
		name string
		rep  Report
		want string // a fragment of the expected error; "" = valid
	}{
		{"valid span", Report{Rules: []Rule{rule}, Issues: []Issue{issue(Span(1, 0, 1, 3))}}, ""},
		{"valid whole line on an empty line", Report{Rules: []Rule{rule}, Issues: []Issue{issue(LineOnly(2))}}, ""},
		{"emoji counts two units", Report{Rules: []Rule{rule}, Issues: []Issue{issue(Span(3, 1, 3, 3))}}, ""},
		{"column past the line end", Report{Rules: []Rule{rule}, Issues: []Issue{issue(Span(3, 1, 3, 4))}}, "not a valid line offset"},
		{"start == end", Report{Rules: []Rule{rule}, Issues: []Issue{issue(Span(1, 1, 1, 1))}}, "should be before end pointer"},
		{"column on an empty line", Report{Rules: []Rule{rule}, Issues: []Issue{issue(Span(2, 0, 3, 1))}}, "line is empty"},
		{"line past the end", Report{Rules: []Rule{rule}, Issues: []Issue{issue(LineOnly(5))}}, "not a valid line"},
		{"unknown rule", Report{Rules: []Rule{}, Issues: []Issue{issue(nil)}}, "rule with 'r' not present"},
		{"duplicate rule", Report{Rules: []Rule{rule, rule}, Issues: []Issue{}}, "duplicate rule ID"},
		{"severity on a new-shape issue", Report{Rules: []Rule{rule}, Issues: []Issue{{RuleID: "r", Severity: "MAJOR",
			PrimaryLocation: Location{Message: "m", FilePath: "a.ts"}}}}, "deprecated"},
		{"bad impact enum", Report{Rules: []Rule{{ID: "r", Name: "R", EngineID: EngineID, Impacts: []Impact{{"MAINTAINABILITY", "medium"}}}},
			Issues: []Issue{}}, "no enum constant"},
		{"legacy needs type", Report{Issues: []Issue{{RuleID: "r", EngineID: EngineID, Severity: "MAJOR",
			PrimaryLocation: Location{Message: "m", FilePath: "a.ts"}}}}, "type: no enum constant"},
		{"unknown file", Report{Rules: []Rule{rule}, Issues: []Issue{{RuleID: "r", PrimaryLocation: Location{Message: "m", FilePath: "b.ts"}}}}, "not in the project"},
		{"secondary without range", Report{Rules: []Rule{rule}, Issues: []Issue{{RuleID: "r", PrimaryLocation: Location{Message: "m", FilePath: "a.ts"},
			SecondaryLocations: []Location{{FilePath: "a.ts"}}}}}, "secondary location"},
	}
	for _, c := range cases {
		errs := Check(&c.rep, read)
		var all []string
		for _, e := range errs {
			all = append(all, e.Error())
		}
		joined := strings.Join(all, "; ")
		switch {
		case c.want == "" && len(errs) > 0:
			t.Errorf("%s: unexpected errors: %s", c.name, joined)
		case c.want != "" && !strings.Contains(joined, c.want):
			t.Errorf("%s: errors %q do not mention %q", c.name, joined, c.want)
		}
	}
}
