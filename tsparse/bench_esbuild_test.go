package tsparse

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// Side-by-side speed of tsparse and esbuild over the npm corpus
// (internal/corpus), single-threaded (GOMAXPROCS=1 for the timed loop):
//
//	go test -run '^$' -bench Corpus -benchtime 3x ./tsparse/
//
// One op is the whole corpus; MB/s, ns/file and allocs/file make runs comparable.

type benchFile struct {
	path string
	src  []byte
}

func loadCorpus(b *testing.B) ([]benchFile, int64) {
	b.Helper()
	var files []benchFile
	var total int64
	for _, p := range corpus.Files(b) {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, benchFile{p, src})
		total += int64(len(src))
	}
	return files, total
}

// runCorpusBench times parse over every file, one goroutine, and reports
// per-file time and allocations besides the usual per-op numbers.
func runCorpusBench(b *testing.B, parse func(benchFile) bool) {
	files, total := loadCorpus(b)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.SetBytes(total)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	failed := 0
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if !parse(f) {
				failed++
			}
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	perFile := float64(b.N * len(files))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/perFile, "ns/file")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/perFile, "allocs/file")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/perFile, "B/file")
	if failed > 0 {
		b.Logf("%d of %d parses failed", failed/b.N, len(files))
	}
}

func BenchmarkCorpusTsparse(b *testing.B) {
	runCorpusBench(b, func(f benchFile) bool {
		_, err := Parse(f.path, f.src)
		return err == nil
	})
}

// BenchmarkCorpusEsbuildTransform is esbuild's parse plus its printer (the
// public API has no parse-only call), TypeScript types stripped.
func BenchmarkCorpusEsbuildTransform(b *testing.B) {
	runCorpusBench(b, func(f benchFile) bool {
		res := api.Transform(string(f.src), api.TransformOptions{
			Loader:     esbuildLoader(f.path),
			Sourcefile: f.path,
			LogLevel:   api.LogLevelSilent,
		})
		return len(res.Errors) == 0
	})
}

// BenchmarkCorpusEsbuildBuild is esbuild's scan phase as a bundler runs it:
// every corpus file an entry point, every import external (nothing beyond the
// entry points is read), no minification, output kept in memory.
func BenchmarkCorpusEsbuildBuild(b *testing.B) {
	files, total := loadCorpus(b)
	entries := make([]string, len(files))
	for i, f := range files {
		entries[i] = f.path
	}
	nm := testpeer.NodeModules(b)
	external := api.Plugin{Name: "external", Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
			if args.Kind == api.ResolveEntryPoint {
				return api.OnResolveResult{}, nil
			}
			return api.OnResolveResult{Path: args.Path, External: true}, nil
		})
	}}
	loaders := map[string]api.Loader{".js": api.LoaderJSX, ".mjs": api.LoaderJSX, ".cjs": api.LoaderJSX, ".jsx": api.LoaderJSX,
		".ts": api.LoaderTS, ".mts": api.LoaderTS, ".cts": api.LoaderTS, ".tsx": api.LoaderTSX}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.SetBytes(total)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res := api.Build(api.BuildOptions{
			EntryPoints: entries,
			Bundle:      true,
			Write:       false,
			Outdir:      filepath.Join(b.TempDir(), "out"),
			Outbase:     nm,
			LogLevel:    api.LogLevelSilent,
			Loader:      loaders,
			Plugins:     []api.Plugin{external},
		})
		if i == 0 && len(res.Errors) > 0 {
			b.Logf("esbuild reported %d errors, first: %s", len(res.Errors), formatEsbuildMessage(res.Errors[0]))
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	perFile := float64(b.N * len(files))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/perFile, "ns/file")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/perFile, "allocs/file")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/perFile, "B/file")
}
