//go:build !linux

package engine

import (
	"io/fs"
	"os"
	"path/filepath"
)

// openDir is os.ReadDir where the Linux fast path does not apply; there is no
// descriptor to read files relative to (fd -1: readIn is not called).
func openDir(dir string, _ bool) (int, []fs.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	return -1, entries, err
}

var readIn = func(dirfd int, name, path string, _ bool) ([]byte, error) { return readFile(filepath.FromSlash(path)) }

func closeFD(int) {}
