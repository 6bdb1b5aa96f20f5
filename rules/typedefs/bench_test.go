package typedefs

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

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
	defer reportCPU(b, nil)()
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
func BenchmarkCorpusFix(b *testing.B) { benchmarkFix(b, true) }

// BenchmarkCorpusFixInMemory is BenchmarkCorpusFix without the writes (the
// file system's share of the time varies most between machines).
func BenchmarkCorpusFixInMemory(b *testing.B) { benchmarkFix(b, false) }

func benchmarkFix(b *testing.B, write bool) {
	files := corpusCopy(b)
	originals := make([][]byte, len(files))
	for i, path := range files {
		originals[i], _ = os.ReadFile(path)
	}
	opts := Options{Prefer: preferType}
	b.ResetTimer()
	var untimed time.Duration // CPU spent restoring the copy, left out of cpu-ms/op
	defer reportCPU(b, &untimed)()
	for n := 0; n < b.N; n++ {
		if write {
			b.StopTimer()
			restoreStart := cpuTime()
			for i, path := range files {
				os.WriteFile(path, originals[i], 0o644)
			}
			untimed += cpuTime() - restoreStart
			b.StartTimer()
		}
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			findings, err := lintSource(path, src, opts)
			if err != nil {
				continue
			}
			res := fix.File(path, src, findings, relinter(path, opts), fix.Options{})
			if write && res.Changed() {
				if err := fix.WriteFile(path, res.Fixed); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// reportCPU adds a cpu-ms/op metric (user+system time of the process): on a
// busy machine wall time says little, CPU time stays comparable.
func reportCPU(b *testing.B, untimed *time.Duration) func() {
	start := cpuTime()
	return func() {
		spent := cpuTime() - start
		if untimed != nil {
			spent -= *untimed
		}
		b.ReportMetric(float64(spent.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
