package tsparse

import (
	"os"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
)

type parseBenchFile struct {
	path string
	src  []byte
}

func loadParseCorpus(b *testing.B) ([]parseBenchFile, int64) {
	var files []parseBenchFile
	var total int64
	for _, path := range corpus.Files(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, parseBenchFile{path, src})
		total += int64(len(src))
	}
	return files, total
}

// BenchmarkParseCorpus parses every corpus file once per iteration,
// single-threaded; MB/s comes from SetBytes, allocations per op cover the
// whole corpus (divide by the file count for a per-file figure).
func BenchmarkParseCorpus(b *testing.B) {
	files, total := loadParseCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if _, err := Parse(f.path, f.src); err != nil {
				b.Fatalf("%s: %v", f.path, err)
			}
		}
	}
	b.ReportMetric(float64(len(files)), "files/op")
}

// BenchmarkParseAndExtractCorpus adds facts extraction (pass 1's per-file work).
func BenchmarkParseAndExtractCorpus(b *testing.B) {
	files, total := loadParseCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			file, err := Parse(f.path, f.src)
			if err != nil {
				b.Fatalf("%s: %v", f.path, err)
			}
			ExtractFacts(file)
		}
	}
}
