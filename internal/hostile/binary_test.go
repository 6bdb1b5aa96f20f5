package hostile

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// binary is the fsdlint executable built once for the package.
var binary string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "fsdlint-hostile-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	root, err := testpeer.RepoRoot()
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "fsdlint")
	build := exec.Command("go", "build", "-o", binary, "./cmd/fsdlint")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	return m.Run()
}

// hangGuard bounds one run. It is a guard against hangs, not a speed assertion.
const hangGuard = 60 * time.Second

// outcome is one run of the binary.
type outcome struct {
	code     int
	stdout   string
	stderr   string
	findings []finding
}

// finding is the part of the json reporter's output the tests read.
type finding struct {
	Rule    string `json:"rule"`
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// check runs `fsdlint check --format json --color never args...` in dir.
func check(t *testing.T, dir string, args ...string) outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, append([]string{"check", "--format", "json", "--color", "never"}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("fsdlint did not finish within %v (hang) in %s", hangGuard, dir)
	}
	o := outcome{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		o.code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	for _, marker := range []string{"panic:", "goroutine ", "runtime error"} {
		if strings.Contains(o.stderr, marker) {
			t.Fatalf("fsdlint crashed:\n%s", o.stderr)
		}
	}
	if o.code != 2 {
		var doc struct {
			Findings []finding `json:"findings"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
			t.Fatalf("output is not the json report (%v):\n%.2000s\nstderr:\n%s", err, o.stdout, o.stderr)
		}
		o.findings = doc.Findings
	}
	return o
}

// find returns the findings of rule in path.
func (o outcome) find(rule, path string) []finding {
	var out []finding
	for _, f := range o.findings {
		if f.Rule == rule && f.Path == path {
			out = append(out, f)
		}
	}
	return out
}

// wantOne asserts exactly one finding of rule in path and returns it.
func (o outcome) wantOne(t *testing.T, rule, path string) finding {
	t.Helper()
	got := o.find(rule, path)
	if len(got) != 1 {
		t.Fatalf("want one %s finding in %s, got %d; all findings: %+v\nstderr: %s", rule, path, len(got), o.findings, o.stderr)
	}
	return got[0]
}

// sibling is a well-formed file with one known finding; every tree gets it so
// that each test can show the rest of the tree is still linted.
const (
	siblingName = "ok.ts"
	siblingSrc  = "export const eq = (a: number, b: number) => a == b;\n"
	siblingCol  = 47
)

// wantSibling asserts the sibling's eqeqeq finding is reported once, in place.
func (o outcome) wantSibling(t *testing.T, dir string) {
	t.Helper()
	f := o.wantOne(t, "eqeqeq", dir+siblingName)
	if f.Line != 1 || f.Column != siblingCol {
		t.Errorf("sibling finding at %d:%d, want 1:%d", f.Line, f.Column, siblingCol)
	}
}

// tree writes files (slash paths relative to a new temp dir) plus the sibling.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files[siblingName] = siblingSrc
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
