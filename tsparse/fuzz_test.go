package tsparse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzSeedSnippets are small programs covering the tricky constructs.
var fuzzSeedSnippets = []string{
	"a<b>(c); a < b > c; (a, b) => c; (a, b); a / b / c; x = /re/g; if (x) /re/.test(y)",
	"let x: Array<Array<T>> = y >> 1 >>> 2; x >>= 3",
	"return\nx; a\n++b; type = 1; declare\nconst x = 1",
	"`a${`b${c}`}d${ {e} }`",
	"class A<T> extends B<T> implements C { #x = 1; static { } accessor y = 2; constructor(private a: number) { super() } get g() { return this.#x } }",
	"type M<T> = { readonly [K in keyof T as `get${K & string}`]-?: T[K] }; type C<T> = T extends [infer H, ...infer R] ? H : never",
	"import x = require('x'); import type { A } from 'a'; export * as ns from 'n'; export = x; const m = import('m')",
	"declare module 'm' { export const x: number } declare global { interface W {} } namespace A.B { }",
	"enum E { A = 1 } const enum F { X } abstract class Q { abstract m(): void }",
	"function f(this: T, x?: number): asserts x is string; @dec class D { @d m(@p x) {} }",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeedSnippets {
		f.Add("a.ts", s)
		f.Add("a.tsx", s)
	}
	f.Add("a.tsx", `const el = <A.B c="d" {...e} f={<g/>} h:i="j">text{x}<>frag</></A.B>; const g = <T,>() => {}`)
	f.Add("a.jsx", `<div data-x="1" class="a">a &gt; b {/* c */}</div>`)
	for _, dir := range []string{"testdata/parse", "testdata/syntax"} {
		filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil //nolint:nilerr // unreadable entries just add no seed, the walk goes on
			}
			if src, err := os.ReadFile(path); err == nil && len(src) < 4096 {
				f.Add(filepath.Base(path), string(src))
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, name, src string) {
		ext := ".ts"
		for _, e := range []string{".tsx", ".d.ts", ".js", ".jsx", ".mts", ".cjs"} {
			if strings.HasSuffix(name, e) {
				ext = e
			}
		}
		file, err := Parse("f"+ext, []byte(src))
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error is %T, not *SyntaxError", err)
			}
			if strings.HasPrefix(se.Message, "internal parser error") {
				t.Fatalf("parser panicked: %s", se.Message)
			}
			if se.Pos < 0 || int(se.Pos) > len(src) {
				t.Fatalf("error position %d outside the file (len %d)", se.Pos, len(src))
			}
			return
		}
		last := int32(0)
		for _, s := range file.Body {
			WalkWithParents(s, func(n Node, parents []Node) bool {
				r := n.Span()
				if r.Start < 0 || r.Start > r.End || int(r.End) > len(src) {
					t.Fatalf("%T has range %v outside the file (len %d)", n, r, len(src))
				}
				if r.Start < last {
					t.Fatalf("%T at %v visited after a node starting at %d", n, r, last)
				}
				if len(parents) > 0 {
					if pr := parents[len(parents)-1].Span(); r.Start < pr.Start || r.End > pr.End {
						t.Fatalf("%T %v outside its parent %T %v", n, r, parents[len(parents)-1], pr)
					}
				}
				last = r.Start
				return true
			})
		}
		ExtractFacts(file)
	})
}
