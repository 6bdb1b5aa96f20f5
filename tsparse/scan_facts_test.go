package tsparse

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/gen"
)

// scanAgrees compares ScanFacts with ExtractFacts on one file. It returns
// whether the scanner took the file (false: it handed it to the parser) and a
// description of any difference.
func scanAgrees(path string, src []byte) (took bool, diff string) {
	facts, _, ok := scanFacts(path, src, true)
	f, err := Parse(path, src)
	if err != nil || !ok {
		return ok, ""
	}
	want := ExtractFacts(f)
	if d := diffFacts(facts, want); d != "" {
		return true, d
	}
	return true, ""
}

func diffFacts(got, want *Facts) string {
	var b strings.Builder
	if !reflect.DeepEqual(normImports(got.Imports), normImports(want.Imports)) {
		fmt.Fprintf(&b, "imports:\n  scan   %+v\n  parser %+v\n", got.Imports, want.Imports)
	}
	if !reflect.DeepEqual(got.Exports, want.Exports) && !(len(got.Exports) == 0 && len(want.Exports) == 0) {
		fmt.Fprintf(&b, "exports:\n  scan   %+v\n  parser %+v\n", got.Exports, want.Exports)
	}
	if !reflect.DeepEqual(got.ExportsAll, want.ExportsAll) && !(len(got.ExportsAll) == 0 && len(want.ExportsAll) == 0) {
		fmt.Fprintf(&b, "exports *:\n  scan   %+v\n  parser %+v\n", got.ExportsAll, want.ExportsAll)
	}
	return b.String()
}

// normImports makes empty and nil name lists equal.
func normImports(in []Import) []Import {
	out := make([]Import, len(in))
	for i, imp := range in {
		if len(imp.Names) == 0 {
			imp.Names = nil
		}
		out[i] = imp
	}
	return out
}

// sourceFilesUnder lists the .ts/.tsx/.js/.jsx/.mts/.cts files under root.
func sourceFilesUnder(root string) []string {
	var files []string
	filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil //nolint:nilerr // unreadable entries are skipped, the walk goes on
		}
		if e.IsDir() && e.Name() == "node_modules" && path != root {
			return filepath.SkipDir
		}
		switch filepath.Ext(path) {
		case ".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs":
			if !e.IsDir() {
				files = append(files, path)
			}
		}
		return nil
	})
	return files
}

// TestScanFactsAgreesWithParser runs the scanner and the parser on every
// corpus file, every fixture of the repository and a generated FSD app: where
// the scanner takes a file, its facts must be the parser's, field for field.
func TestScanFactsAgreesWithParser(t *testing.T) {
	sets := map[string][]string{
		"npm corpus": corpusFiles(t),
		"fixtures":   append(sourceFilesUnder("../testdata"), sourceFilesUnder("testdata")...),
	}
	dir := t.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 600, Seed: 7, ViolationRate: 0.3}); err != nil {
		t.Fatal(err)
	}
	sets["generated app"] = sourceFilesUnder(dir)
	for name, files := range sets {
		took, failed := 0, 0
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			ok, diff := scanAgrees(path, src)
			if ok {
				took++
			}
			if diff != "" {
				failed++
				if failed <= 10 {
					t.Errorf("%s: scanner and parser disagree:\n%s", path, diff)
				}
			}
		}
		t.Logf("%s: %d files, scanner took %d (%.1f%%), %d disagree", name, len(files), took, 100*float64(took)/float64(max(1, len(files))), failed)
	}
}

