package engine

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
)

// sourceExtensions are the file name endings fsdlint lints.
var sourceExtensions = []string{".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"}

// skippedDirs are never descended into: dependencies, VCS data, build output.
var skippedDirs = map[string]bool{
	"node_modules": true, ".git": true, ".hg": true, ".svn": true,
	"dist": true, "build": true, "coverage": true, "out": true,
	".next": true, ".nuxt": true, ".output": true, ".svelte-kit": true, ".turbo": true,
	".cache": true, ".parcel-cache": true, ".vercel": true, ".yarn": true, "storybook-static": true,
}

// IsSource says whether a file name is one fsdlint lints.
func IsSource(name string) bool {
	for _, ext := range sourceExtensions {
		if strings.HasSuffix(name, ext) && len(name) > len(ext) {
			return true
		}
	}
	return false
}

// IsDeclaration says whether a file is a declaration file (.d.ts, .d.mts, .d.cts):
// parsed for facts, not style-linted.
func IsDeclaration(name string) bool {
	return strings.HasSuffix(name, ".d.ts") || strings.HasSuffix(name, ".d.mts") || strings.HasSuffix(name, ".d.cts")
}

// Target is one path to check and the config that governs it.
type Target struct {
	Path   string // as the user gave it
	Config *config.Config
}

// UsageError is a problem with what the user asked for (exit code 2).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// sourceFile is one discovered file.
type sourceFile struct {
	path   string // absolute, slash-separated
	target int    // index into the targets
	src    []byte // content read by discovery (nil: pass 1 reads it)
}

type walker struct {
	target   int
	res      *config.Resolver
	rootReal string // the target's real path: links leaving it are not followed
	// endsShort: every file system under the root ends listings and reads
	// short (shortReadsEnd), which saves a system call per folder and file.
	endsShort bool
	dirsSeen  map[string]bool          // real paths of folders walked (symlink loops)
	seen      map[string]bool          // real paths of files found (a file reached twice is linted once)
	listings  map[string][]fs.DirEntry // every folder's complete listing, for the resolver
	files     []sourceFile
	problems  []rules.Finding
}

// discover lists the files of every target, sorted by path, and keeps the
// listing of every folder it read (absolute slash path -> entries).
func discover(targets []Target, resolvers []*config.Resolver) ([]sourceFile, []rules.Finding, map[string][]fs.DirEntry, error) {
	seen := map[string]bool{}
	listings := map[string][]fs.DirEntry{}
	var files []sourceFile
	var problems []rules.Finding
	for i, t := range targets {
		abs, err := filepath.Abs(t.Path)
		if err != nil {
			return nil, nil, nil, err
		}
		st, err := os.Stat(abs)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil, nil, &UsageError{fmt.Sprintf("%s: no such file or directory", t.Path)}
			}
			return nil, nil, nil, &UsageError{fmt.Sprintf("%s: %v", t.Path, err)}
		}
		realPath, err := filepath.EvalSymlinks(abs)
		if err != nil {
			realPath = abs
		}
		w := &walker{target: i, res: resolvers[i], rootReal: realPath, dirsSeen: map[string]bool{}, seen: seen, listings: listings}
		if st.IsDir() {
			w.endsShort = shortReadsEnd(realPath)
		}
		slash := filepath.ToSlash(abs)
		if !st.IsDir() {
			if IsSource(st.Name()) && !resolvers[i].Ignored(slash) && !seen[realPath] {
				seen[realPath] = true
				w.files = append(w.files, sourceFile{path: slash, target: i})
			}
		} else {
			ignores := ancestorIgnores(abs)
			root, wait := w.scanTree(slash, ignores)
			w.walk(slash, realPath, ignores, root)
			wait()
		}
		files = append(files, w.files...)
		problems = append(problems, w.problems...)
	}
	sort.SliceStable(files, func(a, b int) bool { return files[a].path < files[b].path })
	return files, problems, listings, nil
}

