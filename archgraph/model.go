// Package archgraph draws the architecture of an FSD project from its import
// graph: slices grouped by layer, slice-to-slice dependencies with import
// counts, forbidden dependencies highlighted. Formats: mermaid, dot, json and
// a self-contained html page with an SVG drawing (no network, no scripts).
package archgraph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
)

// Dependency kinds.
const (
	KindAllowed     = "allowed"      // to a lower layer
	KindUpward      = "upward"       // to a higher layer: forbidden
	KindCrossSlice  = "cross-slice"  // to another slice of the same layer: forbidden
	KindCrossImport = "cross-import" // through the target's @x API for the importer: tolerated
)

// Architecture is the slice-level picture of one or more FSD roots.
type Architecture struct {
	Layers []Layer `json:"layers"` // top (app) to bottom (shared); only layers with files
	Deps   []Dep   `json:"dependencies"`
}

// Layer is one layer of one root with its slices (units).
type Layer struct {
	Root  string `json:"root"` // as given (relative to the graph root when Options.Root is set)
	Name  string `json:"name"` // canonical
	Dir   string `json:"dir"`  // folder name as written
	Units []Unit `json:"units"`
}

// Unit is a box of the drawing: a slice, or a whole unsliced layer.
type Unit struct {
	ID    string `json:"id"`    // "pages/home", "shared" (root-prefixed when several roots)
	Label string `json:"label"` // "home", "shared"
	Files int    `json:"files"`
}

// Dep is the imports of one unit from another.
type Dep struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Imports int    `json:"imports"`
	Kind    string `json:"kind"`
}

// Forbidden says whether FSD forbids the dependency.
func (d Dep) Forbidden() bool { return d.Kind == KindUpward || d.Kind == KindCrossSlice }

// SummaryOptions shape the picture.
type SummaryOptions struct {
	// Base makes root paths relative for display ("" keeps them absolute).
	Base string
	// LayersOnly collapses slices into their layer.
	LayersOnly bool
	// Focus keeps only dependencies touching one unit: "features/auth",
	// or a slice name alone when it is unique ("auth").
	Focus string
}

type unitKey struct{ root, layer, slice string }

