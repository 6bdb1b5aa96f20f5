package tsparse

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// corpusDirs are the npm packages whose TypeScript sources the parser must accept.
var corpusDirs = []string{
	"typescript/lib", "@types/react", "@types/node", "rxjs/src", "effect/src",
	"@tanstack/query-core/src", "@reduxjs/toolkit/src",
}

// corpusFiles lists every .ts/.tsx/.mts/.cts file of the corpus.
func corpusFiles(tb testing.TB) []string {
	nm := testpeer.NodeModules(tb)
	var files []string
	for _, d := range corpusDirs {
		root := filepath.Join(nm, d)
		filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil //nolint:nilerr // a missing or unreadable corpus folder is skipped, the walk goes on
			}
			if e.IsDir() && e.Name() == "node_modules" && path != root {
				return filepath.SkipDir
			}
			n := e.Name()
			if !e.IsDir() && (strings.HasSuffix(n, ".ts") || strings.HasSuffix(n, ".tsx") || strings.HasSuffix(n, ".mts") || strings.HasSuffix(n, ".cts")) {
				files = append(files, path)
			}
			return nil
		})
	}
	return files
}

// TestParseCorpus parses every file of the brief's package list and of the
// shared npm corpus (internal/corpus); all must be accepted, with every node
// inside its parent and visited in source order.
func TestParseCorpus(t *testing.T) {
	files := corpusFiles(t)
	seen := map[string]bool{}
	for _, f := range files {
		seen[f] = true
	}
	for _, f := range corpus.Files(t) {
		if !seen[f] {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatal("no corpus files found")
	}
	failed := 0
	var bytes int
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		bytes += len(src)
		f, err := Parse(path, src)
		if err == nil {
			checkTreeShape(t, path, f)
		}
		if err != nil {
			failed++
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%s: Parse returned %T, want *SyntaxError", path, err)
			}
			line, col := NewLineTable(src).Position(se.Pos)
			if failed <= 30 {
				t.Errorf("%s:%d:%d: %s", path, line, col, se.Message)
			}
		}
	}
	t.Logf("%d files, %.1f MB, %d failed", len(files), float64(bytes)/1e6, failed)
}

// checkTreeShape reports nodes outside their parent or visited out of source order.
func checkTreeShape(t *testing.T, path string, f *File) {
	t.Helper()
	bad := 0
	last := int32(0)
	for _, s := range f.Body {
		WalkWithParents(s, func(n Node, parents []Node) bool {
			r := n.Span()
			ok := r.Start >= last && r.Start <= r.End && int(r.End) <= len(f.Src)
			if len(parents) > 0 {
				pr := parents[len(parents)-1].Span()
				ok = ok && r.Start >= pr.Start && r.End <= pr.End
			}
			if !ok && bad < 3 {
				bad++
				line, col := f.Lines().Position(r.Start)
				t.Errorf("%s:%d:%d: %T %v out of order or outside its parent", path, line, col, n, r)
			}
			last = r.Start
			return true
		})
	}
}
