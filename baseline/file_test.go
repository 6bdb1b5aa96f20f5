package baseline

import (
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func TestWriteThenFilterKeepsOnlyNewFindings(t *testing.T) {
	before := map[string][]byte{"a.ts": []byte("import x from '../b';\nlet y = 1;\n")}
	old := []rules.Finding{
		{Rule: "fsd/forbidden-imports", Path: "a.ts", Line: 1, Message: "x"},
		{Rule: "prefer-const", Path: "a.ts", Line: 2, Message: "use const"},
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := Write(path, old, before); err != nil {
		t.Fatal(err)
	}
	b, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	// Two lines were inserted on top; one more prefer-const appeared.
	after := map[string][]byte{"a.ts": []byte("// header\n\nimport x from '../b';\nlet y = 1;\nlet z = 2;\n")}
	now := []rules.Finding{
		{Rule: "fsd/forbidden-imports", Path: "a.ts", Line: 3, Message: "x"},
		{Rule: "prefer-const", Path: "a.ts", Line: 4, Message: "use const"},
		{Rule: "prefer-const", Path: "a.ts", Line: 5, Message: "use const"},
	}
	kept := Filter(now, after, b)
	if len(kept) != 1 || kept[0].Line != 5 {
		t.Errorf("Filter kept %+v, want only the finding on line 5", kept)
	}
}

func TestReadRejectsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}
