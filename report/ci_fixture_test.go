package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixtureRules stand in for the registry: some with a full Sonar mapping and
// docs, some with none (the reporters must fill the gaps).
func fixtureRules() []*rules.Rule {
	return []*rules.Rule{
		{Name: "fsd/forbidden-imports", Category: rules.CategoryArchitecture, Summary: "Forbid imports from higher layers and sibling slices",
			DefaultSeverity: rules.Error,
			Doc: rules.Doc{Description: "A module may import only from layers below its own.\n\nSibling slices stay independent.",
				Incorrect: []string{"// features/cart/ui/Cart.tsx\nimport { login } from \"@/features/auth\";"},
				Correct:   []string{"import { Button } from \"@/shared/ui\";\n"}},
			Sonar: rules.Sonar{Type: "CODE_SMELL", Severity: "CRITICAL", CleanCodeAttribute: "MODULAR",
				Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "HIGH"}}, EffortMinutes: 15}},
		{Name: "fsd/public-api", Category: rules.CategoryArchitecture, Summary: "Require a public API on every slice", DefaultSeverity: rules.Error,
			Doc:   rules.Doc{Description: "Every slice exposes an `index.ts`."},
			Sonar: rules.Sonar{CleanCodeAttribute: "MODULAR", Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "MEDIUM"}}, EffortMinutes: 10}},
		{Name: "fsd/insignificant-slice", Category: rules.CategoryArchitecture, Summary: "Flag slices used by one page only", DefaultSeverity: rules.Warn},
		{Name: "ts/consistent-type-definitions", Category: rules.CategoryTypes, Summary: "Use type aliases instead of interfaces", DefaultSeverity: rules.Warn,
			Doc:   rules.Doc{Description: "Prefer `type` over `interface`.", Incorrect: []string{"interface A { x: number }"}, Correct: []string{"type A = { x: number }"}},
			Sonar: rules.Sonar{CleanCodeAttribute: "CONVENTIONAL", Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}}, EffortMinutes: 2}},
		{Name: "no-multiple-empty-lines", Category: rules.CategorySuggestion, Summary: "Disallow multiple empty lines", DefaultSeverity: rules.Warn},
		{Name: "jsx-a11y/accessible-emoji", Category: rules.CategoryReact, Summary: "Wrap emojis in a labelled span", DefaultSeverity: rules.Warn,
			Sonar: rules.Sonar{Type: "BUG", Severity: "MINOR"}},
		{Name: "eol-last", Category: rules.CategorySuggestion, Summary: "Require a newline at the end of files", DefaultSeverity: rules.Warn},
		{Name: "prefer-const", Category: rules.CategorySuggestion, Summary: "Require const for variables never reassigned", DefaultSeverity: rules.Error},
		{Name: "unicorn/no-empty-file", Category: rules.CategoryCorrectness, Summary: "Disallow empty files", DefaultSeverity: rules.Warn},
		{Name: "import/no-default-export", Category: rules.CategoryImports, Summary: "Forbid default exports", DefaultSeverity: rules.Warn},
	}
}

