package tsparse

import (
	"os"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
)

// BenchmarkScopesCorpus times the scope pass alone over the parsed npm
// corpus; compare with the parse benchmarks of the same files.
func BenchmarkScopesCorpus(b *testing.B) {
	var files []*File
	var size int64
	for _, path := range corpus.Files(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		f, err := Parse(path, src)
		if err != nil {
			continue
		}
		files = append(files, f)
		size += int64(len(src))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			BuildScopes(f)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(files)), "ns/file")
}
