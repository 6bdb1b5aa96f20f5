package scoperules

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/rules/ruletest"
	"github.com/fsdlint/fsdlint/tsparse"
)

// eslintFinding is one line of testtools/eslint-airbnb.js's output.
type eslintFinding struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	RuleID  string `json:"ruleId"`
	Message string `json:"message"`
}

type eslintOutput struct {
	Findings []eslintFinding `json:"findings"`
	Fatal    []eslintFinding `json:"fatal"`
}

// key identifies a finding for the comparison: file, line, column, rule.
func key(file string, line, col int, rule string) string {
	return fmt.Sprintf("%s:%d:%d %s", file, line, col, rule)
}

func runESLint(t *testing.T, ruleNames []string, files []string) eslintOutput {
	t.Helper()
	tools, err := testpeer.TestTools()
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(t.TempDir(), "files.txt")
	if err := os.WriteFile(list, []byte(strings.Join(files, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := testpeer.RunNode(t, filepath.Join(tools, "eslint-airbnb.js"), "--rules", strings.Join(ruleNames, ","), "--files-from", list)
	var res eslintOutput
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("eslint-airbnb.js output: %v", err)
	}
	return res
}

// ours lints files with every rule of this package.
func ours(t *testing.T, files []string) (map[string]string, map[string]bool) {
	got := map[string]string{}
	parsed := map[string]bool{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tsparse.Parse(path, src); err != nil {
			continue // a parse failure is tsparse's differential test's business
		}
		parsed[path] = true
		for _, r := range Rules {
			_, findings := ruletest.Lint(t, r, path, src, nil)
			for _, f := range findings {
				got[key(path, f.Line, f.Column, r.Name)] = f.Message
			}
		}
	}
	return got, parsed
}

func compare(t *testing.T, files []string) {
	names := make([]string, len(Rules))
	for i, r := range Rules {
		names[i] = r.Name
	}
	res := runESLint(t, names, files)
	fatal := map[string]bool{}
	for _, f := range res.Fatal {
		fatal[f.File] = true
	}
	got, parsed := ours(t, files)
	want := map[string]string{}
	for _, f := range res.Findings {
		if parsed[f.File] && !fatal[f.File] {
			want[key(f.File, f.Line, f.Column, f.RuleID)] = f.Message
		}
	}
	perRule := map[string][3]int{} // both, only ours, only eslint
	var problems []string
	for k, msg := range got {
		rule := k[strings.LastIndex(k, " ")+1:]
		c := perRule[rule]
		if _, ok := want[k]; ok {
			c[0]++
		} else if !fatal[k[:strings.Index(k, ":")]] {
			c[1]++
			problems = append(problems, "only fsdlint: "+k+" "+msg)
		}
		perRule[rule] = c
	}
	for k, msg := range want {
		if _, ok := got[k]; !ok {
			rule := k[strings.LastIndex(k, " ")+1:]
			c := perRule[rule]
			c[2]++
			perRule[rule] = c
			problems = append(problems, "only ESLint:  "+k+" "+msg)
		}
	}
	sort.Strings(problems)
	rulesSeen := make([]string, 0, len(perRule))
	for r := range perRule {
		rulesSeen = append(rulesSeen, r)
	}
	sort.Strings(rulesSeen)
	for _, r := range rulesSeen {
		c := perRule[r]
		t.Logf("%-28s both %5d  only fsdlint %4d  only ESLint %4d", r, c[0], c[1], c[2])
	}
	if out := os.Getenv("FSDLINT_DIFF_OUT"); out != "" {
		_ = os.WriteFile(out, []byte(strings.Join(problems, "\n")+"\n"), 0o644)
	}
	for i, p := range problems {
		if i == 60 {
			t.Errorf("… and %d more", len(problems)-60)
			break
		}
		t.Error(p)
	}
}

func TestAgainstESLintFixtures(t *testing.T) {
	testpeer.NodeModules(t)
	files, err := filepath.Glob("testdata/*.ts*")
	if err != nil {
		t.Fatal(err)
	}
	var abs []string
	for _, f := range files {
		if strings.HasSuffix(f, ".fixed") {
			continue
		}
		a, _ := filepath.Abs(f)
		abs = append(abs, a)
	}
	compare(t, abs)
}

// TestESLintFixOutput: the golden fixed files equal ESLint's own --fix output.
func TestESLintFixOutput(t *testing.T) {
	testpeer.NodeModules(t)
	tools, err := testpeer.TestTools()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ rule, fixture string }{{"prefer-const", "testdata/prefer-const.ts"}} {
		path, _ := filepath.Abs(tc.fixture)
		out := testpeer.RunNode(t, filepath.Join(tools, "eslint-airbnb.js"), "--rules", tc.rule, "--fix", path)
		var res struct {
			Fixed map[string]string `json:"fixed"`
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("eslint-airbnb.js --fix output: %v", err)
		}
		want, err := os.ReadFile(path + ".fixed")
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := res.Fixed[path]; !ok || got != string(want) {
			t.Errorf("%s: ESLint's --fix output differs from %s.fixed:\n%s", tc.rule, tc.fixture, got)
		}
	}
}