// walk visits dir (slash path as the user sees it; realDir is its resolved
// path) in listing order, so that which of two paths to one file is kept, and
// the order of problems, never depend on scheduling. pending is the folder's
// scan by scanTree, which the walk follows while it is still reading the
// folders below (the walk waits for each folder's scan); nil for a folder
// reached through a symlink, which is read here.
func (w *walker) walk(dir, realDir string, ignores ignoreStack, pending *pendingScan) {
	if w.dirsSeen[realDir] {
		return
	}
	w.dirsSeen[realDir] = true
	var sc *dirScan
	if pending == nil {
		sc = w.scanDir(dir, ignores)
	} else {
		<-pending.ready
		sc = pending.scan
	}
	if sc.err != nil {
		w.problem(dir, true, fmt.Sprintf("cannot read folder: %v", unwrapPathError(sc.err)))
		return
	}
	w.listings[dir] = sc.entries
	for _, p := range sc.broken {
		w.problem(p, true, "cannot read file: it is a symlink whose target does not exist")
	}
	for i := range sc.kept {
		we := &sc.kept[i]
		real := we.real
		if real == "" {
			if realDir == dir {
				real = we.path // no symlink above: the path is real (and no join to allocate)
			} else {
				real = filepath.Join(realDir, we.name)
			}
		}
		if we.isDir {
			w.walk(we.path, real, sc.childIgnores, we.scan)
		} else if !w.seen[real] {
			w.seen[real] = true
			w.files = append(w.files, sourceFile{path: we.path, target: w.target, src: we.src})
		}
	}
}

// dirScan is one folder read and sorted out: its listing, and the entries the
// walk keeps (folders to descend into, source files), ignores applied.
type dirScan struct {
	entries      []fs.DirEntry
	err          error
	kept         []walkEntry
	broken       []string    // symlinks with source names whose target does not exist
	childIgnores ignoreStack // the .gitignore files that apply inside the folder
}

// pendingScan is a folder's scan under way (scanTree): scan is set before
// ready is closed.
type pendingScan struct {
	ready chan struct{}
	scan  *dirScan
}

func newPendingScan() *pendingScan { return &pendingScan{ready: make(chan struct{})} }

// walkEntry is a folder entry the walk keeps.
type walkEntry struct {
	name, path string
	real       string // resolved path when reached through a symlink
	isDir      bool
	symlink    bool
	src        []byte       // a source file's content, read with the folder (nil: not read)
	scan       *pendingScan // a folder's scan, under way (scanTree; nil through a symlink)
}

// scanDir reads dir and its .gitignore (only when the listing has one: no
// failed open per folder), sorts out its entries and reads the source files
// it keeps, while the folder is open (a file opened relative to its folder
// costs one path lookup, not one per component; and the reads run on the
// scan's cores, not after it). It touches no walker state but the read-only
// config, so scans run in parallel.
func (w *walker) scanDir(dir string, ignores ignoreStack) *dirScan {
	native := filepath.FromSlash(dir)
	fd, entries, err := openDir(native, w.endsShort)
	if err != nil {
		return &dirScan{err: err}
	}
	sc := w.sortOut(dir, native, entries, ignores)
	if fd >= 0 {
		for i := range sc.kept {
			we := &sc.kept[i]
			if !we.isDir && !we.symlink {
				// A failure is not reported here: pass 1 reads the file again
				// and says what is wrong.
				we.src, _ = readIn(fd, we.name, we.path, w.endsShort)
			}
		}
		closeFD(fd)
	}
	return sc
}

