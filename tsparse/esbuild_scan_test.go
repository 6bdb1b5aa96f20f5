package tsparse

import (
	"os"
	"strings"
	"testing"
)

// specifiersOf lists "kind typeOnly specifier" for every reference the scanner finds.
func specifiersOf(src string) []string {
	var out []string
	for _, st := range scanModuleStatements([]byte(src)) {
		s := string(st.Kind) + " " + literalValue([]byte(src), st.Specifier)
		if st.TypeOnly {
			s += " type"
		}
		out = append(out, s)
	}
	return out
}

func TestScannerFindsModuleReferences(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"side effect", `import "a";`, []string{"import a"}},
		{"default and named", `import a, { b as c } from "a"`, []string{"import a"}},
		{"namespace", `import * as ns from 'a'`, []string{"import a"}},
		{"import type", `import type { A } from "a"`, []string{"import a type"}},
		{"all inline types", `import { type A, type B as C } from "a"`, []string{"import a type"}},
		{"some inline types", `import { type A, b } from "a"`, []string{"import a"}},
		{"empty clause is not type-only", `import {} from "a"`, []string{"import a"}},
		{"default named type", `import type from "a"`, []string{"import a"}},
		{"type-only default named from", `import type from from "a"`, []string{"import a type"}},
		{"default type plus named", `import type, { a } from "a"`, []string{"import a"}},
		{"type as", `import { type as } from "a"`, []string{"import a type"}},
		{"type as alias", `import { type as x } from "a"`, []string{"import a"}},
		{"type as as alias", `import { type as as x } from "a"`, []string{"import a type"}},
		{"import equals", `import x = require("a")`, []string{"import-equals a"}},
		{"type import equals", `import type x = require("a")`, []string{"import-equals a type"}},
		{"export import equals", `export import x = require("a")`, []string{"import-equals a"}},
		{"entity import equals", `import x = A.B`, nil},
		{"export from", `export { a } from "a"`, []string{"export-from a"}},
		{"export type from", `export type { A } from "a"`, []string{"export-from a type"}},
		{"export inline types", `export { type A } from "a"`, []string{"export-from a type"}},
		{"export star", `export * from "a"; export * as ns from "b"; export type * from "c"`,
			[]string{"export-from a", "export-from b", "export-from c type"}},
		{"local export", `export { a }; export const b = 1;`, nil},
		{"dynamic", `const m = await import("a"); import("b", { with: {} })`, []string{"dynamic a", "dynamic b"}},
		{"template dynamic", "import(`a`); import(`b${x}`)", []string{"dynamic a"}},
		{"require", `const a = require("a"); require("b", "c"); x.require("d")`, []string{"require a"}},
		{"type query is not a call", `type T = typeof import("a")`, nil},
		{"member named import", `x.import("a"); y.export`, nil},
		{"declare module block", "declare module \"m\" {\n  import { A } from \"a\";\n  export * from \"b\";\n}",
			[]string{"import a", "export-from b"}},
		{"attributes", `import data from "./d.json" with { type: "json" }`, []string{"import ./d.json"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := specifiersOf(c.src)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("scan(%q) = %q, want %q", c.src, got, c.want)
			}
		})
	}
}

func TestScannerSkipsCommentsStringsTemplatesRegexes(t *testing.T) {
	src := strings.Join([]string{
		`// import "comment-line";`,
		`/* import "comment-block"; */`,
		`const s = 'import "in-string";';`,
		"const t = `import \"in-template\" ${`nested ${'}'}`} import \"still-template\"`;",
		`const r = /import "in-regex"/g;`,
		`const ratio = a / b; import "after-division";`,
		`const el = <p>Don't {x}</p>;`,
		`import "after-jsx";`,
		`function f() { if (x) { return /[}]/.test(y); } }`,
		`import "after-regex-with-brace";`,
	}, "\n")
	got := specifiersOf(src)
	want := []string{"import after-division", "import after-jsx", "import after-regex-with-brace"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("scan = %q, want %q", got, want)
	}
}

func TestScannerSurvivesBrokenInput(t *testing.T) {
	for _, src := range []string{"import", "import {", `import { a from "`, "`${", "/*", "'", "/[", `import type`, "export *", "require(", "}}}}{{{"} {
		scanModuleStatements([]byte(src)) // must not panic or hang
	}
}

func TestRewriteKeepsLengthAndLines(t *testing.T) {
	src := "import type {\n  A,\n  B, // comment ✓\n} from \"./types\";\nimport type X = require('x');\nimport { c } from \"c\";\n"
	stmts := scanModuleStatements([]byte(src))
	out := string(rewriteForEsbuild([]byte(src), stmts))
	if len(out) != len(src) {
		t.Fatalf("rewrite changed the length: %d -> %d", len(src), len(out))
	}
	if strings.Count(out, "\n") != strings.Count(src, "\n") {
		t.Errorf("rewrite changed the line count:\n%s", out)
	}
	want := "import       \n    \n                   \n       \"./types\";\n" +
		"import" + strings.Repeat(" ", len(" type X = require(")) + "'x' ;\n" +
		"import { c } from \"c\";\n"
	if out != want {
		t.Errorf("rewrite =\n%q\nwant\n%q", out, want)
	}
}

// FuzzScanModuleStatements: the fallback scanner runs on files the parser
// rejected, so it must take any input: no panic, ranges inside the file, and
// a rewrite of the same length.
func FuzzScanModuleStatements(f *testing.F) {
	for _, file := range validFixtures(f) {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("import type { A } from './a'; export * from \"b\"; require(`c`)"))
	f.Fuzz(func(t *testing.T, src []byte) {
		stmts := scanModuleStatements(src)
		for _, st := range stmts {
			r := st.Specifier
			if r.Start < 0 || r.End > int32(len(src)) || r.End-r.Start < 2 || st.Keyword > r.Start || st.End < r.End || int(st.End) > len(src) {
				t.Fatalf("bad statement %+v in %d bytes", st, len(src))
			}
		}
		if out := rewriteForEsbuild(src, stmts); len(out) != len(src) {
			t.Fatalf("rewrite changed the length %d -> %d", len(src), len(out))
		}
	})
}
