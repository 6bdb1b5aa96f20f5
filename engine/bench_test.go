package engine

import (
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/internal/gen"
	"github.com/fsdlint/fsdlint/rules/all"
)

// BenchmarkCheck runs a whole check (every rule, the real parser) over a
// generated 2,000-file FSD tree, at one worker and at all cores:
//
//	go test ./engine -run '^$' -bench Check -benchmem
func BenchmarkCheck(b *testing.B) {
	root := filepath.Join(b.TempDir(), "tree")
	stats, err := gen.Generate(root, gen.Options{Files: 2000, Seed: 1, ViolationRate: 0.05})
	if err != nil {
		b.Fatal(err)
	}
	rs := all.Rules()
	for _, jobs := range []int{1, 0} {
		name := "j=1"
		if jobs == 0 {
			name = "j=all"
		}
		b.Run(name, func(b *testing.B) {
			var findings int
			for b.Loop() {
				res, err := Run(Options{Targets: []Target{{Path: root, Config: config.Default(root, rs)}}, Rules: rs, Jobs: jobs, Cwd: root})
				if err != nil {
					b.Fatal(err)
				}
				findings = len(res.Findings)
			}
			b.ReportMetric(float64(stats.Files), "files/op")
			b.ReportMetric(float64(findings), "findings/op")
		})
	}
}
