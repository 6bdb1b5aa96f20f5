package fsd

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
)

// FS is the file-system view the resolver reads: the real disk by default, or
// one the engine gives (staged content for --staged, an in-memory tree in tests).
// Paths are absolute and slash-separated.
type FS interface {
	Stat(path string) (fs.FileInfo, error)
	ReadFile(path string) ([]byte, error)
	ReadDir(path string) ([]fs.DirEntry, error)
}

// OSFS reads the real file system.
type OSFS struct{}

func (OSFS) Stat(p string) (fs.FileInfo, error)      { return os.Stat(filepath.FromSlash(p)) }
func (OSFS) ReadFile(p string) ([]byte, error)       { return os.ReadFile(filepath.FromSlash(p)) }
func (OSFS) ReadDir(p string) ([]fs.DirEntry, error) { return os.ReadDir(filepath.FromSlash(p)) }

// entryKind is what a name in a directory is.
type entryKind uint8

const (
	kindNone entryKind = iota
	kindFile
	kindDir
)

// dirCache answers "is there a file/folder here" from one ReadDir per folder
// instead of a stat per probe: extension probing asks many questions per import.
type dirCache struct {
	fs    FS
	known func(dir string) ([]fs.DirEntry, bool) // listings read before (ResolverOptions.Listings)
	lists *cache[string, *dirInfo]
}

// dirInfo is one folder: its names, and the nearest tsconfig at or above it
// once asked (kept here to spare a second lookup per file).
type dirInfo struct {
	names   map[string]entryKind // nil: no such folder
	nearest atomic.Pointer[nearestConfig]
}

type nearestConfig struct{ cfg *TSConfig }

func (c *dirCache) list(dir string) map[string]entryKind { return c.info(dir).names }

func (c *dirCache) info(dir string) *dirInfo {
	if v, ok := c.lists.load(dir); ok {
		return v
	}
	if c.known != nil {
		if entries, ok := c.known(dir); ok {
			return c.store(dir, entries, true)
		}
	}
	entries, err := c.fs.ReadDir(dir)
	if err != nil {
		entries = nil
	}
	return c.store(dir, entries, err == nil)
}

// store records a folder's listing (exists=false: no such folder).
func (c *dirCache) store(dir string, entries []fs.DirEntry, exists bool) *dirInfo {
	info := &dirInfo{}
	if exists {
		m := make(map[string]entryKind, len(entries))
		for _, e := range entries {
			switch {
			case e.Type()&fs.ModeSymlink != 0:
				// Follow links: a linked folder is a folder.
				if fi, err := c.fs.Stat(joinPath(dir, e.Name())); err == nil {
					if fi.IsDir() {
						m[e.Name()] = kindDir
					} else {
						m[e.Name()] = kindFile
					}
				}
			case e.IsDir():
				m[e.Name()] = kindDir
			default:
				m[e.Name()] = kindFile
			}
		}
		info.names = m
	}
	return c.lists.loadOrStore(dir, info)
}

func (c *dirCache) kind(p string) entryKind {
	dir, name := splitPath(p)
	if name == "" {
		return kindNone
	}
	return c.list(dir)[name]
}

func (c *dirCache) isFile(p string) bool { return c.kind(p) == kindFile }
func (c *dirCache) isDir(p string) bool {
	if p == "/" {
		return true
	}
	return c.kind(p) == kindDir
}
