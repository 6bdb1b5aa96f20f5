package tsparse

import "sort"

// WalkSubtree is WalkWithParents(root, fn) served from the file's flattened
// tree: the same nodes in the same order, with the ancestors counted from
// root (empty for root itself), without re-descending through eachChild.
// root must be a node of f; one that is not is walked the slow way.
func WalkSubtree[T Node](f *File, root T, fn func(n Node, parents []Node) bool) {
	t := f.flat()
	at, ok := indexOf(t, root)
	if !ok {
		WalkWithParents(root, fn)
		return
	}
	base := t.depth[at]
	var stack []Node
	for i, end := at, t.end[at]; i < end; {
		n := t.nodes[i]
		stack = stack[:t.depth[i]-base]
		if fn(n, stack) {
			stack = append(stack, n)
			i++
		} else {
			i = t.end[i]
		}
	}
}

// InspectSubtree is Inspect(root, fn) served from the file's flattened tree.
func InspectSubtree[T Node](f *File, root T, fn func(Node) bool) {
	t := f.flat()
	at, ok := indexOf(t, root)
	if !ok {
		Inspect(root, fn)
		return
	}
	for i, end := at, t.end[at]; i < end; {
		if fn(t.nodes[i]) {
			i++
		} else {
			i = t.end[i]
		}
	}
}

// indexOf finds root among the file's nodes of type T (a concrete type keeps
// that list short): a binary search by start offset (nodes of one type come
// in source order), then a linear scan if that misses, so a tree out of
// source order is still answered right.
func indexOf[T Node](t *flatTree, root T) (int32, bool) {
	if isNil(root) {
		return 0, false
	}
	idx := t.ofTypeWord(typeWordOf[T]())
	start := root.Span().Start
	k := sort.Search(len(idx), func(k int) bool { return t.nodes[idx[k]].Span().Start >= start })
	for ; k < len(idx) && t.nodes[idx[k]].Span().Start == start; k++ {
		if t.nodes[idx[k]] == Node(root) {
			return idx[k], true
		}
	}
	for _, i := range idx {
		if t.nodes[i] == Node(root) {
			return i, true
		}
	}
	return 0, false
}