// Summarize reads the architecture out of an import graph.
func Summarize(g *fsd.Graph, opts SummaryOptions) (*Architecture, error) {
	units := map[unitKey]*Unit{}
	layerDirs := map[[2]string]string{}
	roots := map[string]bool{}
	keyOf := func(loc fsd.Location) (unitKey, bool) {
		if loc.Root == "" || loc.Layer == "" {
			return unitKey{}, false
		}
		k := unitKey{loc.Root, loc.Layer, loc.Slice}
		if opts.LayersOnly || !fsd.IsSlicedLayer(loc.Layer) {
			k.slice = ""
		}
		return k, true
	}
	for _, n := range g.Nodes {
		k, ok := keyOf(n.Location)
		if !ok {
			continue
		}
		roots[k.root] = true
		layerDirs[[2]string{k.root, k.layer}] = n.Location.LayerDir
		if units[k] == nil {
			units[k] = &Unit{}
		}
		units[k].Files++
	}
	several := len(roots) > 1
	id := func(k unitKey) string {
		s := k.layer
		if k.slice != "" {
			s += "/" + k.slice
		}
		if several {
			s = displayRoot(k.root, opts.Base) + ":" + s
		}
		return s
	}
	for k, u := range units {
		u.ID = id(k)
		u.Label = k.slice
		if u.Label == "" {
			u.Label = layerDirs[[2]string{k.root, k.layer}]
		}
	}

	type pair struct{ from, to unitKey }
	counts := map[pair]*Dep{}
	for _, n := range g.Nodes {
		from, ok := keyOf(n.Location)
		if !ok {
			continue
		}
		for _, e := range n.Edges {
			if e.External || e.Target == "" {
				continue
			}
			to, ok := keyOf(e.TargetLocation)
			if !ok || to == from || to.root != from.root {
				continue
			}
			if units[to] == nil { // a target that is not linted (a .d.ts, an asset)
				units[to] = &Unit{ID: id(to), Label: to.slice}
				if to.slice == "" {
					units[to].Label = e.TargetLocation.LayerDir
				}
				layerDirs[[2]string{to.root, to.layer}] = e.TargetLocation.LayerDir
			}
			p := pair{from, to}
			d := counts[p]
			if d == nil {
				d = &Dep{From: id(from), To: id(to), Kind: KindAllowed}
				counts[p] = d
			}
			d.Imports++
			if k := kindOf(n.Location, e.TargetLocation, opts.LayersOnly); severity(k) > severity(d.Kind) {
				d.Kind = k
			}
		}
	}

	a := &Architecture{}
	for _, d := range counts {
		a.Deps = append(a.Deps, *d)
	}
	sort.Slice(a.Deps, func(i, j int) bool {
		if a.Deps[i].From != a.Deps[j].From {
			return a.Deps[i].From < a.Deps[j].From
		}
		return a.Deps[i].To < a.Deps[j].To
	})
	keep := func(string) bool { return true }
	if opts.Focus != "" {
		focus, err := findFocus(units, opts.Focus)
		if err != nil {
			return nil, err
		}
		var deps []Dep
		touched := map[string]bool{focus: true}
		for _, d := range a.Deps {
			if d.From == focus || d.To == focus {
				deps = append(deps, d)
				touched[d.From], touched[d.To] = true, true
			}
		}
		a.Deps = deps
		keep = func(id string) bool { return touched[id] }
	}

	byLayer := map[[2]string]*Layer{}
	for k, u := range units {
		if !keep(u.ID) {
			continue
		}
		lk := [2]string{k.root, k.layer}
		l := byLayer[lk]
		if l == nil {
			l = &Layer{Root: displayRoot(k.root, opts.Base), Name: k.layer, Dir: layerDirs[lk]}
			byLayer[lk] = l
		}
		l.Units = append(l.Units, *u)
	}
	for _, l := range byLayer {
		sort.Slice(l.Units, func(i, j int) bool { return l.Units[i].ID < l.Units[j].ID })
		a.Layers = append(a.Layers, *l)
	}
	sort.Slice(a.Layers, func(i, j int) bool {
		li, lj := a.Layers[i], a.Layers[j]
		if li.Root != lj.Root {
			return li.Root < lj.Root
		}
		return fsd.LayerRank(li.Name) > fsd.LayerRank(lj.Name) // app first
	})
	return a, nil
}

// kindOf classifies one import by FSD's import rule on layers.
func kindOf(from, to fsd.Location, layersOnly bool) string {
	fr, tr := fsd.LayerRank(from.Layer), fsd.LayerRank(to.Layer)
	switch {
	case tr > fr:
		return KindUpward
	case tr < fr || layersOnly || !fsd.IsSlicedLayer(from.Layer) || from.Slice == to.Slice:
		return KindAllowed
	case to.CrossImportFor != "" && to.CrossImportFor == from.Slice:
		return KindCrossImport
	}
	return KindCrossSlice
}

func severity(kind string) int {
	switch kind {
	case KindCrossImport:
		return 1
	case KindCrossSlice:
		return 2
	case KindUpward:
		return 3
	}
	return 0
}

func findFocus(units map[unitKey]*Unit, focus string) (string, error) {
	var matches []string
	for k, u := range units {
		if u.ID == focus {
			return u.ID, nil
		}
		if k.slice == focus || (k.slice == "" && k.layer == focus) {
			matches = append(matches, u.ID)
		}
	}
	sort.Strings(matches)
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return "", fmt.Errorf("--focus %q: no such slice", focus)
	}
	return "", fmt.Errorf("--focus %q is ambiguous: %s", focus, strings.Join(matches, ", "))
}

func displayRoot(root, base string) string {
	if base == "" {
		return root
	}
	if root == base {
		return "."
	}
	if rel, ok := strings.CutPrefix(root, strings.TrimSuffix(base, "/")+"/"); ok {
		return rel
	}
	return root
}
