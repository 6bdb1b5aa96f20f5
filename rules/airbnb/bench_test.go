package airbnb

import (
	"os"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// BenchmarkAirbnbFileRules runs every per-file rule of the package over the
// npm corpus's .ts/.tsx sources (parsing excluded): one op is the whole corpus.
func BenchmarkAirbnbFileRules(b *testing.B) {
	var parsed []*tsparse.File
	for _, path := range corpus.Files(b) {
		if !(strings.HasSuffix(path, ".ts") || strings.HasSuffix(path, ".tsx")) || strings.HasSuffix(path, ".d.ts") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if f, err := tsparse.Parse(path, src); err == nil {
			parsed = append(parsed, f)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for _, f := range parsed {
			for _, r := range Rules {
				if r.File == nil {
					continue
				}
				r.File(&rules.FileContext{Path: f.Path, File: f, Options: r.Options.Default(), Report: func(rules.Finding) { n++ }})
			}
		}
	}
	b.ReportMetric(float64(len(parsed)), "files")
}
