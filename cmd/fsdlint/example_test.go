package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The example tree the README demonstrates shows its deliberate violations:
// a cross-import, a higher-layer import, a public-API sidestep, an interface
// and a ==. expected-findings.txt lists them as compact lines; each must be
// reported (other rules may report more, e.g. the cycle the higher-layer import
// closes), and no file may fail to parse or crash a rule.
func TestExampleTree(t *testing.T) {
	example, err := filepath.Abs("../../testdata/example")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(example, "expected-findings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(example)
	var out, errOut bytes.Buffer
	code := Main([]string{"check", "--format", "compact"}, &out, &errOut)
	if code != 1 || errOut.Len() > 0 {
		t.Fatalf("exit %d (want 1), stderr: %s", code, errOut.String())
	}
	got := out.String()
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("missing finding on testdata/example:\n  %s", line)
		}
	}
	for _, bad := range []string{" parse-error:", " internal/", " tsconfig-error:"} {
		if strings.Contains(got, bad) {
			t.Errorf("unexpected%s finding on testdata/example:\n%s", bad, got)
		}
	}
	if t.Failed() {
		t.Logf("full output:\n%s", got)
	}
}
