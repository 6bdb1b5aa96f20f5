// Package testpeer finds the peer tools (TypeScript, ESLint, Steiger, …) that
// scripts/test.sh installs into testtools/node_modules, for differential tests.
//
// Locally a missing peer skips the test; in CI (CI=true) it fails it, so that a
// broken set-up can never pass silently.
package testpeer

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

const installHint = "run scripts/test.sh to install the peers (npm ci in testtools/)"

// RepoRoot returns the absolute path of the module root (the directory holding
// go.mod), found by walking up from the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("testpeer: no go.mod above the working directory")
		}
		dir = parent
	}
}

// TestTools returns the absolute path of the testtools/ directory.
func TestTools() (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "testtools"), nil
}

// missing skips the test, or fails it when CI=true.
func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing in CI: %s", what, installHint)
	}
	t.Skipf("%s is missing: %s", what, installHint)
}

// NodeModules returns the absolute path of testtools/node_modules, or skips
// (fails in CI) when it is not installed or node is not on PATH.
func NodeModules(t testing.TB) string {
	t.Helper()
	tools, err := TestTools()
	if err != nil {
		t.Fatal(err)
	}
	nm := filepath.Join(tools, "node_modules")
	if fi, err := os.Stat(nm); err != nil || !fi.IsDir() {
		missing(t, nm)
	}
	if _, err := exec.LookPath("node"); err != nil {
		missing(t, "node")
	}
	return nm
}

// Package returns the absolute directory of one installed npm package
// (e.g. "typescript", "@types/react"), or skips (fails in CI) when absent.
func Package(t testing.TB, name string) string {
	t.Helper()
	dir := filepath.Join(NodeModules(t), filepath.FromSlash(name))
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err != nil {
		missing(t, "npm package "+name)
	}
	return dir
}

// RunNode runs `node script args…` in testtools/ and returns its stdout. A
// relative script is taken relative to testtools/. A non-zero exit fails the
// test with the script's stderr.
func RunNode(t testing.TB, script string, args ...string) []byte {
	t.Helper()
	return RunNodeStdin(t, nil, script, args...)
}

// RunNodeStdin is RunNode with stdin fed from the given bytes.
func RunNodeStdin(t testing.TB, stdin []byte, script string, args ...string) []byte {
	t.Helper()
	NodeModules(t)
	tools, err := TestTools()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(script) {
		script = filepath.Join(tools, script)
	}
	cmd := exec.Command("node", append([]string{script}, args...)...)
	cmd.Dir = tools
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s %v: %v\nstderr:\n%s", filepath.Base(script), args, err, stderr.String())
	}
	return stdout.Bytes()
}
