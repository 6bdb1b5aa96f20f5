package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixProject writes a small project whose interfaces the fixer converts.
func fixProject(t *testing.T) (dir string, files map[string]string) {
	t.Helper()
	dir = t.TempDir()
	files = map[string]string{
		"src/a.ts":    "export interface A extends B { x: number }\nexport type B = { y: string };\n",
		"src/crlf.ts": "export default interface C {\r\n  z: boolean;\r\n}\r\n",
		"src/keep.ts": "export interface Twice { a: 1 }\nexport interface Twice { b: 2 }\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o640); err != nil {
			t.Fatal(err)
		}
	}
	return dir, files
}

func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestCheckFixWritesFilesAndReportsTheRest(t *testing.T) {
	dir, _ := fixProject(t)
	code, stdout, stderr := runIn(t, dir, "check", "--fix", "--format", "compact", "src")
	if code != 1 {
		t.Errorf("exit %d, want 1 (the merged interfaces remain)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	read := func(name string) string {
		b, _ := os.ReadFile(filepath.Join(dir, "src", name))
		return string(b)
	}
	if got, want := read("a.ts"), "export type A = { x: number } & B\nexport type B = { y: string };\n"; got != want {
		t.Errorf("a.ts = %q, want %q", got, want)
	}
	if got, want := read("crlf.ts"), "type C = {\r\n  z: boolean;\r\n}\r\nexport default C\r\n"; got != want {
		t.Errorf("crlf.ts = %q, want %q", got, want)
	}
	if info, _ := os.Stat(filepath.Join(dir, "src", "a.ts")); info.Mode().Perm() != 0o640 {
		t.Errorf("a.ts mode %v, want 0640 kept", info.Mode().Perm())
	}
	for _, want := range []string{"fixed 1 problem in src/a.ts", "fixed 1 problem in src/crlf.ts", "fixed 2 problems in 2 files"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stdout, "src/a.ts") || strings.Count(stdout, "No autofix: `Twice` merges") != 2 {
		t.Errorf("remaining findings should be only keep.ts's two merged interfaces:\n%s", stdout)
	}
}

func TestCheckFixDryRunPrintsDiffAndWritesNothing(t *testing.T) {
	dir, files := fixProject(t)
	code, stdout, stderr := runIn(t, dir, "check", "--fix-dry-run", "--format", "json=report.json", "src")
	if code != 1 {
		t.Errorf("exit %d, want 1 (nothing was fixed)", code)
	}
	want := "--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,2 +1,2 @@\n-export interface A extends B { x: number }\n+export type A = { x: number } & B\n export type B = { y: string };\n"
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("stdout:\n%s\nwant it to start with:\n%s", stdout, want)
	}
	if !strings.Contains(stdout, "+++ b/src/crlf.ts\n") || !strings.Contains(stderr, "would fix 2 problems in 2 files") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
	for name, text := range files {
		if got, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name))); string(got) != text {
			t.Errorf("%s was written in a dry run", name)
		}
	}
	_, stdout2, _ := runIn(t, dir, "check", "--diff", "--format", "json=report.json", "src")
	if stdout2 != stdout {
		t.Errorf("--diff differs from --fix-dry-run")
	}
}

// TestCheckFixReportsWhatAFreshCheckReports: after --fix, the findings
// printed (re-linted changed files, project findings moved with the edits)
// are exactly those of a new check of the fixed files.
func TestCheckFixReportsWhatAFreshCheckReports(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"src/features/auth/model/user.ts": "export interface User {\n  id: string;\n}\n",
		"src/features/auth/index.ts":      "export * from './model/user';\n",
		"src/shared/ui/button.ts": "export default interface Props extends Base {\n  label: string;\n}\n" +
			"import type { User } from '../../features/auth';\n" +
			"export interface Base { user: User } // eslint-disable-line @typescript-eslint/consistent-type-definitions\n" +
			"export interface Twice { a: 1 }\nexport interface Twice { b: 2 }\n",
		"src/shared/ui/index.ts": "export * from './button';\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	_, fixedOut, stderr := runIn(t, dir, "check", "--fix", "--format", "compact", "src")
	if !strings.Contains(stderr, "fixed 2 problems in 2 files") {
		t.Errorf("stderr: %s", stderr)
	}
	_, freshOut, _ := runIn(t, dir, "check", "--format", "compact", "src")
	if fixedOut != freshOut {
		t.Errorf("--fix reported\n%s\na fresh check reports\n%s", fixedOut, freshOut)
	}
	if !strings.Contains(freshOut, "src/shared/ui/button.ts:5:27: error fsd/forbidden-imports") {
		t.Errorf("the forbidden import should now be on line 5:\n%s", freshOut)
	}
}

// TestCheckFixDryRunShowsEveryPass: prefer-template's fix covers the
// concatenation, so eqeqeq's fix inside it waits for pass 2; the dry run
// prints the final text (both edits in one diff), as --fix would write it,
// and leaves the file untouched (bytes and modification time).
func TestCheckFixDryRunShowsEveryPass(t *testing.T) {
	dir := t.TempDir()
	src := "export const k = (b: number) => 'x' + String(typeof b == 'number')\n"
	fixed := "export const k = (b: number) => `x${  String(typeof b === 'number')}`\n"
	os.MkdirAll(filepath.Join(dir, "src"), 0o755)
	os.WriteFile(filepath.Join(dir, ".fsdlintrc.json"), []byte(`{"rules": {"prefer-template": "error", "eqeqeq": "error"}}`), 0o644)
	path := filepath.Join(dir, "src", "a.ts")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, past, past); err != nil {
		t.Fatal(err)
	}
	_, stdout, stderr := runIn(t, dir, "check", "--fix-dry-run", "--format", "compact", "src")
	want := "--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1 +1 @@\n-" + src + "+" + fixed
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("stdout:\n%s\nwant it to start with:\n%s", stdout, want)
	}
	if !strings.Contains(stderr, "would fix 2 problems in 1 file") {
		t.Errorf("stderr: %s", stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != src {
		t.Errorf("a.ts was written in a dry run: %q", got)
	}
	if info, _ := os.Stat(path); !info.ModTime().Equal(past) {
		t.Errorf("a.ts modification time %v, want %v kept", info.ModTime(), past)
	}

	// --fix writes exactly the text the dry run showed
	_, _, stderr = runIn(t, dir, "check", "--fix", "--format", "compact", "src")
	if got, _ := os.ReadFile(path); string(got) != fixed {
		t.Errorf("after --fix a.ts = %q, want %q", got, fixed)
	}
	if !strings.Contains(stderr, "fixed 2 problems in src/a.ts") {
		t.Errorf("stderr: %s", stderr)
	}
}
