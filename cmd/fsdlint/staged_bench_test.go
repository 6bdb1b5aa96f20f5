package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/internal/gen"
)

// BenchmarkStagedOneFile is `fsdlint check --staged` on a generated 2,500-file
// FSD app with one staged file: the pre-commit hook's cost (goal: < 150 ms).
//
//	go test ./cmd/fsdlint -run '^$' -bench StagedOneFile -benchtime 20x
func BenchmarkStagedOneFile(b *testing.B) {
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git is not installed")
	}
	dir := b.TempDir()
	if _, err := gen.Generate(dir, gen.Options{Files: 2500, Seed: 7, ViolationRate: 0.05}); err != nil {
		b.Fatal(err)
	}
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=b", "-c", "user.email=b@b.invalid"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "base")
	file := filepath.Join(dir, "src", "shared", "lib", "staged.ts")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("export const staged = (a: number): boolean => a === 1;\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	git("add", file)
	b.Chdir(dir)
	b.ResetTimer()
	for b.Loop() {
		var out, errb bytes.Buffer
		if code := Main([]string{"check", "--staged", "--format", "compact"}, &out, &errb); code == 2 {
			b.Fatalf("exit 2: %s", errb.String())
		}
	}
}
