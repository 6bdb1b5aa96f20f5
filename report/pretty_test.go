package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// prettyRun has a tab-indented line, a wide rune, a multi-line range, a folder
// finding and a fixable finding.
func prettyRun() *Run {
	src := "import { User } from '@/entities/user/model';\n\tif (名前 == x) {}\nfoo(\n  1,\n  2,\n  3,\n)\n"
	return &Run{
		Findings: []rules.Finding{
			{Rule: "fsd/no-public-api-sidestep", Severity: rules.Error, Message: `Forbidden sidestep of public API when importing from "@/entities/user/model".`,
				Path: "src/features/a/ui/A.tsx", Range: tsparse.Range{Start: 21, End: 44}, Line: 1, Column: 22, EndLine: 1, EndCol: 45},
			{Rule: "eqeqeq", Severity: rules.Warn, Message: "Expected '===' and instead saw '=='.",
				Path: "src/features/a/ui/A.tsx", Range: tsparse.Range{Start: 58, End: 60}, Line: 2, Column: 9, EndLine: 2, EndCol: 11,
				Fixes: []rules.Fix{{Message: "Use '==='", Safety: rules.UnsafeFix, Edits: []rules.Edit{{Start: 58, End: 60, NewText: "==="}}}}},
			{Rule: "test/multi", Severity: rules.Warn, Message: "spans lines",
				Path: "src/features/a/ui/A.tsx", Range: tsparse.Range{Start: 67, End: 88}, Line: 3, Column: 1, EndLine: 7, EndCol: 2},
			{Rule: "fsd/insignificant-slice", Severity: rules.Error, Message: "Slice \"b\" has only one reference.", Path: "src/entities/b", Folder: true},
		},
		Sources:      map[string][]byte{"src/features/a/ui/A.tsx": []byte(src)},
		FilesChecked: 7,
	}
}

func TestPrettyPlain(t *testing.T) {
	run := prettyRun()
	// reporters get findings sorted by path
	run.Findings = append(run.Findings[3:], run.Findings[:3]...)
	var b bytes.Buffer
	if err := (&prettyReporter{}).Write(&b, run); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"src/entities/b",
		"  src/entities/b error fsd/insignificant-slice",
		`    Slice "b" has only one reference.`,
		"    docs: fsdlint rules fsd/insignificant-slice",
		"",
		"src/features/a/ui/A.tsx",
		"  src/features/a/ui/A.tsx:1:22 error fsd/no-public-api-sidestep",
		`    Forbidden sidestep of public API when importing from "@/entities/user/model".`,
		"  1 │ import { User } from '@/entities/user/model';",
		"    │                      ^^^^^^^^^^^^^^^^^^^^^^^",
		"    docs: fsdlint rules fsd/no-public-api-sidestep",
		"  src/features/a/ui/A.tsx:2:9 warning eqeqeq [fixable: unsafe]",
		"    Expected '===' and instead saw '=='.",
		"  2 │     if (名前 == x) {}",
		"    │              ^^",
		"    docs: fsdlint rules eqeqeq",
		"  src/features/a/ui/A.tsx:3:1 warning test/multi",
		"    spans lines",
		"  3 │ foo(",
		"    │ ^^^^",
		"  4 │   1,",
		"    │ ^^^^",
		"    ┆",
		"  7 │ )",
		"    │ ^",
		"    docs: fsdlint rules test/multi",
		"",
		"✖ 4 problems (2 errors, 2 warnings) in 7 files, 1 fixable with --fix-unsafe",
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestPrettyColourAndClean(t *testing.T) {
	var b bytes.Buffer
	run := prettyRun()
	if err := (&prettyReporter{color: true}).Write(&b, run); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\x1b[1;31merror\x1b[0m") && !strings.Contains(b.String(), "\x1b[31;1merror\x1b[0m") {
		t.Errorf("no red bold error in coloured output:\n%q", b.String())
	}
	b.Reset()
	if err := (&prettyReporter{}).Write(&b, &Run{FilesChecked: 1}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "✓ no problems in 1 file\n" {
		t.Errorf("clean run: %q", b.String())
	}
}

func TestCompact(t *testing.T) {
	var b bytes.Buffer
	if err := (compactReporter{}).Write(&b, prettyRun()); err != nil {
		t.Fatal(err)
	}
	want := `src/features/a/ui/A.tsx:1:22: error fsd/no-public-api-sidestep: Forbidden sidestep of public API when importing from "@/entities/user/model".
src/features/a/ui/A.tsx:2:9: warn eqeqeq: Expected '===' and instead saw '=='.
src/features/a/ui/A.tsx:3:1: warn test/multi: spans lines
src/entities/b: error fsd/insignificant-slice: Slice "b" has only one reference.
`
	if b.String() != want {
		t.Errorf("got:\n%s", b.String())
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	run := &Run{Findings: prettyRun().Findings[1:2], FilesChecked: 7, Version: "1.2.3"}
	if err := (jsonReporter{}).Write(&b, run); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "fsdlintVersion": "1.2.3",
  "findings": [
    {
      "rule": "eqeqeq",
      "severity": "warn",
      "message": "Expected '===' and instead saw '=='.",
      "path": "src/features/a/ui/A.tsx",
      "folder": false,
      "line": 2,
      "column": 9,
      "endLine": 2,
      "endColumn": 11,
      "startOffset": 58,
      "endOffset": 60,
      "fixable": true,
      "related": [],
      "fixes": [
        {
          "message": "Use '==='",
          "safety": "unsafe",
          "edits": [
            {
              "startOffset": 58,
              "endOffset": 60,
              "newText": "==="
            }
          ]
        }
      ]
    }
  ],
  "summary": {
    "filesChecked": 7,
    "errors": 0,
    "warnings": 1,
    "fixable": 1
  }
}
`
	if b.String() != want {
		t.Errorf("got:\n%s", b.String())
	}
}

func TestPrettyCutsLongLines(t *testing.T) {
	line := "const x = [" + strings.Repeat("1, ", 200) + "a == b, " + strings.Repeat("2, ", 200) + "];"
	start := int32(strings.Index(line, "=="))
	run := &Run{
		Findings: []rules.Finding{{Rule: "eqeqeq", Severity: rules.Error, Message: "m", Path: "min.js",
			Range: tsparse.Range{Start: start, End: start + 2}, Line: 1, Column: int(start) + 1, EndLine: 1, EndCol: int(start) + 3}},
		Sources:      map[string][]byte{"min.js": []byte(line + "\n")},
		FilesChecked: 1,
	}
	var b bytes.Buffer
	if err := (&prettyReporter{}).Write(&b, run); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	code, marks := lines[3], lines[4]
	if !strings.HasPrefix(code, "  1 │ …") || !strings.HasSuffix(code, "…") || len(code) > 200 {
		t.Errorf("long line not cut: %q", code)
	}
	// the carets still sit under "=="
	col := strings.Index(marks, "^^")
	if col < 0 || !strings.HasPrefix(string([]rune(code)[len([]rune(marks[:col])):]), "== b") {
		t.Errorf("carets misplaced:\n%s\n%s", code, marks)
	}
}
