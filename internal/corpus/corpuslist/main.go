// Command corpuslist prints the real-code corpus (internal/corpus) as paths
// relative to a node_modules folder, one per line; scripts/bench.sh copies
// those files into a tree to time fsdlint and its peers on real code.
//
//	go run ./internal/corpus/corpuslist testtools/node_modules
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/fsdlint/fsdlint/internal/corpus"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: corpuslist NODE_MODULES")
		os.Exit(2)
	}
	root, err := filepath.Abs(os.Args[1])
	if err == nil {
		var files []string
		if files, err = corpus.FilesIn(root); err == nil {
			for _, f := range files {
				rel, _ := filepath.Rel(root, f)
				fmt.Println(filepath.ToSlash(rel))
			}
			return
		}
	}
	fmt.Fprintln(os.Stderr, "corpuslist:", err)
	os.Exit(1)
}
