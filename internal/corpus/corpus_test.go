package corpus

import (
	"os"
	"sort"
	"testing"
)

// The issue asks for at least 2,000 files and 20 MB of real code.
func TestCorpusIsLargeEnough(t *testing.T) {
	files := Files(t)
	var total int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		total += fi.Size()
	}
	t.Logf("corpus: %d files, %d bytes", len(files), total)
	if len(files) < 2000 {
		t.Errorf("corpus has %d files, want at least 2000", len(files))
	}
	if total < 20<<20 {
		t.Errorf("corpus has %d bytes, want at least 20 MiB", total)
	}
}

func TestCorpusOrderIsDeterministic(t *testing.T) {
	files := Files(t)
	if !sort.StringsAreSorted(files) {
		t.Fatal("corpus files are not sorted")
	}
	for i := 1; i < len(files); i++ {
		if files[i] == files[i-1] {
			t.Fatalf("%s listed twice", files[i])
		}
	}
}

func TestFilesInFailsWithoutPackages(t *testing.T) {
	if _, err := FilesIn(t.TempDir()); err == nil {
		t.Fatal("FilesIn on an empty directory succeeded")
	}
}
