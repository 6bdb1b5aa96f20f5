package fsd

import (
	"path"
	"sort"
	"strings"
)

// NewModel reads the FSD structure of files (absolute, slash-separated paths
// of every file under the roots: sources and any other file, since a folder's
// children decide what it is).
func NewModel(cfg ModelConfig, files []string) *Model {
	m := &Model{
		dirs:   buildTree(files),
		places: make(map[string]*place),
		names:  make(map[string]string, len(LayerOrder)),
	}
	for _, canonical := range LayerOrder {
		name := canonical
		if custom := cfg.LayerNames[canonical]; custom != "" {
			name = custom
		}
		m.names[name] = canonical
	}
	rootPaths := cfg.Roots
	if len(rootPaths) == 0 {
		rootPaths = m.detectRoots()
	}
	seen := map[string]bool{}
	for _, rp := range rootPaths {
		rp = strings.TrimSuffix(rp, "/")
		if rp == "" || seen[rp] {
			continue
		}
		seen[rp] = true
		m.roots = append(m.roots, m.buildRoot(rp))
	}
	sort.Slice(m.roots, func(i, j int) bool { return m.roots[i].Path < m.roots[j].Path })
	return m
}

// layerName returns the canonical layer a folder name stands for, if any.
func (m *Model) layerName(dirName string) (string, bool) {
	_, rest := SplitLayerPrefix(dirName)
	c, ok := m.names[rest]
	return c, ok
}

// detectRoots finds folders whose child folders are mostly layers: at least
// two layers, and no fewer layers than other folders (or at least three).
// Nested candidates keep the one with more layers.
func (m *Model) detectRoots() []string {
	type candidate struct {
		path   string
		layers int
	}
	var cands []candidate
	for p, d := range m.dirs {
		layers := map[string]bool{}
		others := 0
		for _, c := range d.Dirs {
			if l, ok := m.layerName(c.Name); ok {
				layers[l] = true
			} else if !strings.HasPrefix(c.Name, ".") && c.Name != "node_modules" {
				others++
			}
		}
		n := len(layers)
		if n >= 2 && (n >= others || n >= 3) {
			cands = append(cands, candidate{p, n})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].layers != cands[j].layers {
			return cands[i].layers > cands[j].layers
		}
		return cands[i].path < cands[j].path
	})
	var roots []string
	for _, c := range cands {
		nested := false
		for _, r := range roots {
			if isWithin(c.path, r) || isWithin(r, c.path) {
				nested = true
				break
			}
		}
		if !nested {
			roots = append(roots, c.path)
		}
	}
	return roots
}

