package tsparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
)

// validFixtures lists the hand-written fixtures that must parse.
func validFixtures(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "syntax", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures under testdata/syntax")
	}
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = abs
	}
	return files
}

// TestEsbuildImportsAgreesWithTypeScript checks the fallback on every valid
// fixture: the imports esbuild yields are TypeScript's, also inside
// `declare module "x" {…}` blocks.
func TestEsbuildImportsAgreesWithTypeScript(t *testing.T) {
	files := validFixtures(t)
	want := typeScriptFacts(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			imports, err := EsbuildImports(file, src)
			if err != nil {
				t.Fatalf("esbuild rejected a valid fixture: %v", err)
			}
			if d := diffLists("import", peerImportsOf(src, imports), sortedImports(want[file])); d != "" {
				t.Errorf("EsbuildImports differs from TypeScript:\n%s", d)
			}
		})
	}
}

// sortedImports is TypeScript's import list in position order.
func sortedImports(f peerFileFacts) []peerImport {
	out := append([]peerImport(nil), f.Imports...)
	sortPeerImports(out)
	return out
}

func TestEsbuildImportsRewritesTypeOnlyStatements(t *testing.T) {
	src := []byte(strings.Join([]string{
		`import type { A } from "./a";`,
		`import { type B } from './b';`,
		`export type { C } from "./c";`,
		`import type D = require("./d");`,
		`import { e } from "./e";`,
		`const f = require("./f");`,
		`const g = import("./g");`,
		`export { h } from "./h";`,
		`import i = require("./i");`,
		``,
	}, "\n"))
	imports, err := EsbuildImports("x.ts", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		spec     string
		kind     ImportKind
		typeOnly bool
		line     int
		col      int
	}{
		{"./a", ImportStatic, true, 1, 24},
		{"./b", ImportStatic, true, 2, 24},
		{"./c", ImportExport, true, 3, 24},
		{"./d", ImportEquals, true, 4, 25},
		{"./e", ImportStatic, false, 5, 19},
		{"./f", ImportRequire, false, 6, 19},
		{"./g", ImportDynamic, false, 7, 18},
		{"./h", ImportExport, false, 8, 19},
		{"./i", ImportEquals, false, 9, 20},
	}
	if len(imports) != len(want) {
		t.Fatalf("got %d imports, want %d: %+v", len(imports), len(want), imports)
	}
	lines := NewLineTable(src)
	for i, w := range want {
		got := imports[i]
		line, col := lines.Position(got.SpecifierRange.Start)
		if got.Specifier != w.spec || got.Kind != w.kind || got.TypeOnly != w.typeOnly || line != w.line || col != w.col {
			t.Errorf("import %d = %s %s typeOnly=%v at %d:%d, want %s %s typeOnly=%v at %d:%d",
				i, got.Specifier, got.Kind, got.TypeOnly, line, col, w.spec, w.kind, w.typeOnly, w.line, w.col)
		}
		if text := string(src[got.SpecifierRange.Start:got.SpecifierRange.End]); text[1:len(text)-1] != w.spec {
			t.Errorf("import %d: specifier range covers %q", i, text)
		}
	}
}

func TestEsbuildImportsReportsEsbuildErrors(t *testing.T) {
	if _, err := EsbuildImports("broken.ts", []byte("import { from 'x';\n")); err == nil {
		t.Fatal("EsbuildImports accepted a broken file")
	}
}

// TestEsbuildImportsOnCorpus runs the fallback over the npm corpus, as if
// tsparse had rejected every file, and compares with TypeScript.
func TestEsbuildImportsOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs esbuild and TypeScript over the whole corpus; skipped with -short")
	}
	files := corpus.Files(t)
	peer := typeScriptFacts(t, files)
	total, agree, failed := 0, 0, 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want := sortedImports(peer[file])
		total += len(want)
		imports, err := EsbuildImports(file, src)
		if err != nil {
			failed++
			t.Errorf("%s: esbuild rejected it: %v", file, err)
			continue
		}
		got := peerImportsOf(src, imports)
		agree += countEqual(got, want)
		if d := diffLists("import", got, want); d != "" {
			t.Errorf("%s: EsbuildImports differs from TypeScript:\n%s", file, d)
		}
	}
	t.Logf("%d files, %d imports, %d reproduced by the esbuild fallback, %d files rejected", len(files), total, agree, failed)
}

// esbuild's locations are line/byte-column; the conversion to offsets must
// agree with the line table on CRLF, lone CR and U+2028/U+2029 line breaks.
func TestEsbuildImportsPositionsAcrossLineBreakKinds(t *testing.T) {
	for name, brk := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r", "LS": "\u2028", "PS": "\u2029"} {
		t.Run(name, func(t *testing.T) {
			src := []byte("// é😀 comment" + brk + "import type { A } from './a';" + brk + "const s = 'x';" + brk + "export { b } from \"./b\";" + brk)
			imports, err := EsbuildImports("x.ts", src)
			if err != nil {
				t.Fatal(err)
			}
			if len(imports) != 2 {
				t.Fatalf("got %d imports: %+v", len(imports), imports)
			}
			for i, want := range []string{"'./a'", `"./b"`} {
				r := imports[i].SpecifierRange
				if got := string(src[r.Start:r.End]); got != want {
					t.Errorf("import %d covers %q, want %q", i, got, want)
				}
			}
		})
	}
}
