package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitRepo is a git repository in a temp folder, configured locally (no
// global config is read), with a small FSD project committed.
type gitRepo struct {
	t   *testing.T
	dir string
}

// fsdProject is a tiny FSD app with a tsconfig alias; it is clean.
var fsdProject = map[string]string{
	"tsconfig.json":                    `{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}`,
	"src/shared/lib/math.ts":           "export const add = (a: number, b: number): number => a + b;\n",
	"src/shared/lib/index.ts":          "export { add } from './math';\n",
	"src/features/cart/model/total.ts": "import { add } from '@/shared/lib';\n\nexport const total = add(1, 2);\n",
	"src/features/cart/index.ts":       "export { total } from './model/total';\n",
	"src/pages/home/ui/Home.tsx":       "import { total } from '@/features/cart';\n\nexport const Home = () => <p>{total}</p>;\n",
	"src/pages/home/index.ts":          "export { Home } from './ui/Home';\n",
}

func newGitRepo(t *testing.T, files map[string]string) *gitRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	r := &gitRepo{t: t, dir: t.TempDir()}
	r.git("init", "-q")
	r.git("config", "user.name", "fsdlint test")
	r.git("config", "user.email", "test@fsdlint.invalid")
	r.git("config", "commit.gpgsign", "false")
	for p, text := range files {
		r.write(p, text)
	}
	r.git("add", ".")
	r.git("commit", "-q", "-m", "base")
	return r
}

