package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateExample = flag.Bool("update-example", false, "rewrite testdata/example/expected-findings.txt")

// The example tree the README demonstrates shows its deliberate violations:
// a cross-import, a higher-layer import, a public-API sidestep, an interface
// and a ==. expected-findings.txt is the compact output; regenerate it after a
// deliberate change with: go test ./cmd/fsdlint -run TestExampleTree -update-example
func TestExampleTree(t *testing.T) {
	example, err := filepath.Abs("../../testdata/example")
	if err != nil {
		t.Fatal(err)
	}
	expectedPath := filepath.Join(example, "expected-findings.txt")
	t.Chdir(example)
	var out, errOut bytes.Buffer
	code := Main([]string{"check", "--format", "compact"}, &out, &errOut)
	if code != 1 || errOut.Len() > 0 {
		t.Fatalf("exit %d (want 1), stderr: %s", code, errOut.String())
	}
	if *updateExample {
		if err := os.WriteFile(expectedPath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(expectedPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("findings on testdata/example changed:\n--- got ---\n%s--- want ---\n%s(if deliberate: go test ./cmd/fsdlint -run TestExampleTree -update-example)", out.String(), want)
	}
}
