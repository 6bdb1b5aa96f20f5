//go:build unix

package airbnb

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// BenchmarkImportRulesTree runs the resolving import rules over a tree
// (FSDLINT_IMPORT_BENCH_TREE, e.g. a generated app10000) with cold caches,
// as one engine run does: one op is the whole tree. cpu-ns/op is user+sys.
func BenchmarkImportRulesTree(b *testing.B) {
	root := os.Getenv("FSDLINT_IMPORT_BENCH_TREE")
	if root == "" {
		b.Skip("FSDLINT_IMPORT_BENCH_TREE not set")
	}
	listings := map[string][]fs.DirEntry{}
	var files []*tsparse.File
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			entries, err := os.ReadDir(p)
			listings[filepath.ToSlash(p)] = entries
			return err
		}
		if strings.HasSuffix(p, ".ts") || strings.HasSuffix(p, ".tsx") {
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if f, err := tsparse.Parse(filepath.ToSlash(p), src); err == nil {
				files = append(files, f)
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	ruleSet := []*rules.Rule{importExtensions, importNoExtraneousDependencies, importNoUselessPathSegments, importNoDuplicates}
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		forgetResolutions()
		n := 0
		for _, parsed := range files {
			// A fresh File per run: the per-file memo (importsOf) starts empty.
			f := &tsparse.File{Path: parsed.Path, Src: parsed.Src, Comments: parsed.Comments, Body: parsed.Body, Hashbang: parsed.Hashbang}
			for _, r := range ruleSet {
				r.File(&rules.FileContext{Path: f.Path, File: f, Options: r.Options.Default(), Listings: listings,
					Report: func(rules.Finding) { n++ }})
			}
		}
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(len(files)), "files")
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// forgetResolutions empties the process-wide resolver caches.
func forgetResolutions() {
	for _, m := range []*sync.Map{&resolveCache, &folderListings, &statCache, &packageCache, &globLists} {
		m.Clear()
	}
}
