package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The graph command over the fixture tree prints what archgraph's golden
// files hold (those are made from the same tree).
func TestGraphCommandMatchesGoldens(t *testing.T) {
	root, err := filepath.Abs("../../testdata/resolve/fsd-app")
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"mermaid", "json"} {
		var out, errb bytes.Buffer
		if code := Main([]string{"graph", root, "--format", format}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errb.String())
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "archgraph", "testdata", "fsd-app."+format))
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != string(want) {
			t.Errorf("%s output differs from archgraph/testdata/fsd-app.%s:\n%s", format, format, out.String())
		}
	}
}

func TestGraphCommandUsageErrors(t *testing.T) {
	root, _ := filepath.Abs("../../testdata/resolve/fsd-app")
	for _, args := range [][]string{
		{"graph", root, "--format", "svg"},
		{"graph", root, "--focus", "nope"},
	} {
		var out, errb bytes.Buffer
		if code := Main(args, &out, &errb); code != 2 || !strings.Contains(errb.String(), "graph:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}