// isWithin says whether p is dir or below it.
func isWithin(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

func (m *Model) buildRoot(rp string) *Root {
	d := m.dirs[rp]
	if d == nil {
		d = &Dir{Name: path.Base(rp), Path: rp}
	}
	r := &Root{Path: rp, Dir: d}
	m.places[rp] = &place{kind: atRoot, loc: Location{Root: rp}}
	chosen := map[string]*Dir{}
	for _, c := range d.Dirs {
		l, ok := m.layerName(c.Name)
		if !ok {
			continue
		}
		// With both `pages` and `_pages`, the prefixed folder is the layer (as Steiger).
		if prev := chosen[l]; prev == nil || (hasLayerPrefix(c.Name) && !hasLayerPrefix(prev.Name)) {
			chosen[l] = c
		}
	}
	for _, c := range d.Dirs {
		l, ok := m.layerName(c.Name)
		if ok && chosen[l] == c {
			continue
		}
		m.markOutside(c, rp)
	}
	for _, name := range LayerOrder {
		if c := chosen[name]; c != nil {
			r.Layers = append(r.Layers, m.buildLayer(r, name, c))
		}
	}
	return r
}

func hasLayerPrefix(name string) bool {
	prefix, _ := SplitLayerPrefix(name)
	return prefix != ""
}

// markOutside records d and everything below it as "in the root, in no layer".
func (m *Model) markOutside(d *Dir, root string) {
	d.Walk(func(x *Dir) {
		m.places[x.Path] = &place{kind: outside, loc: Location{Root: root}}
	})
}

func (m *Model) buildLayer(r *Root, name string, d *Dir) *Layer {
	l := &Layer{Name: name, Dir: d, Root: r, Sliced: IsSlicedLayer(name)}
	base := Location{Root: r.Path, Layer: name, LayerDir: d.Name}
	m.places[d.Path] = &place{kind: atLayer, loc: base, layer: l}
	for _, f := range d.Files {
		if IsIndexName(path.Base(f)) {
			l.Indexes = append(l.Indexes, f)
		}
	}
	if !l.Sliced {
		l.Segments = m.buildSegments(d, base, l, nil)
		return l
	}
	for _, c := range d.Dirs {
		m.walkSliceCandidate(l, c, c.Name, base)
	}
	sort.Slice(l.Slices, func(i, j int) bool { return l.Slices[i].Name < l.Slices[j].Name })
	return l
}

// walkSliceCandidate reads a folder under a sliced layer: a slice when a child
// is a conventional segment, a group when a slice lies below it, otherwise a
// segmentless slice.
func (m *Model) walkSliceCandidate(l *Layer, d *Dir, name string, base Location) {
	switch {
	case d.hasChildStem(IsConventionalSegment):
		m.addSlice(l, d, name, false, base)
	case hasSliceBelow(d):
		l.Groups = append(l.Groups, name)
		loc := base
		loc.Slice = name
		m.places[d.Path] = &place{kind: atGroup, loc: loc, layer: l}
		for _, c := range d.Dirs {
			m.walkSliceCandidate(l, c, name+"/"+c.Name, base)
		}
	default:
		m.addSlice(l, d, name, true, base)
	}
}

func hasSliceBelow(d *Dir) bool {
	for _, c := range d.Dirs {
		if c.hasChildStem(IsConventionalSegment) || hasSliceBelow(c) {
			return true
		}
	}
	return false
}

func (m *Model) addSlice(l *Layer, d *Dir, name string, segmentless bool, base Location) {
	s := &Slice{Name: name, Dir: d, Layer: l, Segmentless: segmentless}
	loc := base
	loc.Slice = name
	m.places[d.Path] = &place{kind: atSlice, loc: loc, layer: l, slice: s}
	for _, f := range d.Files {
		if IsIndexName(path.Base(f)) {
			s.Indexes = append(s.Indexes, f)
		}
	}
	s.Segments = m.buildSegments(d, loc, l, s)
	l.Slices = append(l.Slices, s)
}

// buildSegments reads the children of a slice or an unsliced layer: every
// folder and every non-index file is a segment.
func (m *Model) buildSegments(d *Dir, loc Location, l *Layer, s *Slice) []*Segment {
	var segs []*Segment
	for _, c := range d.Dirs {
		seg := &Segment{Name: c.Name, Path: c.Path, Dir: c}
		for _, f := range c.Files {
			if IsIndexName(path.Base(f)) {
				seg.Indexes = append(seg.Indexes, f)
			}
		}
		segs = append(segs, seg)
		segLoc := loc
		segLoc.Segment = c.Name
		m.places[c.Path] = &place{kind: inSegment, loc: segLoc, layer: l, slice: s, segTop: true}
		for _, sub := range c.Dirs {
			m.markInSegment(sub, segLoc, l, s, c.Name == CrossImportToken, "")
		}
	}
	for _, f := range d.Files {
		name := path.Base(f)
		if IsIndexName(name) {
			continue
		}
		segs = append(segs, &Segment{Name: Stem(name), Path: f, Indexes: []string{f}})
	}
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].Name < segs[j].Name })
	return segs
}

func (m *Model) markInSegment(d *Dir, loc Location, l *Layer, s *Slice, cross bool, crossParent string) {
	pl := &place{kind: inSegment, loc: loc, layer: l, slice: s}
	if cross {
		pl.crossFor = joinSlash(crossParent, d.Name)
	}
	m.places[d.Path] = pl
	for _, c := range d.Dirs {
		m.markInSegment(c, loc, l, s, cross, pl.crossFor)
	}
}
