package tsparse

import (
	"slices"
	"testing"
)

// WalkSubtree and InspectSubtree must see what WalkWithParents and Inspect
// see from the same root: the same nodes, order, ancestors and pruning.
func TestSubtreeMatchesWalk(t *testing.T) {
	src := `import a from "a";
const f = (x: number) => x + g(1, h(2));
function k() { if (a) { return [1, 2].map((y) => { const z = () => y; return z() * 2; }); } return g(3); }
class C { m() { return this.n(g(4)); } }
export default <div onClick={() => g(5)}>{g(6)}</div>;
`
	f, err := Parse("x.tsx", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// Prune at calls: the walk must skip their subtrees alike.
	prune := func(n Node) bool { _, call := n.(*CallExpr); return !call }
	type visit struct {
		n       Node
		parents []Node
	}
	record := func(out *[]visit, keepGoing func(Node) bool) func(Node, []Node) bool {
		return func(n Node, parents []Node) bool {
			*out = append(*out, visit{n, slices.Clone(parents)})
			return keepGoing(n)
		}
	}
	same := func(what string, got, want []visit) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d nodes, want %d", what, len(got), len(want))
		}
		for i := range want {
			if got[i].n != want[i].n || !slices.Equal(got[i].parents, want[i].parents) {
				t.Fatalf("%s: node %d differs", what, i)
			}
		}
	}
	all := func(Node) bool { return true }
	roots := 0
	check := func(root Node, walk func(fn func(Node, []Node) bool), inspect func(fn func(Node) bool)) {
		roots++
		for _, keep := range []func(Node) bool{all, prune} {
			var want, got []visit
			WalkWithParents(root, record(&want, keep))
			walk(record(&got, keep))
			same("WalkSubtree", got, want)
			var plainWant, plainGot []Node
			Inspect(root, func(n Node) bool { plainWant = append(plainWant, n); return keep(n) })
			inspect(func(n Node) bool { plainGot = append(plainGot, n); return keep(n) })
			if !slices.Equal(plainGot, plainWant) {
				t.Fatalf("InspectSubtree: %d nodes, want %d", len(plainGot), len(plainWant))
			}
		}
	}
	Each(f, func(a *ArrowFunc) {
		check(a, func(fn func(Node, []Node) bool) { WalkSubtree(f, a, fn) },
			func(fn func(Node) bool) { InspectSubtree(f, a, fn) })
	})
	Each(f, func(b *BlockStmt) {
		check(b, func(fn func(Node, []Node) bool) { WalkSubtree(f, b, fn) },
			func(fn func(Node) bool) { InspectSubtree(f, b, fn) })
	})
	if roots != 8 {
		t.Errorf("checked %d roots, want 8 (4 arrows, 4 blocks)", roots)
	}
	// A node that is not in the file is walked the slow way, alike.
	other, err := Parse("y.ts", []byte("const q = () => { w(1); };"))
	if err != nil {
		t.Fatal(err)
	}
	Each(other, func(a *ArrowFunc) {
		check(a, func(fn func(Node, []Node) bool) { WalkSubtree(f, a, fn) },
			func(fn func(Node) bool) { InspectSubtree(f, a, fn) })
	})
}
