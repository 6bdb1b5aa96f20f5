package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

func TestDirectives(t *testing.T) {
	src := strings.Join([]string{
		/* 1 */ `// fsdlint-disable-next-line eqeqeq -- legacy comparison`,
		/* 2 */ `a == b; console.log(1)`,
		/* 3 */ `a == b // fsdlint-disable-line`,
		/* 4 */ `a == b /* fsdlint-disable-line no-console */`,
		/* 5 */ `/* fsdlint-disable eqeqeq */`,
		/* 6 */ `a == b; console.log(2)`,
		/* 7 */ `/* fsdlint-enable eqeqeq */`,
		/* 8 */ `a == b`,
		/* 9 */ `// eslint-disable-next-line eqeqeq, no-console`,
		/* 10 */ `a == b; console.log(3)`,
		/* 11 */ `a == b // eslint-disable-line @typescript-eslint/no-unused-vars`,
		/* 12 */ `/* eslint-disable */`,
		/* 13 */ `a == b; console.log(4); boom`,
		/* 14 */ `/* eslint-enable */`,
		/* 15 */ `const s = "// fsdlint-disable-line"; a == b`,
		/* 16 */ `// fsdlint-disable-next-line no-console`,
		/* 17 */ `a == b`,
		/* 18 */ `/* fsdlint-disable */`,
		/* 19 */ `a == b; console.log(5)`,
		/* 20 */ `/* fsdlint-enable no-console */`,
		/* 21 */ `a == b; console.log(6)`,
	}, "\n")
	root := writeTree(t, map[string]string{"a.ts": src})
	res := check(t, root, "", func(o *Options) { o.ReportUnusedDisableDirectives = true })
	want := strings.Join([]string{
		"a.ts:1:1 error internal/rule-panic: rule test/panics crashed on this file: rule bug: boom (please report this bug with the file)",
		"a.ts:1:1 error test/panics: before the crash",
		"a.ts:2:9 warn no-console: Unexpected console statement",
		"a.ts:4:3 error eqeqeq: Expected '===' and instead saw '=='",
		"a.ts:4:8 warn unused-disable-directive: Unused fsdlint-disable-line directive (no problems were reported from 'no-console')",
		"a.ts:6:9 warn no-console: Unexpected console statement",
		"a.ts:8:3 error eqeqeq: Expected '===' and instead saw '=='",
		"a.ts:11:3 error eqeqeq: Expected '===' and instead saw '=='",
		"a.ts:15:40 error eqeqeq: Expected '===' and instead saw '=='",
		"a.ts:16:1 warn unused-disable-directive: Unused fsdlint-disable-next-line directive (no problems were reported from 'no-console')",
		"a.ts:17:3 error eqeqeq: Expected '===' and instead saw '=='",
		"a.ts:21:9 warn no-console: Unexpected console statement",
	}, "\n") + "\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestDirectivesWithoutTheFlagReportNothingUnused(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": "// fsdlint-disable-next-line eqeqeq\nx = 1\n"})
	if got := lines(check(t, root, "", nil)); got != "" {
		t.Errorf("got %q", got)
	}
}

