package tsparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFallbackTakesImportsThroughEsbuild forces the fallback path: a file that
// tsparse (like TypeScript's parser) rejects and esbuild accepts still yields
// its imports, equal to the ones TypeScript recovers from the same file.
func TestFallbackTakesImportsThroughEsbuild(t *testing.T) {
	path, err := filepath.Abs(filepath.Join("..", "testdata", "syntax", "esbuild-lenient", "optional-index-signature.ts"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, parseErr := parseNoPanic(path, src)
	if parseErr == nil {
		t.Fatal("tsparse accepts the file; the fallback path is not exercised")
	}
	if msg := VerifySyntax(path, src, parseErr); !strings.Contains(msg, "tsparse rejects the file at 12:") || !strings.Contains(msg, "esbuild accepts it") {
		t.Errorf("VerifySyntax = %q, want a tsparse-rejects/esbuild-accepts disagreement at line 12", msg)
	}
	facts, esErr := FallbackFacts(path, src)
	if esErr != nil {
		t.Fatalf("FallbackFacts: esbuild rejected the file: %v", esErr)
	}
	peer := typeScriptFacts(t, []string{path})[path]
	if peer.ParseErrors == 0 {
		t.Fatal("TypeScript accepts the file; it is meant to be one only esbuild accepts")
	}
	want := append([]peerImport(nil), peer.Imports...)
	sortPeerImports(want)
	if d := diffLists("import", peerImportsOf(src, facts.Imports), want); d != "" {
		t.Errorf("fallback imports differ from TypeScript's:\n%s", d)
	}
	if len(want) < 7 {
		t.Errorf("TypeScript reports only %d imports; the fixture lost its imports", len(want))
	}
}

func TestFallbackReportsEsbuildsError(t *testing.T) {
	src := []byte("import { a } from './a';\nconst x = ;\n")
	facts, se := FallbackFacts("broken.ts", src)
	if se == nil || facts != nil {
		t.Fatalf("FallbackFacts = %v, %v; want esbuild's error", facts, se)
	}
	if line, col := NewLineTable(src).Position(se.Pos); line != 2 || col != 11 {
		t.Errorf("error at %d:%d (%s), want 2:11", line, col, se.Message)
	}
}

func TestVerifySyntaxAgreement(t *testing.T) {
	good := []byte("export const a: number = 1;\n")
	if msg := VerifySyntax("a.ts", good, nil); msg != "" {
		t.Errorf("both accept, VerifySyntax = %q", msg)
	}
	bad := []byte("export const a = ;\n")
	if msg := VerifySyntax("a.ts", bad, &SyntaxError{Pos: 17, Message: "Unexpected ';'"}); msg != "" {
		t.Errorf("both reject, VerifySyntax = %q", msg)
	}
	if msg := VerifySyntax("a.ts", bad, nil); !strings.Contains(msg, "esbuild rejects the file at 1:18") {
		t.Errorf("only esbuild rejects, VerifySyntax = %q", msg)
	}
}

func TestEsbuildCheckPositionsAreByteOffsets(t *testing.T) {
	// "é" and "😀" are 2 and 4 bytes: esbuild's column counts bytes, the offset must too.
	src := []byte("const s = \"é😀\"; const x = ;\n")
	se := EsbuildCheck("u.ts", src)
	if se == nil {
		t.Fatal("esbuild accepted a broken file")
	}
	if want := int32(strings.Index(string(src), ";\n")); se.Pos != want {
		t.Errorf("error offset %d (%s), want %d", se.Pos, se.Message, want)
	}
}
