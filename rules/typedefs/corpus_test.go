package typedefs

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// tsCorpus is the corpus' TypeScript files (interfaces exist only there).
func tsCorpus(t testing.TB) []string {
	var out []string
	for _, f := range corpus.Files(t) {
		for _, ext := range []string{".ts", ".tsx", ".mts", ".cts"} {
			if strings.HasSuffix(f, ext) {
				out = append(out, filepath.ToSlash(f))
				break
			}
		}
	}
	return out
}

// TestCorpusAgreesWithTypescriptESLint: over the npm corpus, both options
// report exactly the names typescript-eslint reports, at the same positions.
func TestCorpusAgreesWithTypescriptESLint(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus differential test (about two minutes of ESLint) skipped in -short mode")
	}
	testpeer.Package(t, "@typescript-eslint/eslint-plugin")
	files := tsCorpus(t)
	theirs := runESLint(t, "both", false, files)
	var agree, onlyOurs, onlyTheirs, skipped, upstreamFixes, oursNoFix int
	reasons := map[string]int{}
	for _, path := range files {
		up := theirs[path]
		if up.Fatal != nil {
			skipped++
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []string{preferType, preferInterface} {
			ours, err := lintSource(path, src, optionsFor(mode))
			if err != nil {
				t.Errorf("%s: tsparse rejects a file typescript-eslint parses: %v", path, err)
				skipped++
				break
			}
			var upMode []eslintFinding
			for _, f := range up.Findings {
				if f.Mode == mode {
					upMode = append(upMode, f)
				}
			}
			for _, f := range ours {
				if _, why, ok := strings.Cut(f.Message, "No autofix: "); ok {
					reasons[reasonOf(why)]++
				}
			}
			o, u := oursByPosition(ours), theirsByPosition(upMode)
			for p, fixable := range u {
				if ourFix, ok := o[p]; ok {
					agree++
					if fixable {
						upstreamFixes++
						if !ourFix {
							oursNoFix++
						}
					}
				}
			}
			if d := samePositions(o, u); d != "" {
				onlyOurs += len(o) - countShared(o, u)
				onlyTheirs += len(u) - countShared(o, u)
				t.Errorf("%s (%q): %s", path, mode, d)
			}
		}
	}
	t.Logf("%d files: %d findings at the same positions, %d only fsdlint, %d only typescript-eslint, %d files skipped (parse errors)",
		len(files), agree, onlyOurs, onlyTheirs, skipped)
	t.Logf("of %d findings typescript-eslint fixes, fsdlint reports %d without a fix: %v", upstreamFixes, oursNoFix, reasons)
}

// reasonOf names the kind of a no-fix explanation, for the statistics.
func reasonOf(why string) string {
	switch {
	case strings.Contains(why, "augments"):
		return "augmentation"
	case strings.Contains(why, "merges with"):
		return "merging"
	case strings.Contains(why, "global scope of a declaration file"):
		return "global-script"
	case strings.Contains(why, "`this`"):
		return "this-type"
	case strings.Contains(why, "would make the type alias circular"):
		return "self-reference"
	case strings.Contains(why, "variance annotations"):
		return "variance"
	}
	return why
}

func countShared(a, b map[string]bool) int {
	n := 0
	for p := range a {
		if _, ok := b[p]; ok {
			n++
		}
	}
	return n
}

// TestCorpusFixKeepsTypeScriptSyntax fixes a copy of the corpus with
// `--fix` semantics and checks with TypeScript's parser that no fixed file
// has more syntax errors than before, and that every interface left is one
// reported without a fix.
func TestCorpusFixKeepsTypeScriptSyntax(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus fix test skipped in -short mode")
	}
	testpeer.Package(t, "typescript")
	dir := t.TempDir()
	var originals, fixed []string
	var fixedFiles, applied, left int
	for i, path := range tsCorpus(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{Prefer: preferType}
		findings, err := lintSource(path, src, opts)
		if err != nil {
			continue // tsparse's own tests report parse failures
		}
		res := fix.File(path, src, findings, relinter(path, opts), fix.Options{})
		for _, w := range res.Warnings {
			t.Errorf("fix warning: %s", w)
		}
		for _, f := range res.Remaining {
			if len(f.Fixes) > 0 {
				t.Errorf("%s:%d: a fixable interface is left after fixing", path, f.Line)
			}
			if !strings.Contains(f.Message, "No autofix") {
				t.Errorf("%s:%d: remaining finding without a reason: %s", path, f.Line, f.Message)
			}
		}
		left += len(res.Remaining)
		if !res.Changed() {
			continue
		}
		fixedFiles++
		applied += res.Applied
		// keep the file name: its extension picks TypeScript's dialect
		out := filepath.Join(dir, fmt.Sprintf("%05d", i), filepath.Base(path))
		os.MkdirAll(filepath.Dir(out), 0o755)
		if err := os.WriteFile(out, res.Fixed, 0o644); err != nil {
			t.Fatal(err)
		}
		originals = append(originals, path)
		fixed = append(fixed, filepath.ToSlash(out))
	}
	before, after := tsSyntax(t, originals), tsSyntax(t, fixed)
	for i := range originals {
		if len(after[fixed[i]]) > len(before[originals[i]]) {
			t.Errorf("%s: TypeScript reports new syntax errors after fixing: %v", originals[i], after[fixed[i]])
		}
	}
	t.Logf("%d files rewritten, %d interfaces converted, %d left without a fix", fixedFiles, applied, left)
}

func itoa(i int) string { return strconv.Itoa(i) }

// tsSyntax returns TypeScript's parse diagnostics per file.
func tsSyntax(t testing.TB, files []string) map[string][]string {
	if len(files) == 0 {
		return nil
	}
	out := testpeer.RunNodeStdin(t, []byte(strings.Join(files, "\n")), "tseslint-ctd.js", "--syntax", "--files-from", "-")
	var res struct {
		Files []struct {
			File        string
			Diagnostics []struct {
				Line, Column int
				Message      string
			}
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	diags := map[string][]string{}
	for _, f := range res.Files {
		for _, d := range f.Diagnostics {
			diags[f.File] = append(diags[f.File], itoa(d.Line)+":"+itoa(d.Column)+" "+d.Message)
		}
	}
	return diags
}
