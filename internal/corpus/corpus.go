// Package corpus lists the real-code corpus of tsparse's differential tests and
// benchmarks: TypeScript, TSX, declaration and JavaScript files that npm packages
// pinned in testtools/package.json ship, installed by scripts/test.sh.
package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// source is one directory of an installed package and the file name suffixes
// taken from it (recursively).
type source struct {
	dir      string // relative to node_modules, with /
	suffixes []string
}

var tsSources = []string{".ts", ".tsx", ".mts", ".cts"}

// sources are chosen for variety: the compiler's own lib declarations, hand-written
// @types, library sources in TS and TSX, generated .d.ts/.d.cts/.d.mts, and
// compiled ES modules in .js/.cjs/.mjs.
var sources = []source{
	{"typescript/lib", []string{".d.ts"}},
	{"@types", []string{".d.ts"}},
	{"rxjs/src", tsSources},
	{"rxjs/dist/types", []string{".d.ts"}},
	{"rxjs/dist/esm", []string{".js"}},
	{"effect/src", tsSources},
	{"effect/dist/dts", []string{".d.ts"}},
	{"@tanstack/query-core/src", tsSources},
	{"@tanstack/query-core/build/modern", []string{".d.cts", ".cjs"}},
	{"@tanstack/react-query/src", tsSources},
	{"@tanstack/react-router/src", tsSources},
	{"@tanstack/router-core/src", tsSources},
	{"@reduxjs/toolkit/src", tsSources},
	{"@reduxjs/toolkit/dist", []string{".d.mts", ".mjs"}},
	{"zod/src", tsSources},
}

// Dirs returns the corpus directories (relative to node_modules), for messages.
func Dirs() []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = s.dir
	}
	return out
}

// Files returns every corpus file as an absolute path, sorted, or skips the
// test (fails it when CI=true) when the peers are not installed.
func Files(t testing.TB) []string {
	t.Helper()
	nm := testpeer.NodeModules(t)
	files, err := FilesIn(nm)
	if err != nil {
		t.Fatalf("corpus: %v (run scripts/test.sh to install the peers)", err)
	}
	return files
}

// FilesIn lists the corpus below a node_modules directory: absolute paths in
// byte order of their path relative to nodeModules. A missing package is an error.
func FilesIn(nodeModules string) ([]string, error) {
	root, err := filepath.Abs(nodeModules)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, s := range sources {
		dir := filepath.Join(root, filepath.FromSlash(s.dir))
		if _, err := os.Stat(dir); err != nil {
			return nil, err
		}
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && hasSuffix(d.Name(), s.suffixes) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

// hasSuffix picks a name by its suffixes; ".ts" alone also matches ".d.ts",
// which is intended: sources may hold hand-written declaration files.
func hasSuffix(name string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}
