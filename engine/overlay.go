package engine

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// applyOverlay makes the discovered files agree with Options.Overlay: files it
// deletes are dropped, files it adds below a target (and not skipped or
// ignored there) are checked too. The list stays sorted by path.
func (r *run) applyOverlay(files []sourceFile) ([]sourceFile, error) {
	if len(r.opts.Overlay) == 0 {
		return files, nil
	}
	kept := files[:0]
	listed := map[string]bool{}
	for _, f := range files {
		if src, ok := r.opts.Overlay[f.path]; ok && src == nil {
			continue
		}
		kept = append(kept, f)
		listed[f.path] = true
	}
	roots := make([]string, len(r.opts.Targets))
	for i, t := range r.opts.Targets {
		abs, err := filepath.Abs(t.Path)
		if err != nil {
			return nil, err
		}
		roots[i] = filepath.ToSlash(abs)
	}
	added := false
	for p, src := range r.opts.Overlay {
		if src == nil || listed[p] || !IsSource(path.Base(p)) {
			continue
		}
		for i, root := range roots {
			if r.overlayFileUnder(p, root, i) {
				kept = append(kept, sourceFile{path: p, target: i})
				added = true
				break
			}
		}
	}
	if added {
		sort.SliceStable(kept, func(a, b int) bool { return kept[a].path < kept[b].path })
	}
	return kept, nil
}

// overlayFileUnder says whether discovery would have listed p below target
// root i: inside it, in no skipped folder, not ignored by the config.
func (r *run) overlayFileUnder(p, root string, i int) bool {
	if p != root && !strings.HasPrefix(p, strings.TrimSuffix(root, "/")+"/") {
		return false
	}
	rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
	parts := strings.Split(rel, "/")
	for _, dir := range parts[:len(parts)-1] {
		if skippedDirs[dir] {
			return false
		}
	}
	return !r.resolvers[i].Ignored(p)
}

// readSource reads a file to check, from the overlay when it holds the file.
func (r *run) readSource(p string) ([]byte, error) {
	if src, ok := r.opts.Overlay[p]; ok {
		if src == nil {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
		}
		return src, nil
	}
	return readFile(filepath.FromSlash(p))
}

// fileRulesOn says whether the per-file rules run on p (Options.Focus).
func (r *run) fileRulesOn(p string) bool {
	return r.opts.Focus == nil || r.opts.Focus[p]
}

// focusFindings keeps, under Options.Focus, the findings in focused files
// and the folder findings (a slice, a layer) of folders holding one.
func (r *run) focusFindings(findings []rules.Finding) []rules.Finding {
	if r.opts.Focus == nil {
		return findings
	}
	kept := findings[:0]
	for _, f := range findings {
		if r.opts.Focus[f.Path] || (f.Folder && r.holdsFocused(f.Path)) {
			kept = append(kept, f)
		}
	}
	return kept
}

func (r *run) holdsFocused(dir string) bool {
	prefix := strings.TrimSuffix(dir, "/") + "/"
	for p := range r.opts.Focus {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// knownListing answers the resolver from discovery's folder listings, except
// for folders the overlay adds files to or removes files from. The resolver
// asks only for the folders it touches: handing it all of them up front was
// a map per folder (10 ms at 10,000 files).
func (r *run) knownListing() func(dir string) ([]fs.DirEntry, bool) {
	changed := map[string]bool{}
	for p := range r.opts.Overlay {
		changed[path.Dir(p)] = true
	}
	return func(dir string) ([]fs.DirEntry, bool) {
		if changed[dir] {
			return nil, false
		}
		entries, ok := r.listings[dir]
		return entries, ok
	}
}

// resolverFS is the file system import resolution sees: the disk, with the
// overlay's files added and removed.
func (r *run) resolverFS() fsd.FS {
	if len(r.opts.Overlay) == 0 {
		return nil
	}
	return overlayFS{files: r.opts.Overlay}
}

// overlayFS is the disk seen through an overlay (paths absolute, slash-separated).
type overlayFS struct{ files map[string][]byte }

func (o overlayFS) Stat(p string) (fs.FileInfo, error) {
	if src, ok := o.files[p]; ok {
		if src == nil {
			return nil, &fs.PathError{Op: "stat", Path: p, Err: fs.ErrNotExist}
		}
		return overlayInfo{name: path.Base(p), size: int64(len(src))}, nil
	}
	return os.Stat(filepath.FromSlash(p))
}

func (o overlayFS) ReadFile(p string) ([]byte, error) {
	if src, ok := o.files[p]; ok {
		if src == nil {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
		}
		return src, nil
	}
	return os.ReadFile(filepath.FromSlash(p))
}

func (o overlayFS) ReadDir(dir string) ([]fs.DirEntry, error) {
	entries, err := os.ReadDir(filepath.FromSlash(dir))
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	present := map[string]bool{}
	out := entries[:0]
	for _, e := range entries {
		if src, ok := o.files[dir+"/"+e.Name()]; ok && src == nil {
			continue
		}
		present[e.Name()] = true
		out = append(out, e)
	}
	for p, src := range o.files {
		if src != nil && path.Dir(p) == dir && !present[path.Base(p)] {
			out = append(out, fs.FileInfoToDirEntry(overlayInfo{name: path.Base(p), size: int64(len(src))}))
		}
	}
	if err != nil && len(out) == 0 {
		return nil, err
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name() < out[b].Name() })
	return out, nil
}

// overlayInfo describes a regular file that exists only in the overlay.
type overlayInfo struct {
	name string
	size int64
}

func (i overlayInfo) Name() string       { return i.name }
func (i overlayInfo) Size() int64        { return i.size }
func (i overlayInfo) Mode() fs.FileMode  { return 0o644 }
func (i overlayInfo) ModTime() time.Time { return time.Time{} }
func (i overlayInfo) IsDir() bool        { return false }
func (i overlayInfo) Sys() any           { return nil }
