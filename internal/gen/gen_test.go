package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestSameSeedSameTree(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	opts := Options{Files: 300, Seed: 7, ViolationRate: 0.2}
	if _, err := Generate(a, opts); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(b, opts); err != nil {
		t.Fatal(err)
	}
	ta, tb := readTree(t, a), readTree(t, b)
	if len(ta) != len(tb) {
		t.Fatalf("%d files vs %d", len(ta), len(tb))
	}
	for name, data := range ta {
		if !bytes.Equal(data, tb[name]) {
			t.Fatalf("%s differs between two runs with the same seed", name)
		}
	}
}

func TestSizeAndLayout(t *testing.T) {
	dir := t.TempDir()
	stats, err := Generate(dir, Options{Files: 1000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Files < 900 || stats.Files > 1100 {
		t.Fatalf("asked for about 1000 source files, got %d", stats.Files)
	}
	if len(stats.Violations) != 0 {
		t.Fatalf("violation rate 0 produced violations: %v", stats.Violations)
	}
	// Real FSD apps average about 4 imports and 1.5-2.5 KB per source file.
	if perFile := float64(stats.Imports) / float64(stats.Files); perFile < 3.5 || perFile > 5 {
		t.Errorf("%.2f imports per file, want about 4", perFile)
	}
	if size := stats.Bytes / stats.Files; size < 1400 || size > 2500 {
		t.Errorf("%d bytes per file, want 1.5-2.5 KB", size)
	}
	tree := readTree(t, dir)
	for _, layer := range []string{"app", "pages", "widgets", "features", "entities", "shared"} {
		found := false
		for name := range tree {
			if strings.HasPrefix(name, "src/"+layer+"/") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no file on layer %s", layer)
		}
	}
	for name, data := range tree {
		if strings.HasSuffix(name, "model/types.ts") && bytes.Contains(data, []byte("interface ")) {
			t.Errorf("%s has an interface although the violation rate is 0", name)
		}
	}
}

func TestViolationsAreWritten(t *testing.T) {
	dir := t.TempDir()
	stats, err := Generate(dir, Options{Files: 600, Seed: 3, ViolationRate: 1})
	if err != nil {
		t.Fatal(err)
	}
	interfaces := 0
	for name, data := range readTree(t, dir) {
		if strings.HasSuffix(name, "model/types.ts") && bytes.Contains(data, []byte("export interface ")) {
			interfaces++
		}
	}
	if interfaces == 0 || interfaces != stats.Violations["interface"] {
		t.Fatalf("stats say %d interfaces, the tree has %d", stats.Violations["interface"], interfaces)
	}
	for _, family := range []string{"cross-slice import", "higher-layer import", "public-API sidestep", "interface", "loose equality", "unused variable"} {
		if stats.Violations[family] == 0 {
			t.Errorf("rate 1 wrote no %s", family)
		}
	}
}