func TestParseDirective(t *testing.T) {
	for text, want := range map[string]string{
		"// fsdlint-disable-next-line a, b -- why": "0 false [a b]",
		"/* fsdlint-disable */":                    "2 false []",
		"/*fsdlint-enable x*/":                     "3 false [x]",
		"// eslint-disable-line":                   "1 true []",
		"// fsdlint-disable-linex":                 "nil",
		"// fsdlint-disabled":                      "nil",
		"// not a directive fsdlint-disable":       "nil",
	} {
		d := parseDirective(text)
		got := "nil"
		if d != nil {
			got = fmt.Sprintf("%d %v %v", d.kind, d.eslint, d.names)
		}
		if got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

func TestParseErrorsAndEsbuildSecondOpinion(t *testing.T) {
	root := writeTree(t, map[string]string{
		"bad.ts":   "const x = SYNTAX!;\n",
		"mixed.ts": "import { a } from './a';\nSYNTAX!\n",
		"good.ts":  "a == b\n",
	})
	esbuildRejects := func(path string, src []byte) *SyntaxError {
		if strings.HasSuffix(path, "bad.ts") {
			return &SyntaxError{Pos: 10, Message: `Unexpected "!"`}
		}
		return nil
	}
	res := check(t, root, "", func(o *Options) {
		o.Parser.EsbuildCheck = esbuildRejects
		o.Parser.EsbuildImports = func(path string, src []byte) ([]tsparse.Import, error) {
			return []tsparse.Import{{Specifier: "./a", Kind: tsparse.ImportStatic}}, nil
		}
	})
	want := strings.Join([]string{
		`bad.ts:1:11 error parse-error: Unexpected "!"`,
		`good.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='`,
		`mixed.ts:2:1 warn internal/parser-mismatch: fsdlint's parser rejects this file (tsparse: unexpected '!') but esbuild accepts it; its imports were taken from esbuild and its style rules skipped. Please report this parser bug with the file`,
	}, "\n") + "\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// Without esbuild, tsparse's own message is used.
	res = check(t, root, "", nil)
	if got := lines(res); !strings.Contains(got, "bad.ts:1:11 error parse-error: tsparse: unexpected '!'") {
		t.Errorf("got:\n%s", got)
	}

	// --verify-syntax: esbuild rejecting a file tsparse accepted is reported.
	res = check(t, root, "", func(o *Options) {
		o.VerifySyntax = true
		o.Parser.EsbuildCheck = func(path string, src []byte) *SyntaxError { return &SyntaxError{Pos: 2, Message: "nope"} }
	})
	if got := lines(res); !strings.Contains(got, "good.ts:1:3 warn internal/parser-mismatch: esbuild rejects this file (nope) but fsdlint's parser accepted it") {
		t.Errorf("got:\n%s", got)
	}
}

func TestConfigSeveritiesAndOverrides(t *testing.T) {
	root := writeTree(t, map[string]string{
		"src/a.ts":      "a == b; console.log(1)\n",
		"src/a.test.ts": "a == b; console.log(1)\n",
		"types.d.ts":    "a == b\n",
	})
	res := check(t, root, `{
		"rules": {"no-console": "error", "test/project": "warn"},
		"overrides": [{"files": ["**/*.test.ts"], "rules": {"eqeqeq": "off", "test/project": "off"}}]
	}`, nil)
	want := strings.Join([]string{
		"src/a.test.ts:1:9 error no-console: Unexpected console statement",
		"src/a.ts:1:1 warn test/project: seen in pass 2",
		"src/a.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='",
		"src/a.ts:1:9 error no-console: Unexpected console statement",
		"types.d.ts:1:1 warn test/project: seen in pass 2",
	}, "\n") + "\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestOutputIdenticalAtAnyJobs(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("src/d%d/f%02d.ts", i%7, i)] = strings.Repeat("a == b; console.log(x)\n", i%5+1)
	}
	files["src/boom.ts"] = "boom == 1"
	root := writeTree(t, files)
	var first string
	for _, jobs := range []int{1, 8, 3} {
		res := check(t, root, `{"rules": {"test/project": "error"}}`, func(o *Options) { o.Jobs = jobs })
		got := fmt.Sprintf("%+v", res.Findings)
		if first == "" {
			first = got
		} else if got != first {
			t.Fatalf("-j %d differs from -j 1", jobs)
		}
	}
}

func TestPositionsAreUTF16(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": "const s = '😀é'; a == b\r\nx == y\n"})
	res := check(t, root, "", nil)
	want := "a.ts:1:20 error eqeqeq: Expected '===' and instead saw '=='\na.ts:2:3 error eqeqeq: Expected '===' and instead saw '=='\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	f := res.Findings[0]
	if f.EndLine != 1 || f.EndCol != 22 || string(res.Sources["a.ts"][f.Range.Start:f.Range.End]) != "==" {
		t.Errorf("end %d:%d, range %v", f.EndLine, f.EndCol, f.Range)
	}
}

func TestProjectRulePanicIsContained(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": "a == b\n"})
	crash := &rules.Rule{Name: "test/project-crash", DefaultSeverity: rules.Error,
		Project: func(c *rules.ProjectContext) { panic("graph exploded") }}
	res := check(t, root, "", func(o *Options) {
		o.Rules = append(o.Rules, crash)
		o.Targets[0].Config = config.Default(root, o.Rules)
	})
	want := ". error internal/rule-panic: rule test/project-crash crashed: graph exploded (please report this bug)\n" +
		"a.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestBrokenTsconfigIsReported(t *testing.T) {
	root := writeTree(t, map[string]string{
		"tsconfig.json":     `{"extends": "./nope.json"}`,
		"a.ts":              "export const a = 1;\n",
		"pkg/tsconfig.json": "{\n  \"compilerOptions\": {\n    \"baseUrl\": \".\"\n    \"paths\": {}\n  }\n}\n",
		"web/tsconfig.json": `{"compilerOptions": {"paths": 3}}`,
		"web/c.ts":          "export const c = 1;\n",
		"pkg/b.ts":          "export const b = 1;\n",
	})
	res := check(t, root, `{"rules": {"test/project": "warn"}}`, func(o *Options) {
		o.Parser.Facts = func(*tsparse.File) *tsparse.Facts {
			return &tsparse.Facts{Imports: []tsparse.Import{{Specifier: "./x", Kind: tsparse.ImportStatic}}}
		}
	})
	got := lines(res)
	for _, want := range []string{
		"tsconfig.json warn tsconfig-error: \"extends\" target not found: ./nope.json\n",
		"pkg/tsconfig.json:4:5 warn tsconfig-error: ",
		"web/tsconfig.json warn tsconfig-error: \"paths\" must be an object\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if _, ok := res.Sources["pkg/tsconfig.json"]; !ok {
		t.Error("the broken tsconfig's source should be kept for code frames")
	}
}

func TestRuleTimings(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": "a == b\n", "b.ts": "console.log(1)\n"})
	res := check(t, root, `{"rules": {"test/project": "warn"}}`, func(o *Options) { o.TimeRules = true })
	names := map[string]bool{}
	for _, tm := range res.RuleTimings {
		names[tm.Phase] = true
		if tm.Duration <= 0 {
			t.Errorf("%s: %v", tm.Phase, tm.Duration)
		}
	}
	for _, want := range []string{"eqeqeq", "no-console", "test/project"} {
		if !names[want] {
			t.Errorf("no timing for %s: %+v", want, res.RuleTimings)
		}
	}
	if res := check(t, root, "", nil); res.RuleTimings != nil {
		t.Errorf("timings without TimeRules: %+v", res.RuleTimings)
	}
}
