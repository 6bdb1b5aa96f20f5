package fsd

import (
	"path"
	"sort"
	"strings"
)

// Location is where a file (or folder) sits in an FSD tree. Paths are absolute
// and slash-separated.
type Location struct {
	Root     string // the FSD root folder ("" when the file is under no FSD root)
	Layer    string // canonical layer: app, processes, pages, widgets, features, entities, shared ("" outside layers)
	LayerDir string // the folder's real name ("_app", "1_shared", a configured custom name)
	Slice    string // slice path below the layer, groups included ("user", "admin/users"); "" on unsliced layers
	Segment  string // first folder (or file stem) below the slice or unsliced layer: ui, model, api, lib…
	// PublicAPI: the file is a public API of its slice (or of a segment on unsliced layers):
	// index.*, index.client.*, index.server.*.
	PublicAPI bool
	// CrossImportFor names the slice B when the file is a cross-import API entities/A/@x/B.*.
	CrossImportFor string
}

// ModelConfig says where the FSD roots are and what the layers are called.
type ModelConfig struct {
	// Roots are explicit FSD root folders (absolute, slash-separated). When
	// empty, roots are detected: folders whose child folders are mostly layers.
	Roots []string
	// LayerNames renames layers: canonical layer → folder name used instead
	// ("pages": "screens"). Prefixes (`_`, `N_`) are accepted on custom names too.
	LayerNames map[string]string
}

// Model is the FSD reading of a tree: roots, layers, slices, segments, public APIs.
// It is read-only after NewModel, so safe for concurrent use.
type Model struct {
	roots  []*Root
	dirs   map[string]*Dir
	places map[string]*place // every folder at or below a root
	names  map[string]string // folder name (prefix removed) → canonical layer
}

// Root is one FSD root and the layers directly inside it.
type Root struct {
	Path   string
	Dir    *Dir
	Layers []*Layer // present layers, lowest first (LayerOrder)
}

