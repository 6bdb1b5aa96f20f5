package testpeer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepoRootHoldsGoMod(t *testing.T) {
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "module github.com/fsdlint/fsdlint") {
		t.Fatalf("go.mod at %s is not fsdlint's", root)
	}
}

func TestRunNodeReturnsStdout(t *testing.T) {
	NodeModules(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "echo.js")
	if err := os.WriteFile(script, []byte(`process.stdout.write(process.argv.slice(2).join("|"))`), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := string(RunNode(t, script, "a", "b c")); got != "a|b c" {
		t.Fatalf("RunNode output = %q, want %q", got, "a|b c")
	}
	if got := string(RunNodeStdin(t, []byte("in"), script)); got != "" {
		t.Fatalf("RunNodeStdin output = %q", got)
	}
}

func TestPackageFindsTypeScript(t *testing.T) {
	dir := Package(t, "typescript")
	if _, err := os.Stat(filepath.Join(dir, "lib", "typescript.js")); err != nil {
		t.Fatal(err)
	}
}
