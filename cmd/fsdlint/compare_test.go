package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// inDir runs the CLI with dir as the working directory.
func inDir(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(dir) // restored when the test ends
	var out, errb bytes.Buffer
	code = Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const twoProblems = "export function f() {\n  debugger;\n}\nexport const g = (a: number) => a == 1;\n"

func TestBaselineFlags(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "src/shared/lib/a.ts")
	writeFile(t, file, twoProblems)

	code, _, stderr := inDir(t, dir, "check", "--format", "compact", "--write-baseline", "baseline.json")
	if code != 0 || !strings.Contains(stderr, "wrote 2 finding(s)") {
		t.Fatalf("--write-baseline: exit %d, stderr %q", code, stderr)
	}
	// Code moved down two lines and one new problem: only that one is reported.
	writeFile(t, file, "// moved\n\n"+twoProblems+"export const h = (b: number) => b != 2;\n")
	code, out, _ := inDir(t, dir, "check", "--format", "compact", "--baseline", "baseline.json")
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, ":7:") {
		t.Errorf("--baseline: exit %d, output:\n%s", code, out)
	}
	if code, _, stderr := inDir(t, dir, "check", "--baseline", "missing.json"); code != 2 || stderr == "" {
		t.Errorf("a missing baseline: exit %d, stderr %q", code, stderr)
	}
}

func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t",
			"GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	file := filepath.Join(dir, "src/shared/lib/a.ts")
	writeFile(t, file, twoProblems)
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "base")
	writeFile(t, file, strings.Replace(twoProblems, "a == 1", "a == 2", 1))
	code, out, stderr := inDir(t, dir, "check", "--format", "compact", "--new-from-rev", "HEAD")
	if code != 1 || !strings.Contains(out, "eqeqeq") || strings.Contains(out, "no-debugger") {
		t.Errorf("--new-from-rev: exit %d, out %q, stderr %q", code, out, stderr)
	}
	if code, _, _ := inDir(t, dir, "check", "--new-from-rev", "no-such-rev"); code != 2 {
		t.Errorf("a bad revision: exit %d, want 2", code)
	}
}

func TestCompareCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "src/shared/lib/a.ts")
	writeFile(t, file, twoProblems)
	if code, _, stderr := inDir(t, dir, "check", "--format", "json=before.json"); code != 1 {
		t.Fatalf("check: exit %d %s", code, stderr)
	}
	writeFile(t, file, "// moved\n"+strings.Replace(twoProblems, "  debugger;\n", "", 1))
	if code, _, stderr := inDir(t, dir, "check", "--format", "json=after.json"); code != 1 {
		t.Fatalf("check: exit %d %s", code, stderr)
	}
	code, out, _ := inDir(t, dir, "compare", "before.json", "after.json", "--format", "markdown")
	if code != 0 || !strings.Contains(out, "2 → 1 findings") || !strings.Contains(out, "**0 new**, **1 fixed**, 1 unchanged") {
		t.Errorf("compare: exit %d\n%s", code, out)
	}
	// The other way round a finding was added: --fail-on-new fails.
	code, _, stderr := inDir(t, dir, "compare", "after.json", "before.json", "--fail-on-new", "--format", "json")
	if code != 1 || !strings.Contains(stderr, "1 new finding") {
		t.Errorf("--fail-on-new: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := inDir(t, dir, "compare", "before.json", "missing.json"); code != 2 {
		t.Errorf("missing report: exit %d, want 2", code)
	}
	if code, _, _ := inDir(t, dir, "compare", "before.json", "after.json", "--format", "xml"); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
	code, _, _ = inDir(t, dir, "compare", "before.json", "after.json", "--format", "html", "-o", "cmp.html")
	if html, err := os.ReadFile(filepath.Join(dir, "cmp.html")); code != 0 || err != nil || !bytes.Contains(html, []byte("<svg")) {
		t.Errorf("html output: exit %d, %v", code, err)
	}
}

// A real run over files with tricky text must give a SonarQube report the
// scanner accepts and a schema-valid SARIF log.
func TestRealRunGivesValidSonarAndSARIF(t *testing.T) {
	repo, err := filepath.Abs("../..") // before the test changes directory
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"src/features/cart/ui/Cart.tsx":      "\xEF\xBB\xBFexport const a = (x: number) => x == 1; // 😀😀\r\n\r\n\tdebugger;\r\n",
		"src/features/cart/model/store.ts":   "let s = \"a\u2028b\"; export const t = s == 'é';\n",
		"src/entities/user/ui/Avatar.tsx":    "export const Avatar = () => { debugger; return null; }",
		"src/shared/lib/tabs.ts":             "\t\tlet  x = 1;\texport const y = x == 2;\n\n\n",
		"src/widgets/header/ui/Header.tsx":   "export const Header = () => null;\n",
		"src/pages/home page/ui/Home.tsx":    "export const Home = (): number => { var v = 1; return v; };\n",
		"src/entities/user/model/session.ts": "",
	}
	for p, text := range files {
		writeFile(t, filepath.Join(dir, p), text)
	}
	code, _, stderr := inDir(t, dir, "check", "--format", "sonar=sonar.json", "--format", "sarif=out.sarif",
		"--format", "sonar=legacy.json", "--sonar-format", "legacy")
	if code == 2 {
		t.Fatalf("check failed: %s", stderr)
	}
	validateRunOutputs(t, repo, dir)
}