func (r *gitRepo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (r *gitRepo) write(rel, text string) {
	r.t.Helper()
	writeFile(r.t, filepath.Join(r.dir, rel), text)
}

func (r *gitRepo) remove(rel string) {
	r.t.Helper()
	if err := os.Remove(filepath.Join(r.dir, rel)); err != nil {
		r.t.Fatal(err)
	}
}

// check runs `fsdlint check ARGS --format compact` in the repository.
func (r *gitRepo) check(args ...string) (int, string, string) {
	r.t.Helper()
	return inDir(r.t, r.dir, append(append([]string{"check"}, args...), "--format", "compact", "--color", "never")...)
}

func TestStagedLintsTheIndexNotTheWorkingTree(t *testing.T) {
	r := newGitRepo(t, fsdProject)
	// staged: a violation on line 2; then fixed on disk, with lines added above
	r.write("src/shared/lib/math.ts", "export const add = (a: number, b: number): number => a + b;\nexport const isOne = (a: number) => a == 1;\n")
	r.git("add", "src/shared/lib/math.ts")
	r.write("src/shared/lib/math.ts", "// a\n// b\nexport const add = (a: number, b: number): number => a + b;\nexport const isOne = (a: number) => a === 1;\n")

	code, out, stderr := r.check("--staged")
	if code != 1 || !strings.Contains(out, "src/shared/lib/math.ts:2:") || !strings.Contains(out, "eqeqeq") {
		t.Fatalf("--staged: exit %d, want 1 with eqeqeq at math.ts line 2 (the staged version)\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if _, out, _ := r.check(); strings.Contains(out, "eqeqeq") {
		t.Fatalf("plain check of the fixed working tree still finds eqeqeq:\n%s", out)
	}

	// the other way round: clean in the index, broken on disk only
	r.write("src/shared/lib/math.ts", "export const add = (a: number, b: number): number => a + b;\n")
	r.git("add", "src/shared/lib/math.ts")
	r.write("src/shared/lib/math.ts", "export const add = (a: number, b: number): number => a + b;\ndebugger;\n")
	r.write("src/shared/lib/index.ts", "export { add } from './math';\nexport const x = 1 == 1;\n") // unstaged too
	if code, out, stderr := r.check("--staged"); code != 0 || strings.Contains(out, "no-debugger") || strings.Contains(out, "eqeqeq") {
		t.Fatalf("--staged with a clean index: exit %d, want 0 and no findings from unstaged edits\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}

func TestStagedCatchesALayerViolationThroughTheGraph(t *testing.T) {
	r := newGitRepo(t, fsdProject)
	// a new slice, staged, then removed from the disk: only the index has it
	r.write("src/features/promo/index.ts", "export const promo = 'sale';\n")
	r.git("add", "src/features/promo/index.ts")
	r.remove("src/features/promo/index.ts")
	// shared must not import features: resolvable only through tsconfig paths and the index
	r.write("src/shared/lib/math.ts", "import { promo } from '@/features/promo';\n\nexport const add = (a: number, b: number): number => a + b + promo.length;\n")
	r.git("add", "src/shared/lib/math.ts")
	// an unstaged violation elsewhere is not reported
	r.write("src/entities/user/index.ts", "import { Home } from '@/pages/home';\n\nexport const user = Home;\n")

	code, out, stderr := r.check("--staged")
	if code != 1 || !strings.Contains(out, "src/shared/lib/math.ts:1:") || !strings.Contains(out, "fsd/forbidden-imports") {
		t.Fatalf("--staged: exit %d, want 1 with fsd/forbidden-imports in math.ts\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if strings.Contains(out, "src/entities/user") {
		t.Fatalf("--staged reported an untracked, unstaged file:\n%s", out)
	}
}

func TestStagedRenamesAndDeletions(t *testing.T) {
	files := map[string]string{}
	for p, s := range fsdProject {
		files[p] = s
	}
	// a.ts and b.ts import each other: a cycle, until b.ts is deleted
	files["src/shared/lib/a.ts"] = "import { b } from './b';\n\nexport const a = (): number => b() + 1;\n"
	files["src/shared/lib/b.ts"] = "import { a } from './a';\n\nexport const b = (): number => a() + 1;\n"
	r := newGitRepo(t, files)

	// rename with a violation in the renamed file
	r.git("mv", "src/shared/lib/math.ts", "src/shared/lib/sum.ts")
	r.write("src/shared/lib/sum.ts", "export const add = (a: number, b: number): number => a + b;\ndebugger;\n")
	r.write("src/shared/lib/index.ts", "export { add } from './sum';\n")
	r.git("add", "src/shared/lib/sum.ts", "src/shared/lib/index.ts")
	// delete b.ts from the index only (it stays on disk, untracked) and touch a.ts
	r.git("rm", "-q", "--cached", "src/shared/lib/b.ts")
	r.write("src/shared/lib/a.ts", "import { b } from './b';\n\nexport const a = (): number => b() + 2;\n")
	r.git("add", "src/shared/lib/a.ts")

	code, out, stderr := r.check("--staged")
	if code != 1 || !strings.Contains(out, "src/shared/lib/sum.ts:2:1") || !strings.Contains(out, "no-debugger") {
		t.Fatalf("--staged: exit %d, want 1 with no-debugger in the renamed sum.ts\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if strings.Contains(out, "math.ts") || strings.Contains(out, "b.ts") {
		t.Fatalf("--staged reported a file the commit removes:\n%s", out)
	}
	if strings.Contains(out, "import/no-cycle") {
		t.Fatalf("--staged found a cycle through b.ts, which the commit deletes:\n%s", out)
	}
	// the working tree still has b.ts: the cycle is real there
	if _, out, _ := r.check("--changed"); !strings.Contains(out, "import/no-cycle") {
		t.Fatalf("--changed: want the a.ts <-> b.ts cycle of the working tree, got\n%s", out)
	}
}

func TestStagedWithNothingStaged(t *testing.T) {
	r := newGitRepo(t, fsdProject)
	r.write("src/shared/lib/math.ts", "debugger;\n") // changed but not staged
	r.write("notes.md", "not code\n")
	r.git("add", "notes.md")
	code, out, stderr := r.check("--staged")
	if code != 0 || out != "" || !strings.Contains(stderr, "no staged TypeScript/JavaScript files") {
		t.Fatalf("--staged with nothing to check: exit %d, stdout %q, stderr %q; want 0 and a message", code, out, stderr)
	}
}

func TestStagedOutsideARepository(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.ts"), "export const a = 1;\n")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	code, _, stderr := inDir(t, dir, "check", "--staged")
	if code != 2 || !strings.Contains(stderr, "not inside a git repository") {
		t.Fatalf("--staged outside git: exit %d, stderr %q; want 2", code, stderr)
	}
}

func TestStagedRefusesFix(t *testing.T) {
	r := newGitRepo(t, fsdProject)
	if code, _, stderr := r.check("--staged", "--fix"); code != 2 || !strings.Contains(stderr, "--fix") {
		t.Fatalf("--staged --fix: exit %d, stderr %q; want 2", code, stderr)
	}
}

func TestChangedReportsEditedAndUntrackedFilesOnly(t *testing.T) {
	files := map[string]string{}
	for p, s := range fsdProject {
		files[p] = s
	}
	files["src/shared/lib/old.ts"] = "export const old = (a: number) => a == 1;\n" // committed, unchanged
	r := newGitRepo(t, files)
	r.write("src/shared/lib/math.ts", "export const add = (a: number, b: number): number => a + b;\ndebugger;\n")
	r.write("src/shared/lib/fresh.ts", "export const fresh = (a: number) => a != 1;\n")
	r.write(".gitignore", "ignored.ts\n")
	r.write("src/shared/lib/ignored.ts", "debugger;\n")

	code, out, stderr := r.check("--changed")
	if code != 1 || !strings.Contains(out, "src/shared/lib/math.ts:2:1") || !strings.Contains(out, "src/shared/lib/fresh.ts:1:") {
		t.Fatalf("--changed: exit %d, want findings in math.ts and the untracked fresh.ts\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if strings.Contains(out, "old.ts") || strings.Contains(out, "ignored.ts") {
		t.Fatalf("--changed reported an unchanged or ignored file:\n%s", out)
	}
}

func TestChangedFixTouchesChangedFilesOnly(t *testing.T) {
	files := map[string]string{}
	for p, s := range fsdProject {
		files[p] = s
	}
	old := "export const isNum = (a: unknown): boolean => typeof a == 'number';\n"
	files["src/shared/lib/old.ts"] = old
	// a project rule's fixable finding in an unchanged file: a public-API sidestep
	sidestep := "import { total } from '@/features/cart/model/total';\n\nexport const Home = () => <p>{total}</p>;\n"
	files["src/pages/home/ui/Home.tsx"] = sidestep
	r := newGitRepo(t, files)
	r.write("src/shared/lib/math.ts", "export const isText = (a: unknown): boolean => typeof a == 'string';\n")
	if code, out, stderr := r.check("--changed", "--fix"); code != 0 {
		t.Fatalf("--changed --fix: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(r.dir, "src/shared/lib/math.ts")); !strings.Contains(string(got), "typeof a === 'string'") {
		t.Fatalf("the changed file was not fixed:\n%s", got)
	}
	if got, _ := os.ReadFile(filepath.Join(r.dir, "src/shared/lib/old.ts")); string(got) != old {
		t.Fatalf("--changed --fix rewrote an unchanged file:\n%s", got)
	}
	if got, _ := os.ReadFile(filepath.Join(r.dir, "src/pages/home/ui/Home.tsx")); string(got) != sidestep {
		t.Fatalf("--changed --fix applied a project rule's fix to an unchanged file:\n%s", got)
	}
	// the fix is real: a plain --fix applies it
	if code, out, stderr := r.check("--fix"); code != 0 {
		t.Fatalf("--fix: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(r.dir, "src/pages/home/ui/Home.tsx")); string(got) == sidestep {
		t.Fatal("plain --fix did not fix the sidestep either; the test proves nothing")
	}
}
