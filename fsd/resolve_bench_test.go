package fsd

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/gen"
	"github.com/fsdlint/fsdlint/tsparse"
)

type benchFile struct {
	path string
	src  []byte
}

func readBenchFiles(b *testing.B, paths []string) []benchFile {
	b.Helper()
	out := make([]benchFile, 0, len(paths))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchFile{filepath.ToSlash(p), src})
	}
	return out
}

// listTree reads every folder below root the way the engine's discovery does,
// into listings (slash path -> entries), for ResolverOptions.Listings.
func listTree(listings map[string][]fs.DirEntry, root string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	listings[filepath.ToSlash(root)] = entries
	for _, e := range entries {
		if e.IsDir() {
			listTree(listings, filepath.Join(root, e.Name()))
		}
	}
}

// benchResolveVsParse parses every file (tsparse.Parse + ExtractFacts, from
// memory) and resolves every import of every file with a fresh resolver, both
// on one goroutine, and reports both times and the ratio the design budget is
// about (resolution < 20% of parse). With listed (the root the engine's
// discovery walks), the resolver first gets the folder listings discovery
// read; the walk is reported apart ("walk-ms"): it is paid by discovery anyway.
// Wall times suffer from other load on the machine; the cpu-… ratio compares
// the CPU time of the benchmark's own thread.
func benchResolveVsParse(b *testing.B, files []benchFile, listed string) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var parse, resolve, walk, parseCPU, resolveCPU time.Duration
	imports, reached := 0, 0
	for i := 0; i < b.N; i++ {
		start, cpu := time.Now(), threadCPU()
		facts := make([]*tsparse.Facts, len(files))
		for k, f := range files {
			if pf, err := tsparse.Parse(f.path, f.src); err == nil {
				facts[k] = tsparse.ExtractFacts(pf)
			}
		}
		parse += time.Since(start)
		parseCPU += threadCPU() - cpu

		opts := ResolverOptions{}
		if listed != "" {
			start = time.Now()
			listings := map[string][]fs.DirEntry{}
			listTree(listings, listed)
			walk += time.Since(start)
			opts.Listings = func(dir string) ([]fs.DirEntry, bool) { e, ok := listings[dir]; return e, ok }
		}
		r := NewResolver(opts)
		start, cpu = time.Now(), threadCPU()
		imports, reached = 0, 0
		for k, f := range files {
			if facts[k] == nil {
				continue
			}
			fr := r.ForFile(f.path)
			for _, imp := range facts[k].Imports {
				imports++
				if fr.Resolve(imp.Specifier).Path != "" {
					reached++
				}
			}
		}
		resolve += time.Since(start)
		resolveCPU += threadCPU() - cpu
	}
	n := float64(b.N)
	b.ReportMetric(float64(parse.Microseconds())/n/1000, "parse-ms")
	b.ReportMetric(float64(resolve.Microseconds())/n/1000, "resolve-ms")
	if listed != "" {
		b.ReportMetric(float64(walk.Microseconds())/n/1000, "walk-ms")
	}
	b.ReportMetric(100*float64(resolve)/float64(parse), "resolve/parse-%")
	if parseCPU > 0 {
		b.ReportMetric(100*float64(resolveCPU)/float64(parseCPU), "cpu-resolve/parse-%")
	}
	b.ReportMetric(float64(imports), "imports")
	b.ReportMetric(float64(reached), "to-files")
	b.ReportMetric(float64(len(files)), "files")
}

// The npm corpus is a set of folders inside packages, not one tree that
// discovery would walk: its folders are read by the resolver itself.
func BenchmarkResolveNpmCorpus(b *testing.B) {
	benchResolveVsParse(b, readBenchFiles(b, corpus.Files(b)), "")
}

func BenchmarkResolveGeneratedFSD10k(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 10000, Seed: 7, ViolationRate: 0.02}); err != nil {
		b.Fatal(err)
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && sourceFile.MatchString(p) {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	files := readBenchFiles(b, paths)
	b.Run("cold", func(b *testing.B) { benchResolveVsParse(b, files, "") })
	b.Run("listed", func(b *testing.B) { benchResolveVsParse(b, files, dir) })
}
