package fsd

import "sort"

// SCCOptions chooses which edges count for cycles.
type SCCOptions struct {
	// SkipTypeOnly ignores `import type` edges (erased at runtime), as
	// import/no-cycle's ignoreTypeImports-style setting wants.
	SkipTypeOnly bool
}

// SCCs returns the import cycles: strongly connected components with more
// than one file, or one file importing itself. Each component lists node
// indexes ascending; components are ordered by their first index. Tarjan's
// algorithm with an explicit stack: linear time, no recursion depth limit.
func (g *Graph) SCCs(opts SCCOptions) [][]int {
	n := len(g.Nodes)
	const unvisited = -1
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = unvisited
	}
	var stack []int
	type frame struct{ v, edge int }
	var frames []frame
	counter := 0
	var out [][]int

	follows := func(e *Edge) bool {
		return e.To >= 0 && !(opts.SkipTypeOnly && e.Import.TypeOnly)
	}
	visit := func(v int) {
		index[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		frames = append(frames, frame{v, 0})
	}
	for s := 0; s < n; s++ {
		if index[s] != unvisited {
			continue
		}
		visit(s)
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			v := f.v
			edges := g.Nodes[v].Edges
			descended := false
			for f.edge < len(edges) {
				e := &edges[f.edge]
				f.edge++
				if !follows(e) {
					continue
				}
				w := e.To
				if index[w] == unvisited {
					visit(w)
					descended = true
					break
				}
				if onStack[w] && index[w] < low[v] {
					low[v] = index[w]
				}
			}
			if descended {
				continue
			}
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				if p := frames[len(frames)-1].v; low[v] < low[p] {
					low[p] = low[v]
				}
			}
			if low[v] != index[v] {
				continue
			}
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			if len(comp) > 1 || g.selfLoop(v, follows) {
				sortInts(comp)
				out = append(out, comp)
			}
		}
	}
	sortComponents(out)
	return out
}

func (g *Graph) selfLoop(v int, follows func(*Edge) bool) bool {
	for i := range g.Nodes[v].Edges {
		if e := &g.Nodes[v].Edges[i]; follows(e) && e.To == v {
			return true
		}
	}
	return false
}

func sortInts(a []int) { sort.Ints(a) }

func sortComponents(cs [][]int) {
	sort.Slice(cs, func(i, j int) bool { return cs[i][0] < cs[j][0] })
}
