package tsparse

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// The facts JSON shape of issue 3, as testtools/ts-facts.js prints it.
type peerFactsOutput struct {
	Files []peerFileFacts `json:"files"`
}

type peerFileFacts struct {
	Path         string            `json:"path"`
	Imports      []peerImport      `json:"imports"`
	Declarations []peerDeclaration `json:"declarations"`
	ParseErrors  int               `json:"parseErrors"`
	Errors       []peerError       `json:"errors"` // with --details
}

type peerImport struct {
	Specifier string `json:"specifier"`
	Kind      string `json:"kind"`
	TypeOnly  bool   `json:"typeOnly"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
}

type peerDeclaration struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	Line int    `json:"line"`
}

type peerError struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Offset  int    `json:"offset"`
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (i peerImport) String() string {
	return fmt.Sprintf("%d:%d %s %q typeOnly=%v", i.Line, i.Column, i.Kind, i.Specifier, i.TypeOnly)
}

func (d peerDeclaration) String() string { return fmt.Sprintf("%d %s %s", d.Line, d.Kind, d.Name) }

// peerFactsCache keeps ts-facts.js results by input list: several tests read
// the corpus's facts, and one TypeScript run over it takes seconds.
var peerFactsCache = struct {
	sync.Mutex
	byInput map[string]map[string]peerFileFacts
}{byInput: map[string]map[string]peerFileFacts{}}

// typeScriptFacts runs ts-facts.js once over all files (absolute paths) and
// returns the facts by path.
func typeScriptFacts(t testing.TB, files []string) map[string]peerFileFacts {
	t.Helper()
	input := strings.Join(files, "\n") + "\n"
	peerFactsCache.Lock()
	defer peerFactsCache.Unlock()
	if cached, ok := peerFactsCache.byInput[input]; ok {
		return cached
	}
	out := testpeer.RunNodeStdin(t, []byte(input), "ts-facts.js", "--details", "--stdin")
	var parsed peerFactsOutput
	if err := json.Unmarshal(out, &parsed); err != nil {
		t.Fatalf("ts-facts.js printed invalid JSON: %v", err)
	}
	byPath := make(map[string]peerFileFacts, len(parsed.Files))
	for _, f := range parsed.Files {
		byPath[f.Path] = f
	}
	if len(byPath) != len(files) {
		t.Fatalf("ts-facts.js returned %d files for %d inputs", len(byPath), len(files))
	}
	peerFactsCache.byInput[input] = byPath
	return byPath
}

// peerImportsOf converts tsparse imports to the compared shape: line and
// 1-based UTF-16 column of the specifier's opening quote.
func peerImportsOf(src []byte, imports []Import) []peerImport {
	lines := NewLineTable(src)
	out := make([]peerImport, 0, len(imports))
	for _, imp := range imports {
		line, col := lines.Position(imp.SpecifierRange.Start)
		out = append(out, peerImport{Specifier: imp.Specifier, Kind: string(imp.Kind), TypeOnly: imp.TypeOnly, Line: line, Column: col})
	}
	sortPeerImports(out)
	return out
}

func peerDeclarationsOf(src []byte, decls []Declaration) []peerDeclaration {
	lines := NewLineTable(src)
	out := make([]peerDeclaration, 0, len(decls))
	for _, d := range decls {
		out = append(out, peerDeclaration{Kind: string(d.Kind), Name: d.Name, Line: lines.Line(d.NameRange.Start)})
	}
	sortPeerDeclarations(out)
	return out
}

// Order is not part of the contract; positions are, so both sides are sorted by them.
func sortPeerImports(s []peerImport) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Line != s[j].Line {
			return s[i].Line < s[j].Line
		}
		return s[i].Column < s[j].Column
	})
}

func sortPeerDeclarations(s []peerDeclaration) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Line != s[j].Line {
			return s[i].Line < s[j].Line
		}
		return s[i].Name < s[j].Name
	})
}

// diffLists describes how two lists differ, or returns "" when they are equal.
func diffLists[T fmt.Stringer](what string, got, want []T) string {
	var b strings.Builder
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			fmt.Fprintf(&b, "  %s[%d]: tsparse %q, TypeScript %q\n", what, i, g, w)
		}
	}
	return b.String()
}
