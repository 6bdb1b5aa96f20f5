package fsd

import (
	"runtime"
	"sort"
	"sync"

	"github.com/fsdlint/fsdlint/internal/par"
	"github.com/fsdlint/fsdlint/tsparse"
)

// GraphFile is one linted file and the facts its parse left.
type GraphFile struct {
	Path  string // absolute, slash-separated
	Facts *tsparse.Facts
}

// Edge is one import of a file, resolved.
type Edge struct {
	Import   tsparse.Import
	Target   string // the file reached (absolute); "" when unresolved or a bare package
	External bool   // a package or a file in node_modules
	Reason   string // Resolution.Reason
	// TargetLocation is the FSD location of Target (zero when Target is "").
	TargetLocation Location
	// To is the index in Graph.Nodes of the target, -1 when it is not one of
	// the graph's files (unresolved, external, or a file not linted).
	To int
}

// Node is one file of the graph.
type Node struct {
	Path     string
	Location Location
	Edges    []Edge // in the order of Facts.Imports
}

// Graph is every import of every file, resolved, with both ends' FSD location.
// Read-only once built.
type Graph struct {
	Nodes []Node // sorted by path
	index map[string]int

	dependentsOnce sync.Once
	dependents     [][]int
}

// Dependents are the indexes of the nodes importing node i (sorted, unique):
// what to re-check when that file changes. Worked out on the first call (a
// check run never asks).
func (g *Graph) Dependents(i int) []int {
	g.dependentsOnce.Do(func() {
		g.dependents = make([][]int, len(g.Nodes))
		for from := range g.Nodes {
			for _, e := range g.Nodes[from].Edges {
				if e.To >= 0 {
					d := &g.dependents[e.To]
					if len(*d) == 0 || (*d)[len(*d)-1] != from {
						*d = append(*d, from)
					}
				}
			}
		}
	})
	return g.dependents[i]
}

// Index returns the node index of a path.
func (g *Graph) Index(path string) (int, bool) {
	i, ok := g.index[path]
	return i, ok
}

// Node returns the node of a path, or nil.
func (g *Graph) Node(path string) *Node {
	if i, ok := g.index[path]; ok {
		return &g.Nodes[i]
	}
	return nil
}

// BuildGraph resolves every import of every file (in parallel) and links the
// files. model may be nil (no FSD locations); r must not be nil.
func BuildGraph(files []GraphFile, model *Model, r *Resolver) *Graph {
	g := &Graph{Nodes: make([]Node, len(files)), index: make(map[string]int, len(files))}
	sorted := make([]GraphFile, len(files))
	copy(sorted, files)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	for i, f := range sorted {
		g.Nodes[i].Path = f.Path
		g.index[f.Path] = i
	}
	locate := func(p string) Location {
		if model == nil || p == "" {
			return Location{}
		}
		return model.Locate(p)
	}

	// Every node is located first: an edge to a node then takes the node's
	// location instead of locating its target again (most edges reach a
	// node; Locate is about half a microsecond, a fifth of the graph).
	par.Each(len(sorted), runtime.GOMAXPROCS(0), func(i int) { g.Nodes[i].Location = locate(g.Nodes[i].Path) })
	par.Each(len(sorted), runtime.GOMAXPROCS(0), func(i int) {
		n := &g.Nodes[i]
		facts := sorted[i].Facts
		if facts == nil {
			return
		}
		n.Edges = make([]Edge, len(facts.Imports))
		fr := r.ForFile(n.Path)
		for k, imp := range facts.Imports {
			res := fr.Resolve(imp.Specifier)
			e := Edge{Import: imp, Target: res.Path, External: res.External, Reason: res.Reason, To: -1}
			if res.Path != "" {
				to, isNode := g.index[res.Path]
				if isNode {
					e.To = to
				}
				switch {
				case res.External:
				case isNode:
					e.TargetLocation = g.Nodes[to].Location
				default:
					e.TargetLocation = locate(res.Path)
				}
			}
			n.Edges[k] = e
		}
	})
	return g
}
