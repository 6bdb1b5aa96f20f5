// Package npmdist tests the npm distribution end to end: build the packages
// with npm/build.sh, pack them, install the tarballs into a fresh project
// offline, and run the binary through the launcher with npx.
package npmdist

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
)

func hostPlatform(t *testing.T) string {
	goos := map[string]string{"linux": "linux", "darwin": "darwin", "windows": "win32"}[runtime.GOOS]
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	if goos == "" || arch == "" {
		t.Skipf("no npm package for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	return goos + "-" + arch
}

func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return out.String(), exit.ExitCode()
	}
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out.String())
	}
	return out.String(), 0
}

func mustRun(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, code := run(t, dir, env, name, args...)
	if code != 0 {
		t.Fatalf("%s %s: exit %d\n%s", name, strings.Join(args, " "), code, out)
	}
	return out
}

func TestPackInstallRun(t *testing.T) {
	testpeer.NodeModules(t) // node and npm are needed; skips locally, fails in CI
	if testing.Short() {
		t.Skip("builds the binary and runs npm: not in -short mode")
	}
	repo := repoRoot(t)
	platform := hostPlatform(t)
	tmp := t.TempDir()
	dist := filepath.Join(tmp, "dist")
	// A version nothing else prints: `fsdlint version` can only show it if
	// build.sh's -ldflags -X reached the variable main.version.
	const version = "0.0.0-npmdist.7"
	mustRun(t, repo, []string{"FSDLINT_NPM_OUT=" + dist}, "bash", "npm/build.sh", version, platform)

	packs := filepath.Join(tmp, "packs")
	if err := os.Mkdir(packs, 0o755); err != nil {
		t.Fatal(err)
	}
	mustRun(t, repo, nil, "npm", "pack", "--silent", "--pack-destination", packs, filepath.Join(dist, platform))
	mustRun(t, repo, nil, "npm", "pack", "--silent", "--pack-destination", packs, filepath.Join(dist, "fsdlint"))
	platformTgz := filepath.Join(packs, "fsdlint-"+platform+"-"+version+".tgz")
	launcherTgz := filepath.Join(packs, "fsdlint-"+version+".tgz")
	for _, f := range []string{platformTgz, launcherTgz} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("npm pack did not write %s: %v", f, err)
		}
	}

	project := filepath.Join(tmp, "project")
	if err := os.MkdirAll(project, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(project, "package.json"), []byte(`{"name":"app","private":true}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Offline: the other platforms' optional packages cannot be fetched and must be skipped.
	npmEnv := []string{"npm_config_cache=" + filepath.Join(tmp, "npm-cache")}
	mustRun(t, project, npmEnv, "npm", "install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", platformTgz, launcherTgz)

	out := mustRun(t, project, npmEnv, "npx", "--offline", "--no-install", "fsdlint", "version")
	if !strings.Contains(out, version) {
		t.Fatalf("npx fsdlint version printed %q, want the packed version %s", out, version)
	}

	example := filepath.Join(repo, "testdata", "example")
	if _, err := os.Stat(example); err != nil {
		t.Skip("testdata/example not present yet")
	}
	copyTree(t, example, filepath.Join(project, "example"))
	out, code := run(t, project, append(npmEnv, "NO_COLOR=1"), "npx", "--offline", "--no-install", "fsdlint", "check", "example", "--format", "compact")
	if code != 1 {
		t.Fatalf("npx fsdlint check example: exit %d, want 1 (the example has error findings)\n%s", code, out)
	}
	if !strings.Contains(out, "fsd/forbidden-imports") {
		t.Fatalf("npx fsdlint check example: no fsd/forbidden-imports finding in\n%s", out)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