// TestScanFactsTrickyCases: constructs where tokens alone mislead. Every case
// must agree with the parser; "takes" cases must also stay on the fast path
// (the scanner must not give up on everyday code), "gives up" cases must not
// be guessed.
func TestScanFactsTrickyCases(t *testing.T) {
	cases := []struct {
		path, src string
		takes     bool
	}{
		// regex or division
		{"a.ts", "const x = a / b / c; import x from './x'", true},
		{"a.ts", "const r = /import('x')/g; const s = (a + b) / 2; require('./y')", true},
		{"a.ts", "if (x) /require('no')/.test(y); import './z'", true},
		{"a.ts", "x = y++ / 2; const z = a[0] / b; const w = f() / g", true},
		{"a.ts", "let n = x! / 2;", true},
		{"a.ts", "function f() {}\n/re/.test(s)", false},
		{"a.ts", "const o = {} / 2", false},
		{"a.ts", "async function f() { await /re/ }", false},
		// strings, templates, comments that look like imports
		{"a.ts", "const s = \"import x from 'no'\"; // require('no')\n/* import('no') */ import y from 'yes'", true},
		{"a.ts", "const t = `${a}import('no')${`${require('yes')}`}`", true},
		{"a.ts", "f(import(`./tpl`)); const u = require(`./r\\u0041`)", true},
		// import forms
		{"a.ts", "import d, * as ns from 'a'; import e, { f as g, type H, 'i-j' as k } from 'b';", true},
		{"a.ts", "import type { A, B as C } from 'c'\nimport { type D, type E } from 'd'\nimport type F from 'f'", true},
		{"a.ts", "import type from 'a'; import type, { b } from 'b'; import type from from 'c'", true},
		{"a.ts", "import { type } from 'a'; import { type as } from 'b'; import { type as as as } from 'd'; import { type as x } from 'e'", true},
		{"a.ts", "import x = require('x'); import type y = require('y'); import z = A.B.C; export import w = require('w'); export import v = N.M", true},
		{"a.ts", "import j from './data.json' with { type: 'json' }; import k from './k' assert { type: 'json' }", true},
		{"a.ts", "declare module 'm' { import x from 'inner'; export { y } from 'inner2'; export const z: number }", true},
		{"a.ts", "import.meta.url; const m = { import: 1, export: 2 }; obj.import('x'); obj.require('y'); new require('z')", true},
		{"a.ts", "class A { import() {} export() {} require(a) {} }", true},
		{"a.ts", "const o = { import: 1 }\nimport('./after-object')", true},
		{"a.ts", "require('a', b); require(x); require?.('c'); require<T>('d'); (require)('e'); require('f',)", true},
		{"a.ts", "function require(x) {} const a = require('ok')", true},
		// dynamic import and import types
		{"a.ts", "async function f() { const m = await import('./m'); return import('./n') }\nimport('./side')", true},
		{"a.ts", "foo(import('./arg'))", true},
		{"a.ts", "type T = typeof import('./t')", false},
		{"a.ts", "let x: import('./t').T", false},
		{"a.ts", "const C = lazy(() => import('./C'))", false},
		{"a.ts", "f(x as Map<A, import('./t').B>)", false},
		// exports
		{"a.ts", "export const a = 1; export let b; export var c = 2\nexport function f() {} export async function g() {} export function* h() {}", true},
		{"a.ts", "export function o(a: string): void; export function o(a: number): void; export function o(a: any) {}", true},
		{"a.ts", "export class K {} export abstract class L {} export enum E { A } export const enum F { B } export interface I {} export type T = 1", true},
		{"a.ts", "export declare const d: number; export declare function df(): void; export namespace N.M {} export module 'q' {} export declare namespace Q {}", true},
		{"a.ts", "export default interface I {}", true},
		{"a.ts", "export default class {}", true},
		{"a.ts", "export default function () {}", true},
		{"a.ts", "export { a, b as c, type d, 'e' as f, g as 'h' }; export type { T }", true},
		{"a.ts", "export * from './all'; export * as ns from './ns'; export type * from './types'; export type * as tns from './tns'", true},
		{"a.ts", "export { default } from './x'; export { default as Y, type Z } from './y'", true},
		{"a.ts", "export = foo; export as namespace Lib;", true},
		{"a.ts", "export const thunk = create<User, UserId, { state: S }>('x', fn)", true},
		{"a.ts", "export const make: <A, E = never>() => Effect<A, E> = core.make", true},
		{"a.ts", "export const a = 1, b = 2", false},
		{"a.ts", "export const m: Map<string, number> = new Map(), n = 1", false},
		{"a.ts", "export const { a, b } = obj", false},
		{"a.ts", "export const a = 1\nfoo(b, c)", true},
		{"a.ts", "export const a = x < y, b = 1", false},
		// JSX
		{"a.tsx", "const e = <div className='x'>Don't require('no') import('no') {require('yes')}</div>", true},
		{"a.tsx", "const e = <A.B c=\"d\" {...e} f={<g/>} h:i='j'>text{x}<>frag</></A.B>; import('./after')", true},
		{"a.tsx", "const e = cond ? <A/> : <B>{list.map(x => <li key={x}>{x}</li>)}</B>; export default e", true},
		{"a.tsx", "const e = <div>{/* require('no') */}</div>", true},
		{"a.tsx", "const g = <T,>(x: T) => x; require('./r')", false},
		{"a.tsx", "const g = <T extends object>(x: T) => x;", false},
		{"a.tsx", "let f: <T>(x: T) => T = id", false},
		{"a.tsx", "const e = <div>a > b</div>", false},
		{"a.ts", "const n = <number>x; const a = <T>(x: T) => x; require('./ok')", true},
		{"a.jsx", "const e = <div>{require('./j')}</div>", true},
		// files the parser rejects are never the scanner's
		{"a.ts", "const s = 'unterminated", false},
		{"a.ts", "foo(", false},
		{"a.tsx", "<div></span>", false},
	}
	for _, c := range cases {
		facts, _, took := scanFacts(c.path, []byte(c.src), true)
		if took != c.takes {
			t.Errorf("%s %q: scanner took it = %v, want %v", c.path, c.src, took, c.takes)
		}
		if !took {
			continue
		}
		f, err := Parse(c.path, []byte(c.src))
		if err != nil {
			t.Errorf("%s %q: the scanner took a file the parser rejects: %v", c.path, c.src, err)
			continue
		}
		if d := diffFacts(facts, ExtractFacts(f)); d != "" {
			t.Errorf("%s %q:\n%s", c.path, c.src, d)
		}
	}
}

