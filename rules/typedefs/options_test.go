package typedefs

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func TestParseOptions(t *testing.T) {
	cases := []struct {
		args []string
		want Options
		err  string
	}{
		{nil, Options{Prefer: "type"}, ""},
		{[]string{`"type"`}, Options{Prefer: "type"}, ""},
		{[]string{`"interface"`}, Options{Prefer: "interface"}, ""},
		{[]string{`"type"`, `{"ignoreDeclarationFiles": true}`}, Options{Prefer: "type", IgnoreDeclarationFiles: true}, ""},
		{[]string{`"interface"`, `{}`}, Options{Prefer: "interface"}, ""},
		{[]string{`"types"`}, Options{}, `"type" or "interface"`},
		{[]string{`{"ignoreDeclarationFiles": true}`}, Options{}, `"type" or "interface"`},
		{[]string{`"type"`, `{"ignoreDeclarationFile": true}`}, Options{}, "ignoreDeclarationFiles"},
		{[]string{`"type"`, `{}`, `{}`}, Options{}, "at most 2"},
	}
	for _, c := range cases {
		var raw []json.RawMessage
		for _, a := range c.args {
			raw = append(raw, json.RawMessage(a))
		}
		got, err := parseOptions(raw)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%v: error %v, want one mentioning %s", c.args, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%v: got %+v, %v; want %+v", c.args, got, err, c.want)
		}
	}
	if defaultOptions() != (Options{Prefer: "type"}) {
		t.Errorf("default options %+v", defaultOptions())
	}
}

func TestIgnoreDeclarationFiles(t *testing.T) {
	src := []byte("export interface A { x: 1 }\n")
	for _, c := range []struct {
		path   string
		ignore bool
		want   int
	}{
		{"/p/a.d.ts", false, 1}, {"/p/a.d.ts", true, 0}, {"/p/a.d.mts", true, 0}, {"/p/a.ts", true, 1},
	} {
		got, err := lintSource(c.path, src, Options{Prefer: "type", IgnoreDeclarationFiles: c.ignore})
		if err != nil || len(got) != c.want {
			t.Errorf("%s ignore=%v: %d findings (%v), want %d", c.path, c.ignore, len(got), err, c.want)
		}
	}
	if !ConsistentTypeDefinitions.DeclarationFiles {
		t.Error("the rule must run on .d.ts files (DeclarationFiles)")
	}
}

// TestDocExamples: the rule reports every Incorrect example and none of the Correct ones.
func TestDocExamples(t *testing.T) {
	r := ConsistentTypeDefinitions
	if r.Summary == "" || len(r.Doc.Description) < 80 || r.Doc.Options == "" || r.Sonar.EffortMinutes == 0 {
		t.Error("incomplete metadata")
	}
	check := func(code string, want bool) {
		got, err := lintSource("/p/example.ts", []byte(code), Options{Prefer: "type"})
		if err != nil {
			t.Fatalf("example does not parse: %v\n%s", err, code)
		}
		if (len(got) > 0) != want {
			t.Errorf("example reported=%v, want %v:\n%s", len(got) > 0, want, code)
		}
		for _, f := range got {
			if len(f.Fixes) != 1 || f.Fixes[0].Safety != rules.SafeFix {
				t.Errorf("example finding without a safe fix: %s", f.Message)
			}
		}
	}
	for _, code := range r.Doc.Incorrect {
		check(code, true)
	}
	for _, code := range r.Doc.Correct {
		check(code, false)
	}
}
