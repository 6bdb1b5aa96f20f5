package tsparse

import (
	"os"
	"path/filepath"
	"testing"
)

// TestInspectSourceOrder: a pre-order walk meets nodes in source order (starts
// never decrease) and every child lies inside its parent.
func TestInspectSourceOrder(t *testing.T) {
	var files []string
	for _, name := range []string{"component.tsx", "slice.ts", "globals.d.ts", "legacy.js"} {
		files = append(files, filepath.Join("testdata", "parse", name))
	}
	srcs := map[string]string{
		"a.ts": "@Component({a: 1}) export class X<T> extends Y<T> implements Z { @In() m(@P() x = 1): void {} }\n" +
			"const { a = 1, b: [c], ...d } = e; for (const [k, v] of o) {} x = `a${b}c${d}`; f<T>(...g);\n" +
			"type M = { readonly [K in keyof T as `x${K & string}`]-?: T[K] extends infer U ? U : never };\n" +
			"import D, * as N from 'n'; export { p as q } from 'r'; label: try {} catch ({ m }) {} finally {}",
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		srcs[path] = string(src)
	}
	for path, src := range srcs {
		f, err := Parse(path, []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		last := int32(0)
		visits := 0
		for _, s := range f.Body {
			WalkWithParents(s, func(n Node, parents []Node) bool {
				visits++
				r := n.Span()
				if r.Start < last {
					t.Errorf("%s: %T at %v visited after a node starting at %d", path, n, r, last)
				}
				last = r.Start
				if len(parents) > 0 {
					pr := parents[len(parents)-1].Span()
					if r.Start < pr.Start || r.End > pr.End {
						t.Errorf("%s: %T %v outside its parent %T %v", path, n, r, parents[len(parents)-1], pr)
					}
				}
				return true
			})
		}
		count := 0
		InspectFile(f, func(Node) bool { count++; return true })
		if count != visits || count == 0 {
			t.Errorf("%s: Inspect visited %d nodes, WalkWithParents %d", path, count, visits)
		}
	}
}
