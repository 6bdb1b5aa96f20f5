package main

import (
	"bytes"
	"path/filepath"
	"testing"
)

// The output is byte-identical at any -j: findings are sorted, never in
// completion order. Checked on the example tree, in every machine format.
func TestOutputIdenticalAtAnyJobs(t *testing.T) {
	example, err := filepath.Abs("../../testdata/example")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(example)
	for _, format := range []string{"json", "compact", "pretty"} {
		var first []byte
		for _, jobs := range []string{"1", "8", "3"} {
			var out, errOut bytes.Buffer
			code := Main([]string{"check", "-j", jobs, "--format", format, "--color", "never"}, &out, &errOut)
			if code == 2 {
				t.Fatalf("-j %s: exit 2: %s", jobs, errOut.String())
			}
			if first == nil {
				first = out.Bytes()
				if len(first) == 0 {
					t.Fatalf("%s: no output", format)
				}
			} else if !bytes.Equal(out.Bytes(), first) {
				t.Errorf("%s: -j %s output differs from -j 1:\n%s\n---\n%s", format, jobs, out.Bytes(), first)
			}
		}
	}
}
