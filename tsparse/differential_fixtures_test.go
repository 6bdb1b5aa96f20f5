package tsparse

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sourceSuffixes are the file kinds fsdlint parses.
var sourceSuffixes = []string{".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"}

func isSourceFile(name string) bool {
	for _, s := range sourceSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// fixtureFiles lists every source file below the repository's testdata/ (the
// hand-written syntax fixtures, valid and invalid, and every fixture tree other
// packages keep there), repo-relative with / and sorted.
func fixtureFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && isSourceFile(d.Name()) {
			rel, err := filepath.Rel("..", path)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// TestFixturesAgreeWithPeers compares tsparse with TypeScript (accept/reject,
// imports, declarations) and esbuild (accept/reject) on every fixture file.
func TestFixturesAgreeWithPeers(t *testing.T) {
	rels := fixtureFiles(t)
	abs := make([]string, len(rels))
	for i, r := range rels {
		a, err := filepath.Abs(filepath.Join("..", filepath.FromSlash(r)))
		if err != nil {
			t.Fatal(err)
		}
		abs[i] = a
	}
	peer := typeScriptFacts(t, abs)
	var stats agreementStats
	var found []disagreement
	compared := map[string]bool{}
	for i, rel := range rels {
		compared[rel] = true
		found = append(found, compareFile(t, rel, abs[i], peer[abs[i]], &stats)...)
	}
	t.Logf("%d fixture files: %d accepted, %d rejected by tsparse; %d disagreements", stats.files, stats.accepted, stats.rejected, len(found))
	checkDisagreements(t, compared, found)
}

// expectedError is one line of testdata/syntax/invalid/expected.txt.
type expectedError struct {
	line, col int
	fragment  string
}

func readExpectedErrors(t *testing.T, path string) map[string]expectedError {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	out := map[string]expectedError{}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		parts := strings.Split(text, "\t")
		var e expectedError
		if len(parts) != 3 {
			t.Fatalf("%s: bad line %q (want file<TAB>line:col<TAB>fragment)", path, text)
		}
		if _, err := fmt.Sscanf(parts[1], "%d:%d", &e.line, &e.col); err != nil {
			t.Fatalf("%s: bad position in %q", path, text)
		}
		e.fragment = parts[2]
		out[parts[0]] = e
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestInvalidFixturesReportTheExpectedError checks the position and message of
// the first error of every invalid fixture, and that esbuild rejects it too.
func TestInvalidFixturesReportTheExpectedError(t *testing.T) {
	dir := filepath.Join("..", "testdata", "syntax", "invalid")
	expected := readExpectedErrors(t, filepath.Join(dir, "expected.txt"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, e := range entries {
		if !isSourceFile(e.Name()) {
			continue
		}
		seen++
		want, ok := expected[e.Name()]
		if !ok {
			t.Errorf("%s has no line in expected.txt", e.Name())
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			path := filepath.Join(dir, e.Name())
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if EsbuildCheck(path, src) == nil {
				t.Errorf("esbuild accepts %s, which is meant to be invalid", e.Name())
			}
			_, perr := parseNoPanic(path, src)
			if perr == nil {
				t.Fatalf("tsparse accepted it; want an error at %d:%d", want.line, want.col)
			}
			var se *SyntaxError
			if !errors.As(perr, &se) {
				t.Fatalf("Parse returned %T, want *SyntaxError", perr)
			}
			line, col := NewLineTable(src).Position(se.Pos)
			if line != want.line || col != want.col {
				t.Errorf("error at %d:%d (%s), want %d:%d", line, col, se.Message, want.line, want.col)
			}
			if !strings.Contains(se.Message, want.fragment) {
				t.Errorf("message %q does not mention %q", se.Message, want.fragment)
			}
		})
	}
	if seen != len(expected) {
		t.Errorf("expected.txt lists %d files, the directory holds %d", len(expected), seen)
	}
}