// fixtureRun lints nothing: it reports hand-placed findings on the files of
// testdata/tree, with positions filled as the engine fills them.
func fixtureRun(t testing.TB) *Run {
	t.Helper()
	cwd, err := filepath.Abs("testdata/tree")
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string][]byte{}
	read := func(p string) []byte {
		if src, ok := sources[p]; ok {
			return src
		}
		src, err := os.ReadFile(filepath.Join(cwd, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		sources[p] = src
		return src
	}
	// at finds the n-th (0-based) occurrence of text in a file, as a byte range.
	at := func(p, text string, n int) tsparse.Range {
		src := string(read(p))
		off := 0
		for i := 0; ; i++ {
			j := strings.Index(src[off:], text)
			if j < 0 {
				t.Fatalf("%q not in %s", text, p)
			}
			if i == n {
				return tsparse.Range{Start: int32(off + j), End: int32(off + j + len(text))}
			}
			off += j + len(text)
		}
	}
	point := func(p string, off int) tsparse.Range {
		if off < 0 {
			off = len(read(p))
		}
		return tsparse.Range{Start: int32(off), End: int32(off)}
	}
	const (
		cart   = "src/features/cart/ui/Cart.tsx"
		crlf   = "src/entities/user/model/crlf.ts"
		u2028  = "src/shared/lib/u2028.ts"
		empty  = "src/shared/lib/empty.ts"
		uber   = "src/pages/home page/Über.tsx"
		sessio = "src/features/auth/model/session.ts"
	)
	findings := []rules.Finding{
		{Rule: "fsd/forbidden-imports", Severity: rules.Error, Path: cart, Range: at(cart, `"@/features/auth/model/session"`, 0),
			Message: `Slice "features/cart" imports sibling slice "features/auth" <deep>, 100% & more`,
			Related: []rules.Related{{Path: sessio, Range: at(sessio, "login", 0), Message: "imported here: login"}}},
		{Rule: "no-multiple-empty-lines", Severity: rules.Warn, Path: cart, Range: point(cart, 55), Message: "Zero-width finding on an empty line"},
		{Rule: "jsx-a11y/accessible-emoji", Severity: rules.Warn, Path: cart, Range: at(cart, "😀", 0), Message: "Emojis should be wrapped in <span>"},
		{Rule: "eol-last", Severity: rules.Warn, Path: cart, Range: point(cart, -1), Message: "Zero-width finding at EOF after the last newline"},
		{Rule: "ts/consistent-type-definitions", Severity: rules.Warn, Path: crlf, Range: at(crlf, "interface User {\r\n\tname: string;\r\n}", 0),
			Message: "Use a `type` instead of an `interface`"},
		{Rule: "eol-last", Severity: rules.Warn, Path: crlf, Range: point(crlf, -1), Message: "Newline required at end of file but not found"},
		{Rule: "prefer-const", Severity: rules.Error, Path: u2028, Range: at(u2028, "x", 0), Message: "'x' is never reassigned. Use 'const' instead"},
		{Rule: "prefer-const", Severity: rules.Error, Path: u2028, Range: at(u2028, "x", 1), Message: "'x' is never reassigned. Use 'const' instead"},
		{Rule: "unicorn/no-empty-file", Severity: rules.Warn, Path: empty, Range: point(empty, 0), Message: "Empty files are not allowed"},
		{Rule: "import/no-default-export", Severity: rules.Warn, Path: uber, Range: at(uber, "export default 1", 0), Message: "Prefer named exports"},
		{Rule: "parse-error", Severity: rules.Error, Path: uber, Range: at(uber, "1", 0), Message: "Unexpected token:\nexpected \"}\", got\r\n'1'"},
		{Rule: "fsd/public-api", Severity: rules.Error, Path: "src/features/auth", Folder: true,
			Message: "This slice has no public API: add index.ts, then import through it"},
		{Rule: "fsd/insignificant-slice", Severity: rules.Warn, Path: "src/widgets/header", Folder: true,
			Message: "This slice has only one reference"},
	}
	for i := range findings {
		f := &findings[i]
		if f.Folder {
			continue
		}
		lt := tsparse.NewLineTable(read(f.Path))
		f.Line, f.Column = lt.Position(f.Range.Start)
		f.EndLine, f.EndCol = lt.Position(f.Range.End)
		for j := range f.Related {
			r := &f.Related[j]
			r.Line, r.Column = tsparse.NewLineTable(read(r.Path)).Position(r.Range.Start)
		}
	}
	// Sources holds the files that have a finding, as the engine's does.
	for p := range sources {
		if p == sessio {
			delete(sources, p)
		}
	}
	return &Run{Findings: findings, Rules: fixtureRules(), Sources: sources, Cwd: cwd, FilesChecked: 9, Version: "0.1.0-test"}
}

// render runs a registered format over the fixture.
func ciRender(t *testing.T, format string, opts Options, run *Run) []byte {
	t.Helper()
	rep, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.Write(&buf, run); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

// golden compares out with testdata/golden/name, after replacing the machine-specific
// working directory by $CWD; -update rewrites the file.
func ciGolden(t *testing.T, name string, run *Run, out []byte) {
	t.Helper()
	out = bytes.ReplaceAll(out, []byte(fileURI(run.Cwd)), []byte("file://$CWD/"))
	out = bytes.ReplaceAll(out, []byte(run.Cwd), []byte("$CWD"))
	path := filepath.Join("testdata", "golden", name)
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(out, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, out)
	}
}
