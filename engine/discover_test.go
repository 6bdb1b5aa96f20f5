package engine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/config"
)

func discovered(t *testing.T, res *Result, root string) string {
	t.Helper()
	var out []string
	for p := range res.Sources {
		out = append(out, p)
	}
	return strings.Join(sortStrings(out), "\n")
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

// Every file below has "a == b" so that a discovered file shows up as a finding.
const eq = "a == b\n"

func TestDiscoveryGitignoreNested(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/HEAD":                   "ref: refs/heads/main\n",
		".gitignore":                  "# comment\n*.gen.ts\n/top-only.ts\nlogs/\n!keep.gen.ts\nsrc/**/secret/\n",
		"top-only.ts":                 eq,
		"src/top-only.ts":             eq,
		"src/a.gen.ts":                eq,
		"src/keep.gen.ts":             eq,
		"src/logs/x.ts":               eq,
		"src/logs.ts":                 eq,
		"src/deep/er/secret/x.ts":     eq,
		"src/ok.ts":                   eq,
		"src/sub/.gitignore":          "local.ts\n!again.gen.ts\n",
		"src/sub/local.ts":            eq,
		"src/sub/again.gen.ts":        eq,
		"src/sub/b.ts":                eq,
		"node_modules/pkg/index.ts":   eq,
		"dist/bundle.js":              eq,
		"src/types.d.ts":              eq,
		"src/readme.md":               eq,
		"src/component.tsx":           eq,
		"src/x.mjs":                   eq,
		"src/dir.ts/inside.ts":        eq,
		"src/.next/cache.js":          eq,
		"src/coverage/lcov.js":        eq,
		"src/trailing-space.ts ":      eq,
		"src/.gitignore.d/in.ts":      eq,
		"src/escaped/#hash.ts":        eq,
		"src/escaped/.gitignore":      "\\#hash.ts\n",
		"src/negated-dir/.gitignore":  "*\n!*.ts\n",
		"src/negated-dir/kept.ts":     eq,
		"src/negated-dir/dropped.tsx": eq,
	})
	res := check(t, root, "", nil)
	want := strings.Join([]string{
		"src/.gitignore.d/in.ts",
		"src/component.tsx",
		"src/dir.ts/inside.ts",
		"src/keep.gen.ts",
		"src/logs.ts",
		"src/negated-dir/kept.ts",
		"src/ok.ts",
		"src/sub/again.gen.ts",
		"src/sub/b.ts",
		"src/top-only.ts",
		"src/x.mjs",
	}, "\n")
	if got := discovered(t, res, root); got != want {
		t.Errorf("linted files:\n%s\nwant:\n%s", got, want)
	}
	// the .d.ts file is discovered (counted) but not style-linted
	if res.FilesChecked != 12 {
		t.Errorf("FilesChecked = %d, want 12 (11 linted + the .d.ts)", res.FilesChecked)
	}
}

func TestDiscoveryTargetInsideRepoUsesAncestorGitignore(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/HEAD":        "x",
		".gitignore":       "*.gen.ts\n",
		"pkg/src/a.gen.ts": eq,
		"pkg/src/b.ts":     eq,
	})
	res := check(t, filepath.Join(root, "pkg"), "", func(o *Options) { o.Cwd = root })
	if got := discovered(t, res, root); got != "pkg/src/b.ts" {
		t.Errorf("got %q", got)
	}
}

func TestDiscoveryConfigIgnores(t *testing.T) {
	root := writeTree(t, map[string]string{
		"src/a.ts":              eq,
		"src/generated/b.ts":    eq,
		"src/legacy/c.ts":       eq,
		"src/x.stories.tsx":     eq,
		"src/deep/x.stories.ts": eq,
	})
	res := check(t, root, `{"ignores": ["**/generated/**", "src/legacy/", "**/*.stories.*"]}`, nil)
	if got := discovered(t, res, root); got != "src/a.ts" {
		t.Errorf("got %q", got)
	}
}

func TestDiscoverySymlinks(t *testing.T) {
	outside := writeTree(t, map[string]string{"outside.ts": eq})
	root := writeTree(t, map[string]string{"src/a.ts": eq, "shared/b.ts": eq})
	must := func(err error) {
		if err != nil {
			t.Skip("symlinks unavailable:", err)
		}
	}
	must(os.Symlink(filepath.Join(root, "src"), filepath.Join(root, "src", "loop")))    // a loop
	must(os.Symlink(filepath.Join(root, "shared"), filepath.Join(root, "src", "link"))) // inside: followed
	must(os.Symlink(outside, filepath.Join(root, "src", "out")))                        // leaves the root
	must(os.Symlink(filepath.Join(root, "nope"), filepath.Join(root, "src", "broken")))
	res := check(t, root, "", nil)
	// shared/b.ts is reached twice (directly and through src/link) and linted once.
	want := "shared/b.ts\nsrc/a.ts"
	if got := discovered(t, res, root); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestDiscoveryExplicitFileAndMissingPath(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": eq, "b.ts": eq})
	res := check(t, filepath.Join(root, "a.ts"), "", func(o *Options) { o.Cwd = root })
	if got := discovered(t, res, root); got != "a.ts" {
		t.Errorf("got %q", got)
	}
	rs := testRules()
	_, err := Run(Options{Targets: []Target{{Path: filepath.Join(root, "missing"), Config: config.Default(root, rs)}}, Rules: rs, Parser: fakeParser()})
	var ue *UsageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("missing path: %v", err)
	}
}

func TestUnreadableFileIsAFinding(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": eq, "b.ts": eq})
	defer func(orig func(string) ([]byte, error)) { readFile = orig }(readFile)
	readFile = func(p string) ([]byte, error) {
		if filepath.Base(p) == "b.ts" {
			return nil, &os.PathError{Op: "open", Path: p, Err: os.ErrPermission}
		}
		return os.ReadFile(p)
	}
	// Discovery reads files with their folder; when that fails, pass 1 tries
	// again and reports what it gets.
	defer func(orig func(int, string, string, bool) ([]byte, error)) { readIn = orig }(readIn)
	readIn = func(_ int, name, p string, _ bool) ([]byte, error) {
		if name == "b.ts" {
			return nil, &os.PathError{Op: "open", Path: p, Err: os.ErrPermission}
		}
		return os.ReadFile(p)
	}
	res := check(t, root, "", nil)
	want := "a.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='\nb.ts error internal/read-error: cannot read file: permission denied\n"
	if got := lines(res); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