// Layer returns the root's layer with canonical name, or nil.
func (r *Root) Layer(name string) *Layer {
	for _, l := range r.Layers {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// Layer is one layer folder.
type Layer struct {
	Name   string // canonical
	Dir    *Dir   // Dir.Name is the real folder name
	Root   *Root
	Sliced bool
	// Slices (sliced layers): Steiger's slices (a folder with a conventional
	// segment child), then segmentless ones (folders with no slice below them).
	Slices []*Slice
	// Segments (unsliced layers): every child except index files.
	Segments []*Segment
	// Groups (sliced layers): folders that hold slices, by path below the layer.
	Groups []string
	// Indexes: index files directly in the layer folder (a layer public API).
	Indexes []string
}

// Slice is a slice folder of a sliced layer.
type Slice struct {
	Name  string // path below the layer, groups included: "user", "admin/users"
	Dir   *Dir
	Layer *Layer
	// Segmentless: no child is a conventional segment, so Steiger does not see
	// it as a slice; it still gets locations here.
	Segmentless bool
	Segments    []*Segment
	Indexes     []string // the slice's public API files
}

// Group is the slice's group path ("" when ungrouped) and its own name.
func (s *Slice) Group() (group, name string) {
	if i := strings.LastIndexByte(s.Name, '/'); i >= 0 {
		return s.Name[:i], s.Name[i+1:]
	}
	return "", s.Name
}

// Segment is a child of a slice or of an unsliced layer (except index files).
type Segment struct {
	Name    string // folder name, or file stem for file segments
	Path    string
	Dir     *Dir     // nil for a file segment
	Indexes []string // index files of a folder segment; the file itself for a file segment
}

// IsFile says whether the segment is a single file (`shared/config.ts`).
func (s *Segment) IsFile() bool { return s.Dir == nil }

// placeKind says what a folder is in the FSD reading.
type placeKind uint8

const (
	atRoot    placeKind = iota // the FSD root itself
	outside                    // below a root but not in a layer
	atLayer                    // a layer folder
	atGroup                    // a slice group (sliced layer)
	atSlice                    // a slice folder (incl. segmentless)
	inSegment                  // a folder inside a segment
)

type place struct {
	kind  placeKind
	loc   Location // Root/Layer/LayerDir/Slice set; Segment set for inSegment
	layer *Layer
	slice *Slice
	// segTop: the folder is a segment folder itself, not one deeper inside.
	segTop bool
	// crossFor: for folders under `@x`, the path below `@x`.
	crossFor string
}

// LayerFolderName is the folder name (prefix aside) that stands for a
// canonical layer: the layer itself, or its configured custom name.
func (m *Model) LayerFolderName(canonical string) string {
	for name, c := range m.names {
		if c == canonical {
			return name
		}
	}
	return canonical
}

// Roots returns the FSD roots, sorted by path.
func (m *Model) Roots() []*Root { return m.roots }

// Dir returns the folder at path (absolute), or nil when no listed file is below it.
func (m *Model) Dir(p string) *Dir { return m.dirs[p] }

// RootOf returns the FSD root that contains p, or nil.
func (m *Model) RootOf(p string) *Root {
	loc := m.Locate(p)
	for _, r := range m.roots {
		if r.Path == loc.Root {
			return r
		}
	}
	return nil
}

// Slice returns the slice a location is in, or nil.
func (m *Model) Slice(loc Location) *Slice {
	if loc.Slice == "" {
		return nil
	}
	l := m.Layer(loc)
	if l == nil {
		return nil
	}
	i := sort.Search(len(l.Slices), func(i int) bool { return l.Slices[i].Name >= loc.Slice })
	if i < len(l.Slices) && l.Slices[i].Name == loc.Slice {
		return l.Slices[i]
	}
	return nil
}

// Layer returns the layer a location is in, or nil.
func (m *Model) Layer(loc Location) *Layer {
	if loc.Layer == "" {
		return nil
	}
	for _, r := range m.roots {
		if r.Path == loc.Root {
			return r.Layer(loc.Layer)
		}
	}
	return nil
}

// SegmentOf returns the segment a location is in (of its slice, or of its
// unsliced layer), or nil.
func (m *Model) SegmentOf(loc Location) *Segment {
	if loc.Segment == "" {
		return nil
	}
	var segs []*Segment
	if loc.Slice != "" {
		if s := m.Slice(loc); s != nil {
			segs = s.Segments
		}
	} else if l := m.Layer(loc); l != nil && !l.Sliced {
		segs = l.Segments
	}
	for _, s := range segs {
		if s.Name == loc.Segment {
			return s
		}
	}
	return nil
}

// Locate says where the file p (absolute, slash-separated) sits. Paths that
// were not in the file list are located by their folders. Cheap: one map
// lookup per call for listed folders.
func (m *Model) Locate(p string) Location {
	dir, name := path.Split(p)
	dir = strings.TrimSuffix(dir, "/")
	pl, rest := m.nearestPlace(dir)
	if pl == nil {
		return Location{}
	}
	// Walk folders that were not listed (an import of a file the engine did not see).
	for _, part := range rest {
		pl = m.descend(pl, part)
	}
	return m.fileLocation(pl, name)
}

// nearestPlace finds the place of dir or of its nearest known ancestor, and
// the folder names between them.
func (m *Model) nearestPlace(dir string) (*place, []string) {
	var rest []string
	for {
		if pl, ok := m.places[dir]; ok {
			for i, j := 0, len(rest)-1; i < j; i, j = i+1, j-1 {
				rest[i], rest[j] = rest[j], rest[i]
			}
			return pl, rest
		}
		parent := path.Dir(dir)
		if parent == dir || dir == "" || dir == "." {
			return nil, nil
		}
		rest = append(rest, path.Base(dir))
		dir = parent
	}
}

// descend is the place of the child folder name of pl, for folders not listed.
func (m *Model) descend(pl *place, name string) *place {
	next := &place{loc: pl.loc, layer: pl.layer, slice: pl.slice}
	next.segTop = pl.kind == atSlice || (pl.kind == atLayer && !pl.layer.Sliced)
	switch pl.kind {
	case atRoot, outside:
		next.kind = outside
	case atLayer:
		if pl.layer.Sliced {
			next.kind = atSlice
			next.loc.Slice = name
		} else {
			next.kind = inSegment
			next.loc.Segment = name
		}
	case atGroup:
		next.kind = atSlice
		next.loc.Slice = pl.loc.Slice + "/" + name
	case atSlice:
		next.kind = inSegment
		next.loc.Segment = name
	case inSegment:
		next.kind = inSegment
		if pl.loc.Segment == CrossImportToken {
			next.crossFor = joinSlash(pl.crossFor, name)
		}
	}
	return next
}

// fileLocation is the location of the file called name directly in pl's folder.
func (m *Model) fileLocation(pl *place, name string) Location {
	loc := pl.loc
	index := IsIndexName(name)
	switch pl.kind {
	case atLayer:
		if !pl.layer.Sliced && !index {
			loc.Segment = Stem(name) // a file segment is its own public API
			loc.PublicAPI = true
		}
	case atGroup:
		loc.Segment = Stem(name) // groups have no public API of their own
	case atSlice:
		if index {
			loc.PublicAPI = true
		} else {
			loc.Segment = Stem(name)
		}
	case inSegment:
		if loc.Segment == CrossImportToken && pl.layer.Sliced {
			if index && pl.crossFor != "" {
				loc.CrossImportFor = pl.crossFor
			} else if !index {
				loc.CrossImportFor = joinSlash(pl.crossFor, Stem(name))
			}
		} else if !pl.layer.Sliced && index && pl.segTop {
			loc.PublicAPI = true
		}
	}
	return loc
}

func joinSlash(a, b string) string {
	if a == "" {
		return b
	}
	return a + "/" + b
}

// CrossImportAPIs lists the slice's `@x` files by the slice they are for:
// `@x/post.ts` → "post", `@x/comment/index.ts` → "comment",
// `@x/admin/users.ts` → "admin/users".
func (s *Slice) CrossImportAPIs() map[string][]string {
	out := map[string][]string{}
	for _, seg := range s.Segments {
		if seg.Name != CrossImportToken || seg.Dir == nil {
			continue
		}
		seg.Dir.Walk(func(d *Dir) {
			below := strings.TrimPrefix(strings.TrimPrefix(d.Path, seg.Path), "/")
			for _, f := range d.Files {
				name := path.Base(f)
				forSlice := joinSlash(below, Stem(name))
				if IsIndexName(name) {
					if below == "" {
						continue // @x/index.ts is for nobody
					}
					forSlice = below
				}
				out[forSlice] = append(out[forSlice], f)
			}
		})
	}
	return out
}
