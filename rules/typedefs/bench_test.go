package typedefs

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/fsdlint/fsdlint/fix"
)

// corpusCopy copies the corpus' TypeScript files into a temporary folder
// (one subfolder per file, names kept for the dialect).
func corpusCopy(b *testing.B) []string {
	b.Helper()
	dir := b.TempDir()
	var out []string
	for i, path := range tsCorpus(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		dst := filepath.Join(dir, strconv.Itoa(i), filepath.Base(path))
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if err := os.WriteFile(dst, src, 0o644); err != nil {
			b.Fatal(err)
		}
		out = append(out, filepath.ToSlash(dst))
	}
	return out
}

// BenchmarkCorpusCheck: read, parse and run the rule over the corpus copy.
func BenchmarkCorpusCheck(b *testing.B) {
	files := corpusCopy(b)
	opts := Options{Prefer: preferType}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			lintSource(path, src, opts)
		}
	}
}

// BenchmarkCorpusFix: the same, then fix every file (passes with re-lint,
// tsparse + esbuild verification) and write the changed ones atomically.
// Each iteration starts again from the original text.
func BenchmarkCorpusFix(b *testing.B) {
	files := corpusCopy(b)
	originals := make([][]byte, len(files))
	for i, path := range files {
		originals[i], _ = os.ReadFile(path)
	}
	opts := Options{Prefer: preferType}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		b.StopTimer()
		for i, path := range files {
			os.WriteFile(path, originals[i], 0o644)
		}
		b.StartTimer()
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			findings, err := lintSource(path, src, opts)
			if err != nil {
				continue
			}
			res := fix.File(path, src, findings, relinter(b, path, opts), fix.Options{})
			if res.Changed() {
				if err := fix.WriteFile(path, res.Fixed); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
