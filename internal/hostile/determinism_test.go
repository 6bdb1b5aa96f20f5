package hostile

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/internal/gen"
)

// TestDeterministicOutput lints one generated 1,000-file tree with violations
// 20 times at different -j; the json and the pretty (no colour) reports must
// be byte-identical every time.
func TestDeterministicOutput(t *testing.T) {
	dir := t.TempDir()
	stats, err := gen.Generate(dir, gen.Options{Files: 1000, Seed: 7, ViolationRate: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Files < 900 {
		t.Fatalf("generated only %d files", stats.Files)
	}
	jobs := []int{1, 2, 3, 4, 8}
	var wantJSON, wantPretty []byte
	for run := 0; run < 20; run++ {
		j := jobs[run%len(jobs)]
		jsonFile := filepath.Join(t.TempDir(), "out.json")
		ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
		cmd := exec.CommandContext(ctx, binary, "check", "-j", fmt.Sprint(j), "--color", "never",
			"--format", "pretty", "--format", "json="+jsonFile, ".")
		cmd.Dir = dir
		var pretty, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &pretty, &stderr
		err := cmd.Run()
		hung := ctx.Err() == context.DeadlineExceeded
		cancel()
		if hung {
			t.Fatalf("run %d (-j %d) hung", run, j)
		}
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Fatalf("run %d (-j %d): exit code %d (%v), want 1 (the tree has violations); stderr: %s", run, j, code, err, stderr.String())
		}
		js, err := os.ReadFile(jsonFile)
		if err != nil {
			t.Fatal(err)
		}
		if run == 0 {
			wantJSON, wantPretty = js, pretty.Bytes()
			if !bytes.Contains(js, []byte(`"rule": "fsd/forbidden-imports"`)) || !bytes.Contains(js, []byte(`"rule": "eqeqeq"`)) {
				t.Fatalf("the generated violations are not in the report:\n%.3000s", js)
			}
			continue
		}
		if !bytes.Equal(js, wantJSON) {
			t.Fatalf("run %d (-j %d): json differs from run 0 (-j 1) at byte %d", run, j, firstDiff(js, wantJSON))
		}
		if !bytes.Equal(pretty.Bytes(), wantPretty) {
			t.Fatalf("run %d (-j %d): pretty output differs from run 0 (-j 1) at byte %d", run, j, firstDiff(pretty.Bytes(), wantPretty))
		}
	}
}

func firstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
