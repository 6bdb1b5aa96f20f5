package tsparse

import (
	"errors"
	"fmt"
	"os"
	"testing"
)

// disagreement is one way tsparse and a peer see a file differently.
type disagreement struct {
	Path   string // repo-relative for fixtures, node_modules-relative for the corpus
	Kind   string // one of the kinds below
	Detail string
}

// Disagreement kinds.
const (
	tsRejects      = "typescript-rejects"  // TypeScript reports parse errors, tsparse accepts
	tsAccepts      = "typescript-accepts"  // TypeScript reports none, tsparse rejects
	esbuildRejects = "esbuild-rejects"     // esbuild rejects, tsparse accepts
	esbuildAccepts = "esbuild-accepts"     // esbuild accepts, tsparse rejects
	factsImports   = "imports-differ"      // both accept, imports differ
	factsDecls     = "declarations-differ" // both accept, declarations differ
)

func (d disagreement) String() string { return fmt.Sprintf("%s: %s\n%s", d.Path, d.Kind, d.Detail) }

// agreementStats counts what a differential run compared.
type agreementStats struct {
	files, accepted, rejected     int
	imports, declarations         int
	importsAgree, declarationsAgr int
}

// compareFile parses one file with tsparse and checks it against TypeScript's
// facts and esbuild's verdict, returning every disagreement.
func compareFile(t testing.TB, rel, file string, peer peerFileFacts, stats *agreementStats) []disagreement {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	stats.files++
	var out []disagreement
	add := func(kind, format string, args ...any) {
		out = append(out, disagreement{Path: rel, Kind: kind, Detail: fmt.Sprintf(format, args...)})
	}

	f, parseErr := parseNoPanic(file, src)
	lines := NewLineTable(src)
	where := func(pos int32) string {
		l, c := lines.Position(pos)
		return fmt.Sprintf("%d:%d", l, c)
	}
	var se *SyntaxError
	if parseErr != nil {
		stats.rejected++
		if !errors.As(parseErr, &se) {
			t.Fatalf("%s: Parse returned %T, want *SyntaxError", rel, parseErr)
		}
		if se.Pos < 0 || int(se.Pos) > len(src) {
			t.Errorf("%s: error position %d outside the file (%d bytes)", rel, se.Pos, len(src))
		}
	} else {
		stats.accepted++
	}

	switch {
	case peer.ParseErrors > 0 && se == nil:
		e := peer.Errors[0]
		add(tsRejects, "  TypeScript: %d:%d %s", e.Line, e.Column, e.Message)
	case peer.ParseErrors == 0 && se != nil:
		add(tsAccepts, "  tsparse: %s %s", where(se.Pos), se.Message)
	}

	es := EsbuildCheck(file, src)
	switch {
	case es != nil && se == nil:
		add(esbuildRejects, "  esbuild: %s %s", where(es.Pos), es.Message)
	case es == nil && se != nil:
		add(esbuildAccepts, "  tsparse: %s %s", where(se.Pos), se.Message)
	}

	if parseErr == nil && peer.ParseErrors == 0 {
		out = append(out, compareFacts(rel, src, f, peer, stats)...)
	}
	return out
}

// parseNoPanic turns a parser panic into a test-visible error: a panic must
// never reach the user, so it is a disagreement like any other.
func parseNoPanic(path string, src []byte) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, &SyntaxError{Pos: 0, Message: fmt.Sprintf("PANIC in Parse: %v", r)}
		}
	}()
	return Parse(path, src)
}
