package archgraph

import (
	"reflect"
	"testing"

	"github.com/fsdlint/fsdlint/fsd"
)

func loc(root, layer, slice string) fsd.Location {
	return fsd.Location{Root: root, Layer: layer, LayerDir: layer, Slice: slice}
}

// node is a file at location from with imports reaching the given locations.
func node(path string, from fsd.Location, to ...fsd.Location) fsd.Node {
	n := fsd.Node{Path: path, Location: from}
	for _, l := range to {
		n.Edges = append(n.Edges, fsd.Edge{Target: "/t", TargetLocation: l, To: -1})
	}
	return n
}

// Two FSD roots (a monorepo): units are named with their root, and imports
// between roots are not architecture edges.
func TestSummarizeSeveralRoots(t *testing.T) {
	web, admin := "/m/apps/web/src", "/m/apps/admin/src"
	g := &fsd.Graph{Nodes: []fsd.Node{
		node("/a", loc(admin, "pages", "users"), loc(admin, "entities", "user"), loc(web, "shared", "")),
		node("/b", loc(admin, "entities", "user")),
		node("/c", loc(web, "pages", "home"), loc(web, "shared", ""), loc(web, "shared", "")),
		node("/d", loc(web, "shared", "")),
		node("/e", fsd.Location{}, loc(web, "shared", "")), // outside any root
	}}
	a, err := Summarize(g, SummaryOptions{Base: "/m"})
	if err != nil {
		t.Fatal(err)
	}
	var deps []Dep
	deps = append(deps, a.Deps...)
	want := []Dep{
		{From: "apps/admin/src:pages/users", To: "apps/admin/src:entities/user", Imports: 1, Kind: KindAllowed},
		{From: "apps/web/src:pages/home", To: "apps/web/src:shared", Imports: 2, Kind: KindAllowed},
	}
	if !reflect.DeepEqual(deps, want) {
		t.Errorf("deps = %+v\nwant %+v", deps, want)
	}
	var layers []string
	for _, l := range a.Layers {
		layers = append(layers, l.Root+" "+l.Name)
	}
	if want := []string{"apps/admin/src pages", "apps/admin/src entities", "apps/web/src pages", "apps/web/src shared"}; !reflect.DeepEqual(layers, want) {
		t.Errorf("layers = %v, want %v", layers, want)
	}
}

func TestSummarizeLayersOnlyAndFocus(t *testing.T) {
	r := "/p/src"
	g := &fsd.Graph{Nodes: []fsd.Node{
		node("/1", loc(r, "features", "a"), loc(r, "features", "b"), loc(r, "entities", "x")),
		node("/2", loc(r, "features", "b"), loc(r, "entities", "y")),
		node("/3", loc(r, "entities", "x"), loc(r, "features", "a")),
		node("/4", loc(r, "entities", "y")),
	}}
	a, err := Summarize(g, SummaryOptions{Base: "/p", LayersOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []Dep{
		{From: "entities", To: "features", Imports: 1, Kind: KindUpward},
		{From: "features", To: "entities", Imports: 2, Kind: KindAllowed},
	}
	if !reflect.DeepEqual(a.Deps, want) {
		t.Errorf("layers only: %+v", a.Deps)
	}
	a, err = Summarize(g, SummaryOptions{Base: "/p", Focus: "b"})
	if err != nil {
		t.Fatal(err)
	}
	want = []Dep{
		{From: "features/a", To: "features/b", Imports: 1, Kind: KindCrossSlice},
		{From: "features/b", To: "entities/y", Imports: 1, Kind: KindAllowed},
	}
	if !reflect.DeepEqual(a.Deps, want) {
		t.Errorf("focus: %+v", a.Deps)
	}
	var units []string
	for _, l := range a.Layers {
		for _, u := range l.Units {
			units = append(units, u.ID)
		}
	}
	if want := []string{"features/a", "features/b", "entities/y"}; !reflect.DeepEqual(units, want) {
		t.Errorf("focus units = %v, want %v", units, want)
	}
}
