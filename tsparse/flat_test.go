package tsparse

import (
	"slices"
	"testing"
)

// Each and EachWithParents must see exactly what a full walk sees: the same
// nodes of the type, in the same order, with the same ancestors.
func TestEachMatchesWalk(t *testing.T) {
	src := `import a from "a";
const f = (x: number) => x + g(1, h(2));
function k() { if (a) { return [1, 2].map((y) => y * 2); } return g(3); }
class C { m() { return this.n(g(4)); } }
export default <div onClick={() => g(5)}>{g(6)}</div>;
`
	f, err := Parse("x.tsx", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		start   int32
		parents []Node
	}
	var want []seen
	for _, s := range f.Body {
		WalkWithParents(s, func(n Node, parents []Node) bool {
			if c, ok := n.(*CallExpr); ok {
				want = append(want, seen{c.Range.Start, slices.Clone(parents)})
			}
			return true
		})
	}
	var got []seen
	EachWithParents(f, func(c *CallExpr, parents []Node) {
		got = append(got, seen{c.Range.Start, slices.Clone(parents)})
	})
	var plain []int32
	Each(f, func(c *CallExpr) { plain = append(plain, c.Range.Start) })
	if len(want) != 8 || len(got) != len(want) || len(plain) != len(want) {
		t.Fatalf("calls: walk %d, EachWithParents %d, Each %d (want 8)", len(want), len(got), len(plain))
	}
	for i := range want {
		if got[i].start != want[i].start || plain[i] != want[i].start {
			t.Errorf("call %d at %d, EachWithParents %d, Each %d", i, want[i].start, got[i].start, plain[i])
		}
		if !slices.Equal(got[i].parents, want[i].parents) {
			t.Errorf("call %d: parents differ: %d vs %d", i, len(got[i].parents), len(want[i].parents))
		}
	}
	// A second request for the same type is served from the memo, unchanged.
	var again []int32
	Each(f, func(c *CallExpr) { again = append(again, c.Range.Start) })
	if !slices.Equal(again, plain) {
		t.Errorf("second Each: %v, first %v", again, plain)
	}
}
