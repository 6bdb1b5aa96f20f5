// Command fsdgen writes a deterministic, realistic FSD code base for
// benchmarks: go run ./cmd/fsdgen -files 10000 -out /tmp/app10k
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/fsdlint/fsdlint/internal/gen"
)

func main() {
	files := flag.Int("files", 1000, "approximate number of source files")
	seed := flag.Uint64("seed", 1, "random seed (same seed, same tree)")
	rate := flag.Float64("violations", 0.05, "probability that a file carries a violation of each family")
	out := flag.String("out", "", "output directory (must not exist or be empty)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "fsdgen: -out is required")
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "fsdgen: %s is not empty\n", *out)
		os.Exit(2)
	}
	stats, err := gen.Generate(*out, gen.Options{Files: *files, Seed: *seed, ViolationRate: *rate})
	if err != nil {
		fmt.Fprintf(os.Stderr, "fsdgen: %v\n", err)
		os.Exit(2)
	}
	fmt.Printf("%s: %d source files, %d imports, %d bytes\n", *out, stats.Files, stats.Imports, stats.Bytes)
	families := make([]string, 0, len(stats.Violations))
	for f := range stats.Violations {
		families = append(families, f)
	}
	sort.Strings(families)
	for _, f := range families {
		fmt.Printf("  %-20s %d\n", f, stats.Violations[f])
	}
}
