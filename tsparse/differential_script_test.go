package tsparse

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// TestTsFactsScriptPrintsTheFactsShape pins testtools/ts-facts.js's ROOT mode,
// the form `fsdlint facts ROOT --format json` is compared with: paths relative
// to ROOT with /, in byte order, and exactly the keys of issue 3.
func TestTsFactsScriptPrintsTheFactsShape(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "testdata", "syntax"))
	if err != nil {
		t.Fatal(err)
	}
	out := testpeer.RunNode(t, "ts-facts.js", root)
	var doc map[string][]map[string]json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&doc); err != nil {
		t.Fatalf("output is not {\"files\":[…]}: %v", err)
	}
	files := doc["files"]
	if len(doc) != 1 || len(files) < 30 {
		t.Fatalf("want one key \"files\" with every fixture, got %d keys, %d files", len(doc), len(files))
	}
	var paths []string
	for _, f := range files {
		if keys := sortedKeys(f); strings.Join(keys, ",") != "declarations,imports,parseErrors,path" {
			t.Fatalf("file keys = %v", keys)
		}
		var p string
		if err := json.Unmarshal(f["path"], &p); err != nil {
			t.Fatal(err)
		}
		if filepath.IsAbs(p) || strings.Contains(p, `\`) {
			t.Errorf("path %q is not relative with /", p)
		}
		paths = append(paths, p)
		var imports []map[string]json.RawMessage
		if err := json.Unmarshal(f["imports"], &imports); err != nil {
			t.Fatal(err)
		}
		for _, imp := range imports {
			if keys := sortedKeys(imp); strings.Join(keys, ",") != "column,kind,line,resolved,specifier,typeOnly" {
				t.Fatalf("%s: import keys = %v", p, keys)
			}
			if string(imp["resolved"]) != "null" {
				t.Errorf("%s: resolved = %s, want null", p, imp["resolved"])
			}
		}
	}
	if !sort.StringsAreSorted(paths) {
		t.Error("paths are not in byte order")
	}
	for _, want := range []string{"imports.ts", "invalid/unterminated-string.ts", "module-dmts.d.mts"} {
		if i := sort.SearchStrings(paths, want); i == len(paths) || paths[i] != want {
			t.Errorf("%s missing from the output", want)
		}
	}
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
