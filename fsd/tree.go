package fsd

import (
	"path"
	"sort"
	"strings"
)

// Dir is one folder of the linted tree, rebuilt from the file list (folders
// with no file anywhere below them are not known).
type Dir struct {
	Name   string
	Path   string // absolute, slash-separated
	Parent *Dir
	Dirs   []*Dir   // sorted by name
	Files  []string // absolute paths of the files directly inside, sorted
}

// FileNames returns the base names of the files directly inside d.
func (d *Dir) FileNames() []string {
	names := make([]string, len(d.Files))
	for i, f := range d.Files {
		names[i] = path.Base(f)
	}
	return names
}

// Child returns the direct sub-folder called name, or nil.
func (d *Dir) Child(name string) *Dir {
	i := sort.Search(len(d.Dirs), func(i int) bool { return d.Dirs[i].Name >= name })
	if i < len(d.Dirs) && d.Dirs[i].Name == name {
		return d.Dirs[i]
	}
	return nil
}

// ChildCount is the number of direct children, files and folders.
func (d *Dir) ChildCount() int { return len(d.Dirs) + len(d.Files) }

// hasChildStem says whether a child (file or folder) has a stem in names,
// Steiger's `parse(child.path).name` test.
func (d *Dir) hasChildStem(match func(string) bool) bool {
	for _, c := range d.Dirs {
		if match(Stem(c.Name)) {
			return true
		}
	}
	for _, f := range d.Files {
		if match(Stem(path.Base(f))) {
			return true
		}
	}
	return false
}

// Walk calls fn for d and every folder below it, parents first.
func (d *Dir) Walk(fn func(*Dir)) {
	fn(d)
	for _, c := range d.Dirs {
		c.Walk(fn)
	}
}

// buildTree makes the folder tree of files; it returns every folder by path.
func buildTree(files []string) map[string]*Dir {
	dirs := make(map[string]*Dir, len(files)/4+8)
	var get func(p string) *Dir
	get = func(p string) *Dir {
		if d, ok := dirs[p]; ok {
			return d
		}
		d := &Dir{Name: path.Base(p), Path: p}
		dirs[p] = d
		if parent := path.Dir(p); parent != p {
			d.Parent = get(parent)
			d.Parent.Dirs = append(d.Parent.Dirs, d)
		}
		return d
	}
	for _, f := range files {
		f = strings.TrimSuffix(f, "/")
		d := get(path.Dir(f))
		d.Files = append(d.Files, f)
	}
	for _, d := range dirs {
		sort.Slice(d.Dirs, func(i, j int) bool { return d.Dirs[i].Name < d.Dirs[j].Name })
		sort.Strings(d.Files)
		d.Files = dedupSorted(d.Files)
	}
	return dirs
}

func dedupSorted(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
