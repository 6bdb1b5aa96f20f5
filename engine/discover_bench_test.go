package engine

import (
	"os"
	"testing"

	"github.com/fsdlint/fsdlint/config"
)

func BenchmarkDiscoverTree(b *testing.B) {
	dir := os.Getenv("FSDLINT_BENCH_TREE")
	if dir == "" {
		b.Skip("FSDLINT_BENCH_TREE not set")
	}
	for b.Loop() {
		if _, _, _, err := discover([]Target{{Path: dir}}, []*config.Resolver{nil}); err != nil {
			b.Fatal(err)
		}
	}
}