// sortOut keeps the entries the walk needs, ignores applied.
func (w *walker) sortOut(dir, native string, entries []fs.DirEntry, ignores ignoreStack) *dirScan {
	sc := &dirScan{entries: entries, childIgnores: ignores}
	if hasEntry(entries, ".gitignore") {
		if src, err := os.ReadFile(filepath.Join(native, ".gitignore")); err == nil {
			sc.childIgnores = append(ignores[:len(ignores):len(ignores)], parseGitignore(dir, src))
		}
	}
	for _, e := range entries {
		name := e.Name()
		we := walkEntry{name: name, path: dir + "/" + name}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(filepath.FromSlash(we.path))
			if errors.Is(err, fs.ErrNotExist) && IsSource(name) && !sc.childIgnores.ignored(we.path, name, false) &&
				(w.res == nil || !w.res.Ignored(we.path)) {
				sc.broken = append(sc.broken, we.path) // a source file that is not there: say so
				continue
			}
			if err != nil || !within(target, w.rootReal) {
				continue // looping, leaving the root, or a broken link that names no source file
			}
			st, err := os.Stat(target)
			if err != nil {
				continue
			}
			we.real, we.symlink = target, true
			mode = st.Mode().Type()
		}
		we.isDir = mode.IsDir()
		if we.isDir && skippedDirs[name] {
			continue
		}
		if !we.isDir && !(mode.IsRegular() && IsSource(name)) {
			continue
		}
		if sc.childIgnores.ignored(we.path, name, we.isDir) || (w.res != nil && w.res.Ignored(we.path)) {
			continue
		}
		sc.kept = append(sc.kept, we)
	}
	return sc
}

// scanTree scans root and every folder below it that the walk will enter,
// except through symlinks, on all cores, and returns root's scan at once:
// the walk follows the scans as they complete. Listing a folder is a few
// system calls; reading them on two cores halves discovery's wall time.
// wait returns once every scan is done.
func (w *walker) scanTree(root string, ignores ignoreStack) (rootScan *pendingScan, wait func()) {
	type job struct {
		dir     string
		ignores ignoreStack
		scan    *pendingScan
	}
	rootScan = newPendingScan()
	var (
		mu      sync.Mutex
		cond    = sync.NewCond(&mu)
		queue   = []job{{root, ignores, rootScan}}
		pending = 1
		wg      sync.WaitGroup
	)
	worker := func() {
		defer wg.Done()
		mu.Lock()
		for {
			for len(queue) == 0 && pending > 0 {
				cond.Wait()
			}
			if pending == 0 {
				mu.Unlock()
				return
			}
			j := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			mu.Unlock()
			sc := w.scanDir(j.dir, j.ignores)
			for i := range sc.kept {
				if we := &sc.kept[i]; we.isDir && !we.symlink {
					we.scan = newPendingScan()
				}
			}
			j.scan.scan = sc
			close(j.scan.ready) // the walk may now read the scan, and its folders' pending scans
			mu.Lock()
			for i := len(sc.kept) - 1; i >= 0; i-- { // the queue is a stack: the walk's next folder on top
				if we := &sc.kept[i]; we.scan != nil {
					queue = append(queue, job{we.path, sc.childIgnores, we.scan})
					pending++
				}
			}
			pending--
			cond.Broadcast()
		}
	}
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go worker()
	}
	return rootScan, wg.Wait
}

// hasEntry says whether a sorted folder listing holds name.
func hasEntry(entries []fs.DirEntry, name string) bool {
	i := sort.Search(len(entries), func(i int) bool { return entries[i].Name() >= name })
	return i < len(entries) && entries[i].Name() == name
}

func (w *walker) problem(path string, folder bool, msg string) {
	w.problems = append(w.problems, rules.Finding{Rule: all.ReadError, Path: path, Folder: folder, Message: msg})
}

func within(p, root string) bool {
	return p == root || strings.HasPrefix(p, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ancestorIgnores loads the .gitignore files of the folders above dir, up to
// the repository root (the nearest folder holding .git); none outside a repository.
func ancestorIgnores(dir string) ignoreStack {
	var chain []string
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		chain = append(chain, d)
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			break
		}
		if filepath.Dir(d) == d {
			return nil // no repository above: only the target's own .gitignore files count
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
		return nil
	}
	var stack ignoreStack
	for i := len(chain) - 1; i >= 0; i-- {
		if src, err := os.ReadFile(filepath.Join(chain[i], ".gitignore")); err == nil {
			stack = append(stack, parseGitignore(filepath.ToSlash(chain[i]), src))
		}
	}
	return stack
}
