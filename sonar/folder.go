package sonar

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// publicAPINames are tried in this order when a folder-level finding needs a file.
var publicAPINames = []string{"index.ts", "index.tsx", "index.js", "index.jsx", "index.mts", "index.cts"}

var sourceExts = []string{".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"}

// FolderAnchor picks the file that carries a folder-level finding, since
// SonarQube (and code scanning) only attach issues to files: the folder's
// public API file when it has one, else its first source file in sorted walk
// order, else its first file. folder is relative to cwd (or absolute); the
// result is in the same form. A path that is a file is its own anchor; a
// folder with no file at all is returned unchanged.
func FolderAnchor(cwd, folder string) string {
	abs := folder
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(cwd, filepath.FromSlash(folder))
	}
	info, err := os.Stat(abs)
	if err != nil || !info.IsDir() {
		return folder
	}
	for _, name := range publicAPINames {
		if st, err := os.Stat(filepath.Join(abs, name)); err == nil && st.Mode().IsRegular() {
			return path.Join(folder, name)
		}
	}
	var first, firstSource string
	// WalkDir visits entries in lexical order, so "first" is the sorted first.
	_ = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.IsDir() && p != abs && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(abs, p)
		rel = filepath.ToSlash(rel)
		if first == "" {
			first = rel
		}
		if slices.Contains(sourceExts, path.Ext(p)) {
			firstSource = rel
			return filepath.SkipAll
		}
		return nil
	})
	switch {
	case firstSource != "":
		return path.Join(folder, firstSource)
	case first != "":
		return path.Join(folder, first)
	}
	return folder
}
