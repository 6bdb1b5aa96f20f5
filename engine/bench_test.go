package engine

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
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

// BenchmarkCheckFSD runs only the fsd/* rules over a generated 2,500-file tree
// (issue 6's benchmark size), at all cores: the pipeline cost (discovery,
// reading, parsing, the model and graph) dominates here, not the rules.
//
//	go test ./engine -run '^$' -bench CheckFSD -benchmem -cpuprofile /tmp/fsd.prof
func BenchmarkCheckFSD(b *testing.B) {
	root := filepath.Join(b.TempDir(), "tree")
	if _, err := gen.Generate(root, gen.Options{Files: 2500, Seed: 1, ViolationRate: 0.05}); err != nil {
		b.Fatal(err)
	}
	var rs []*rules.Rule
	for _, r := range all.Rules() {
		if strings.HasPrefix(r.Name, "fsd/") {
			rs = append(rs, r)
		}
	}
	for b.Loop() {
		if _, err := Run(Options{Targets: []Target{{Path: root, Config: config.Default(root, rs)}}, Rules: rs, Cwd: root}); err != nil {
			b.Fatal(err)
		}
	}
}
