package engine

import (
	"path/filepath"
	"testing"
)

// TestFileLinterAgreesWithRun: re-linting a new text in memory reports what a
// run over that text (through the overlay) reports, suppressions included,
// and reads nothing from the disk for the file.
func TestFileLinterAgreesWithRun(t *testing.T) {
	root := writeTree(t, map[string]string{"src/a.ts": "a === b\n", "src/b.ts": "e == f\n"})
	abs := filepath.ToSlash(root) + "/src/a.ts"
	text := []byte("x == y // eslint-disable-line eqeqeq\n\nc == d\n")
	var opts Options
	res := check(t, root, "", func(o *Options) {
		opts = *o
		o.Overlay = map[string][]byte{abs: text}
		o.Focus = map[string]bool{abs: true}
	})
	linter, err := NewFileLinter(opts)
	if err != nil {
		t.Fatal(err)
	}
	findings, err := linter.Lint(abs, text)
	if err != nil {
		t.Fatal(err)
	}
	want := "src/a.ts:3:3 error eqeqeq: Expected '===' and instead saw '=='\n"
	if got := lines(&Result{Findings: findings}); got != want || lines(res) != want {
		t.Fatalf("Lint:\n%s\nRun:\n%s\nwant:\n%s", got, lines(res), want)
	}
	if _, err := linter.Lint(abs, []byte("SYNTAX!\n")); err == nil {
		t.Fatal("Lint accepted a text the parser rejects")
	}
}
