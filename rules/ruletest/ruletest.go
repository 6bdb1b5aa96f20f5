// Package ruletest checks a per-file rule against a fixture: the fixture is
// parsed with tsparse.Parse, the rule's File func runs on it, and its findings
// must match the fixture's inline expectations, line by line.
//
// An expectation is a comment on the reported line:
//
//	x == y // want "eqeqeq"
//	<button /> {/* want "Missing an explicit type" */}
//
// Each quoted string stands for one finding on that line: it matches when it is
// the rule's name or a regular expression that matches the finding's message.
// `// want "a" "b"` expects two findings. Lines without `want` expect none.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// Run lints the fixture at path with rule (options nil means the rule's
// defaults) and fails t for every finding without a matching `want` and every
// `want` without a finding. It returns the findings with Line/Column filled.
func Run(t testing.TB, rule *rules.Rule, path string, options any) []rules.Finding {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	file, findings := Lint(t, rule, path, src, options)
	wants := ParseWants(t, file)
	Compare(t, rule.Name, path, findings, wants)
	return findings
}

// Lint parses src as path and runs the rule's File func on it; findings come
// back sorted by position, with Rule, Line, Column, EndLine and EndCol filled.
func Lint(t testing.TB, rule *rules.Rule, path string, src []byte, options any) (*tsparse.File, []rules.Finding) {
	t.Helper()
	if rule.File == nil {
		t.Fatalf("%s is not a per-file rule", rule.Name)
	}
	file, err := tsparse.Parse(path, src)
	if err != nil {
		t.Fatalf("%s: parse: %v", path, err)
	}
	if options == nil && rule.Options != nil && rule.Options.Default != nil {
		options = rule.Options.Default()
	}
	var findings []rules.Finding
	abs, _ := filepath.Abs(path)
	ctx := &rules.FileContext{
		Path:    filepath.ToSlash(abs),
		File:    file,
		Options: options,
		Report: func(f rules.Finding) {
			f.Rule = rule.Name
			f.Line, f.Column = file.Lines().Position(f.Range.Start)
			f.EndLine, f.EndCol = file.Lines().Position(f.Range.End)
			findings = append(findings, f)
		},
	}
	rule.File(ctx)
	sort.SliceStable(findings, func(i, j int) bool {
		if findings[i].Line != findings[j].Line {
			return findings[i].Line < findings[j].Line
		}
		return findings[i].Column < findings[j].Column
	})
	return file, findings
}

// Want is one expected finding: Pattern is a rule name or a message regexp.
type Want struct {
	Line    int
	Pattern string
}

var wantRe = regexp.MustCompile(`^\s*want((?:\s+"(?:[^"\\]|\\.)*")+)\s*$`)
var quotedRe = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// ParseWants reads the `want` comments of a parsed file.
func ParseWants(t testing.TB, file *tsparse.File) []Want {
	t.Helper()
	var wants []Want
	for _, c := range file.Comments {
		text := string(file.Src[c.Range.Start:c.Range.End])
		if c.Block {
			text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
		} else {
			text = strings.TrimPrefix(text, "//")
		}
		m := wantRe.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		line, _ := file.Lines().Position(c.Range.Start)
		for _, q := range quotedRe.FindAllString(m[1], -1) {
			s, err := strconv.Unquote(q)
			if err != nil {
				t.Fatalf("line %d: bad want string %s: %v", line, q, err)
			}
			wants = append(wants, Want{Line: line, Pattern: s})
		}
	}
	return wants
}

// Compare matches findings against wants (one finding per want) and reports
// both leftovers.
func Compare(t testing.TB, ruleName, path string, findings []rules.Finding, wants []Want) {
	t.Helper()
	used := make([]bool, len(findings))
	for _, w := range wants {
		re, err := regexp.Compile(w.Pattern)
		if err != nil && w.Pattern != ruleName {
			t.Errorf("%s:%d: bad want regexp %q: %v", path, w.Line, w.Pattern, err)
			continue
		}
		found := false
		for i, f := range findings {
			if used[i] || f.Line != w.Line {
				continue
			}
			if w.Pattern == ruleName || w.Pattern == f.Rule || (re != nil && re.MatchString(f.Message)) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%s:%d: no %s finding matching %q", path, w.Line, ruleName, w.Pattern)
		}
	}
	for i, f := range findings {
		if !used[i] {
			t.Errorf("%s:%d:%d: unexpected %s finding: %s", path, f.Line, f.Column, f.Rule, f.Message)
		}
	}
}

// ApplyFixes applies the first fix of every finding that has one, in order of
// position, skipping a fix that starts at or before the end of the previous
// applied one (ESLint's rule for one fix pass), and returns the new source.
func ApplyFixes(src []byte, findings []rules.Finding) string {
	type span struct {
		lo, hi int32
		edits  []rules.Edit
	}
	var fixes []span
	for _, f := range findings {
		if len(f.Fixes) == 0 || f.Fixes[0].Path != "" || len(f.Fixes[0].Edits) == 0 {
			continue
		}
		s := span{lo: int32(len(src)), edits: f.Fixes[0].Edits}
		for _, e := range s.edits {
			s.lo, s.hi = min(s.lo, e.Start), max(s.hi, e.End)
		}
		fixes = append(fixes, s)
	}
	sort.SliceStable(fixes, func(i, j int) bool { return fixes[i].lo < fixes[j].lo })
	var edits []rules.Edit
	last := int32(-1)
	for _, f := range fixes {
		if f.lo <= last {
			continue
		}
		last = f.hi
		edits = append(edits, f.edits...)
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var b strings.Builder
	pos := int32(0)
	for _, e := range edits {
		b.Write(src[pos:e.Start])
		b.WriteString(e.NewText)
		pos = e.End
	}
	b.Write(src[pos:])
	return b.String()
}

// FixAll lints src and applies the fixes, re-linting the result until no
// fix is left (at most 10 passes, as ESLint and fsdlint's engine do).
func FixAll(t testing.TB, rule *rules.Rule, path string, src []byte, options any) string {
	t.Helper()
	out := string(src)
	for pass := 0; pass < 10; pass++ {
		_, findings := Lint(t, rule, path, []byte(out), options)
		next := ApplyFixes([]byte(out), findings)
		if next == out {
			break
		}
		out = next
	}
	return out
}

// CheckFixes applies the fixes of findings (one pass) on the fixture at path
// and compares the result with the golden file path+".fixed".
func CheckFixes(t testing.TB, path string, findings []rules.Finding) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, path, ApplyFixes(src, findings))
}

// CheckFixesAll fixes the fixture at path with FixAll (re-linting between
// passes, as ESLint does) and compares the result with path+".fixed".
func CheckFixesAll(t testing.TB, rule *rules.Rule, path string, options any) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, path, FixAll(t, rule, path, src, options))
}

func compareGolden(t testing.TB, path, got string) {
	t.Helper()
	want, err := os.ReadFile(path + ".fixed")
	if err != nil {
		t.Fatalf("golden file: %v", err)
	}
	if got != string(want) {
		t.Errorf("%s: fixed output differs from %s.fixed:\n--- got ---\n%s\n--- want ---\n%s", path, path, got, want)
	}
}

// String renders a finding for messages.
func String(f rules.Finding) string {
	return fmt.Sprintf("%d:%d %s: %s", f.Line, f.Column, f.Rule, f.Message)
}
