package initcfg

import (
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/fsd"
)

// detectRoots lists the FSD roots fsd's auto-detection finds among the source
// files below dir (relative, slash-separated; "." for dir itself).
func detectRoots(dir string) ([]string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil //nolint:nilerr // an unreadable folder just holds no roots: skip it, the walk goes on
		}
		if d.IsDir() {
			if p != abs && (engine.SkippedDir(d.Name()) || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if engine.IsSource(d.Name()) {
			files = append(files, filepath.ToSlash(p))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	model := fsd.NewModel(fsd.ModelConfig{}, files)
	var roots []string
	base := filepath.ToSlash(abs)
	for _, r := range model.Roots() {
		rel := strings.TrimPrefix(strings.TrimPrefix(r.Path, base), "/")
		if rel == "" {
			rel = "."
		}
		roots = append(roots, rel)
	}
	return roots, nil
}
