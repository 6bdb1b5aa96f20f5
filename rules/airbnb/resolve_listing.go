package airbnb

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// The node resolver asks "is p a file, a folder, or nothing?" five to eight
// times per import (each extension in turn). Answering from one listing per
// folder, read once (or handed over by the engine, whose discovery has
// listed every linted folder already), costs no system call per question.

// folderListing is one folder's entries as the disk showed them.
type folderListing struct {
	entries []fs.DirEntry
	byName  map[string]fs.DirEntry // for large folders; small ones are scanned
	unread  bool                   // the folder could not be listed: stat each path

	// What the resolver learns about the folder, kept with its listing so
	// that one lookup finds both.
	packageDir  atomic.Pointer[string]   // nearest folder at or above with a package.json, "" for none
	modulesDirs atomic.Pointer[[]string] // nodeModulesAbove
}

// largeFolder is the entry count from which a name index beats a scan.
const largeFolder = 12

func newFolderListing(entries []fs.DirEntry) *folderListing {
	l := &folderListing{entries: entries}
	if len(entries) >= largeFolder {
		l.byName = make(map[string]fs.DirEntry, len(entries))
		for _, e := range entries {
			l.byName[e.Name()] = e
		}
	}
	return l
}

func (l *folderListing) entry(name string) fs.DirEntry {
	if l.byName != nil {
		return l.byName[name]
	}
	for _, e := range l.entries {
		if e.Name() == name {
			return e
		}
	}
	return nil
}

var (
	folderListings sync.Map // folder -> *folderListing
	statCache      sync.Map // path -> byte, for symlinks and unlistable folders
)

var (
	cacheMu  sync.Mutex
	cacheRun atomic.Uint64 // the engine run the disk caches describe
)

// forgetOtherRuns empties the caches that mirror the disk (listings, stats,
// resolutions, package.json files) when a new engine run starts: in watch
// mode or after --fix wrote files, the disk is not what the last run saw.
// Run 0 (a rule called outside the engine) keeps them.
func forgetOtherRuns(run uint64) {
	if run == 0 || cacheRun.Load() == run {
		return
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if cacheRun.Load() != run {
		for _, m := range []*sync.Map{&folderListings, &statCache, &resolveCache, &packageCache} {
			m.Clear()
		}
		cacheRun.Store(run)
	}
}

// diskListings is what the engine read during discovery: complete disk
// listings by absolute slash folder (rules.FileContext.Listings); may be nil.
type diskListings = map[string][]fs.DirEntry

// listingOf lists dir once per process: from the engine's listings when it
// has the folder, else from the disk.
func listingOf(dir string, known diskListings) *folderListing {
	if v, ok := folderListings.Load(dir); ok {
		return v.(*folderListing)
	}
	var l *folderListing
	if entries, ok := known[dir]; ok {
		l = newFolderListing(entries)
	} else if entries, err := os.ReadDir(filepath.FromSlash(dir)); err == nil {
		l = newFolderListing(entries)
	} else if errors.Is(err, fs.ErrNotExist) {
		l = &folderListing{} // nothing exists below a missing folder
	} else {
		l = &folderListing{unread: true}
	}
	v, _ := folderListings.LoadOrStore(dir, l)
	return v.(*folderListing)
}

// statKind is 1 for a file, 2 for a folder, 0 when p does not exist, as
// os.Stat (following symlinks) says.
func statKind(p string, known diskListings) byte {
	dir, name, ok := splitCleanPath(p)
	if !ok {
		return statKindSlow(p)
	}
	l := listingOf(dir, known)
	if l.unread {
		return statKindSlow(p)
	}
	e := l.entry(name)
	switch {
	case e == nil:
		return 0
	case e.Type()&fs.ModeSymlink != 0:
		return statKindSlow(p)
	case e.IsDir():
		return 2
	}
	return 1
}

// splitCleanPath splits an absolute clean path into folder and name; ok is
// false for paths a listing cannot answer ("/", "a/b/", relative paths).
func splitCleanPath(p string) (dir, name string, ok bool) {
	if len(p) < 2 || !isCleanAbs(p) {
		return "", "", false
	}
	i := strings.LastIndexByte(p, '/')
	dir, name = p[:i], p[i+1:]
	if dir == "" {
		dir = "/"
	}
	return dir, name, true
}

// isCleanAbs is p == path.Clean(p) for an absolute p: no empty, "." or
// ".." element and no trailing slash (except p == "/").
func isCleanAbs(p string) bool {
	if p == "" || p[0] != '/' {
		return false
	}
	if p == "/" {
		return true
	}
	start := 1
	for i := 1; i <= len(p); i++ {
		if i < len(p) && p[i] != '/' {
			continue
		}
		if elem := p[start:i]; elem == "" || elem == "." || elem == ".." {
			return false
		}
		start = i + 1
	}
	return true
}

func statKindSlow(p string) byte {
	if v, ok := statCache.Load(p); ok {
		return v.(byte)
	}
	var k byte
	if fi, err := os.Stat(filepath.FromSlash(p)); err == nil {
		if fi.IsDir() {
			k = 2
		} else {
			k = 1
		}
	}
	statCache.Store(p, k)
	return k
}

// listedExtension answers loadAsFile's extension loop from one listing: the
// first of nodeExtensions with which p names a file, "" when none; ok is
// false when the listing cannot answer. It builds no candidate path.
func (r nodeResolver) listedExtension(p string) (ext string, ok bool) {
	dir, name, ok := splitCandidate(p)
	if !ok {
		return "", false
	}
	l := listingOf(dir, r.known)
	if l.unread {
		return "", false
	}
	var buf [128]byte
	for _, ext := range nodeExtensions {
		e := l.entryBytes(append(append(buf[:0], name...), ext...))
		switch {
		case e == nil:
		case e.Type()&fs.ModeSymlink != 0:
			if statKindSlow(p+ext) == 1 {
				return ext, true
			}
		case !e.IsDir():
			return ext, true
		}
	}
	return "", true
}

// splitCandidate is splitCleanPath that also takes a clean folder with a
// trailing slash ("/a/b/" + ".js" names "/a/b/.js").
func splitCandidate(p string) (dir, name string, ok bool) {
	if d, found := strings.CutSuffix(p, "/"); found {
		if len(d) < 2 || !isCleanAbs(d) {
			return "", "", false
		}
		return d, "", true
	}
	return splitCleanPath(p)
}

func (l *folderListing) entryBytes(name []byte) fs.DirEntry {
	if l.byName != nil {
		return l.byName[string(name)]
	}
	for _, e := range l.entries {
		if e.Name() == string(name) {
			return e
		}
	}
	return nil
}