// FuzzScanFacts: on any input, the scanner never panics, and where both it and
// the parser take a file, their facts are the same.
func FuzzScanFacts(f *testing.F) {
	for _, s := range fuzzSeedSnippets {
		f.Add("a.ts", s)
		f.Add("a.tsx", s)
	}
	f.Add("a.tsx", "import a, { type b } from 'x'; export const c = <div>{require('y')}</div>; export * from 'z'")
	f.Add("a.ts", "export const t = create<A, B, { c: D }>('x'); const m = await import('./m')")
	f.Fuzz(func(t *testing.T, path, src string) {
		if !strings.HasSuffix(path, ".ts") && !strings.HasSuffix(path, ".tsx") && !strings.HasSuffix(path, ".js") {
			path += ".ts"
		}
		if _, diff := scanAgrees(path, []byte(src)); diff != "" {
			t.Fatalf("%s %q:\n%s", path, src, diff)
		}
	})
}

// BenchmarkScanFacts: the scanner over a generated FSD app's sources in
// memory (go test -bench ScanFacts ./tsparse).
func BenchmarkScanFacts(b *testing.B) {
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 1000, Seed: 1, ViolationRate: 0.05}); err != nil {
		b.Fatal(err)
	}
	type file struct {
		path string
		src  []byte
	}
	var files []file
	size := 0
	for _, p := range sourceFilesUnder(dir) {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, file{p, src})
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, _, ok := scanFacts(f.path, f.src, true); !ok {
				b.Fatalf("%s: the scanner gave up", f.path)
			}
		}
	}
}
