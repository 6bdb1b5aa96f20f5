package tsparse

import (
	"fmt"
	"strings"
	"testing"
)

func factsOf(t *testing.T, path, src string) *Facts {
	t.Helper()
	f, err := Parse(path, []byte(src))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return ExtractFacts(f)
}

// importLines prints each import as "kind specifier typeOnly start:end".
func importLines(f *Facts) string {
	var b []string
	for _, im := range f.Imports {
		b = append(b, fmt.Sprintf("%s %s %v %d:%d", im.Kind, im.Specifier, im.TypeOnly, im.SpecifierRange.Start, im.SpecifierRange.End))
	}
	return strings.Join(b, "\n")
}

func TestExtractImports(t *testing.T) {
	tests := []struct{ path, src, want string }{
		{"a.ts", `import a from "a"`, `import a false 14:17`},
		{"a.ts", `import "side"`, `import side false 7:13`},
		{"a.ts", `import type { A } from "a"`, `import a true 23:26`},
		{"a.ts", `import {type A} from "a"`, `import a true 21:24`},
		{"a.ts", `import {type A, type B as C} from "a"`, `import a true 34:37`},
		{"a.ts", `import D, {type A} from "a"`, `import a false 24:27`},
		{"a.ts", `import {type A, B} from "a"`, `import a false 24:27`},
		{"a.ts", `import {} from "x"`, `import x false 15:18`},
		{"a.ts", `import type D from "d"`, `import d true 19:22`},
		{"a.ts", `import type from "d"`, `import d false 17:20`},
		{"a.ts", `import * as ns from "ns"`, `import ns false 20:24`},
		{"a.ts", `export * from "all"`, `export-from all false 14:19`},
		{"a.ts", `export * as ns from "ns"`, `export-from ns false 20:24`},
		{"a.ts", `export type * from "t"`, `export-from t true 19:22`},
		{"a.ts", `export { a, b as c } from "r"`, `export-from r false 26:29`},
		{"a.ts", `export type { T } from "t"`, `export-from t true 23:26`},
		{"a.ts", `export { type T } from "t"`, `export-from t true 23:26`},
		{"a.ts", `export { a }`, ``},
		{"a.ts", `import x = require("x")`, `import-equals x false 19:22`},
		{"a.ts", `import type x = require("x")`, `import-equals x true 24:27`},
		{"a.ts", `export import x = require("x")`, `import-equals x false 26:29`},
		{"a.ts", `export import A = B.C`, ``},
		{"a.ts", `const m = import("./m")`, `dynamic ./m false 17:22`},
		{"a.ts", "const m = import(`./t`)", "dynamic ./t false 17:22"},
		{"a.ts", "const m = import(`./${x}`)", ``},
		{"a.ts", `function f() { return () => require("r") }`, `require r false 36:39`},
		{"a.js", `const r = require("a", "b"); require(x); require("ok")`, `require ok false 49:53`},
		{"a.ts", `import j from "./a.json" with { type: "json" }`, `import ./a.json false 14:24`},
		{"a.ts", `declare module "m" { import x from "inner" }`, `import inner false 35:42`},
		{"a.ts", `import a from 'q\'s'`, `import q's false 14:20`},
	}
	for _, tt := range tests {
		got := importLines(factsOf(t, tt.path, tt.src))
		if got != tt.want {
			t.Errorf("%q:\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

func TestExtractImportNames(t *testing.T) {
	f := factsOf(t, "a.ts", `import D, * as N from "a"; import {x as y, type T, "s" as z} from "b"; export {p as q} from "c"; export * as ns from "d"`)
	var got []string
	for _, im := range f.Imports {
		for _, n := range im.Names {
			got = append(got, fmt.Sprintf("%s>%s:%v", n.Imported, n.Local, n.TypeOnly))
		}
	}
	want := "default>D:false *>N:false x>y:false T>T:true s>z:false p>q:false *>ns:false"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	if f.Imports[0].StatementRange != (Range{0, 26}) {
		t.Errorf("statement range %v", f.Imports[0].StatementRange)
	}
}

func TestExtractExportsAndDeclarations(t *testing.T) {
	src := `export const a = 1, {b, c: [d]} = o;
export function f(): void;
export function f(x?: number) {}
export class C {}
export interface I { x: number }
export type T = string;
export enum E { A }
export namespace N { export type Inner = 1 }
export default function () {}
export { a as alias, type T as TT };
export * from "./all";
export * as star from "./star";
declare global { interface Window { y: 1 } }
function g() { type Local = 1; interface LocalI {} }
`
	f := factsOf(t, "a.ts", src)
	var exports []string
	for _, e := range f.Exports {
		exports = append(exports, fmt.Sprintf("%s:%v", e.Name, e.TypeOnly))
	}
	wantExports := "a:false b:false d:false f:false C:false I:true T:true E:false N:false default:false alias:false TT:true star:false"
	if strings.Join(exports, " ") != wantExports {
		t.Errorf("exports\n got: %s\nwant: %s", strings.Join(exports, " "), wantExports)
	}
	if strings.Join(f.ExportsAll, ",") != "./all" {
		t.Errorf("ExportsAll = %v", f.ExportsAll)
	}
	for _, d := range f.Declarations {
		if src[d.NameRange.Start:d.NameRange.End] != d.Name {
			t.Errorf("name range of %s covers %q", d.Name, src[d.NameRange.Start:d.NameRange.End])
		}
	}
	wantDecls := "interface I type T type Inner interface Window type Local interface LocalI"
	var kinds []string
	for _, d := range f.Declarations {
		kinds = append(kinds, string(d.Kind)+" "+d.Name)
	}
	if strings.Join(kinds, " ") != wantDecls {
		t.Errorf("declarations\n got: %s\nwant: %s", strings.Join(kinds, " "), wantDecls)
	}
}
