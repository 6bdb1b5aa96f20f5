package tsparse

import "unsafe"

// flatTree is a file's AST laid out once in source (pre)order. Most rules walk
// the whole file; with ~90 of them on, walking this array instead of
// re-descending the tree through eachChild for every rule removed about a
// third of the CPU time of an Airbnb-set run.
type flatTree struct {
	nodes  []Node
	depth  []int32 // 0 for a top-level statement
	parent []int32 // index of the parent node, -1 for a top-level statement
	end    []int32 // index just past the node's subtree
	// byType groups the node indexes by type for Each (built on first use).
	byType map[unsafe.Pointer][]int32
}

// flat returns the file's flattened AST, built on first use (rules of one
// file run on one goroutine, like Scopes).
func (f *File) flat() *flatTree {
	if f.flatTree != nil {
		return f.flatTree
	}
	// About one node per 6 bytes of source (TSX and TS alike): sizing the
	// arrays up front avoids growing them node by node.
	n := len(f.Src)/6 + 16
	t := &flatTree{nodes: make([]Node, 0, n), depth: make([]int32, 0, n), parent: make([]int32, 0, n), end: make([]int32, 0, n)}
	var depth int32
	parent := int32(-1)
	var add func(Node)
	add = func(n Node) {
		if isNil(n) {
			return
		}
		i := int32(len(t.nodes))
		t.nodes = append(t.nodes, n)
		t.depth = append(t.depth, depth)
		t.parent = append(t.parent, parent)
		t.end = append(t.end, 0)
		depth++
		up := parent
		parent = i
		eachChild(n, add)
		parent = up
		depth--
		t.end[i] = int32(len(t.nodes))
	}
	for _, s := range f.Body {
		add(s)
	}
	f.flatTree = t
	return t
}

// InspectFile inspects every top-level statement of f, like Inspect on each.
func InspectFile(f *File, fn func(Node) bool) {
	t := f.flat()
	for i := 0; i < len(t.nodes); {
		if fn(t.nodes[i]) {
			i++
		} else {
			i = int(t.end[i])
		}
	}
}

// WalkFile is WalkWithParents over every top-level statement of f. The
// parents slice is reused: copy it to keep it.
func WalkFile(f *File, fn func(n Node, parents []Node) bool) {
	t := f.flat()
	var stack []Node
	for i := 0; i < len(t.nodes); {
		n := t.nodes[i]
		stack = stack[:t.depth[i]]
		if fn(n, stack) {
			stack = append(stack, n)
			i++
		} else {
			i = int(t.end[i])
		}
	}
}

// Each calls fn for every node of type T in the file, in source order. A rule
// that looks at one kind of node should use it rather than InspectFile: the
// file's nodes are grouped by type once (on the first request) and each rule
// then iterates only the nodes of its type, instead of being called back on
// every node of the file.
func Each[T Node](f *File, fn func(n T)) {
	t := f.flat()
	for _, i := range t.ofTypeWord(typeWordOf[T]()) {
		fn(t.nodes[i].(T))
	}
}

// EachWithParents is Each that also passes the node's ancestors (outermost
// first, the direct parent last; empty for a top-level statement). The slice
// is reused: copy it to keep it.
func EachWithParents[T Node](f *File, fn func(n T, parents []Node)) {
	t := f.flat()
	var parents []Node
	for _, i := range t.ofTypeWord(typeWordOf[T]()) {
		parents = t.ancestors(i, parents[:0])
		fn(t.nodes[i].(T), parents)
	}
}

// typeWord is the first word of an interface value: its type descriptor for
// the Node interface, the same pointer for every node of one concrete type.
// Grouping by it costs one map access per node, once per file, where a type
// assertion pass per requested type cost one indirect call per node and type.
func typeWord(n Node) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&n))[0] }

// typeWordOf is typeWord of a (nil) T.
func typeWordOf[T Node]() unsafe.Pointer {
	var zero T
	return typeWord(zero)
}

// ofTypeWord returns the indexes of the nodes whose type word is w.
func (t *flatTree) ofTypeWord(w unsafe.Pointer) []int32 {
	if t.byType == nil {
		t.byType = make(map[unsafe.Pointer][]int32, 64)
		for i, n := range t.nodes {
			k := typeWord(n)
			t.byType[k] = append(t.byType[k], int32(i))
		}
	}
	return t.byType[w]
}

// ancestors appends node i's ancestors, outermost first, to out.
func (t *flatTree) ancestors(i int32, out []Node) []Node {
	d := int(t.depth[i])
	for cap(out) < d {
		out = append(out[:cap(out)], nil)
	}
	out = out[:d]
	for p := t.parent[i]; p >= 0; p = t.parent[p] {
		d--
		out[d] = t.nodes[p]
	}
	return out
}
