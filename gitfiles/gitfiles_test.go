package gitfiles

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseRaw(t *testing.T) {
	out := ":100644 100644 1111111111111111111111111111111111111111 2222222222222222222222222222222222222222 M\x00src/a b.ts\x00" +
		":100644 100644 3333333333333333333333333333333333333333 3333333333333333333333333333333333333333 R100\x00old.ts\x00new.ts\x00" +
		":000000 100644 0000000000000000000000000000000000000000 4444444444444444444444444444444444444444 A\x00added.ts\x00" +
		":100644 000000 5555555555555555555555555555555555555555 0000000000000000000000000000000000000000 D\x00gone.ts\x00"
	got, err := parseRaw([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []Change{
		{Status: 'M', Path: "src/a b.ts", OldBlob: "1111111111111111111111111111111111111111", NewBlob: "2222222222222222222222222222222222222222", NewMode: "100644"},
		{Status: 'R', Path: "new.ts", OldPath: "old.ts", OldBlob: "3333333333333333333333333333333333333333", NewBlob: "3333333333333333333333333333333333333333", NewMode: "100644"},
		{Status: 'A', Path: "added.ts", NewBlob: "4444444444444444444444444444444444444444", NewMode: "100644"},
		{Status: 'D', Path: "gone.ts", OldBlob: "5555555555555555555555555555555555555555", NewBlob: zeroBlob, NewMode: "000000"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("parseRaw:\n got %+v\nwant %+v", got, want)
	}
	if _, err := parseRaw([]byte(":100644 100644 x y M\x00")); err == nil {
		t.Fatal("a record without its path parsed without error")
	}
}

type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir, err := filepath.EvalSymlinks(t.TempDir()) // git reports real paths
	if err != nil {
		t.Fatal(err)
	}
	r := &repo{t, dir}
	r.git("init", "-q")
	r.git("config", "user.name", "t")
	r.git("config", "user.email", "t@t.invalid")
	return r
}

func (r *repo) git(args ...string) {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func (r *repo) write(rel, text string) {
	r.t.Helper()
	p := filepath.Join(r.dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *repo) abs(rel string) string { return filepath.ToSlash(filepath.Join(r.dir, rel)) }

func TestStagedOnAnUnbornBranch(t *testing.T) {
	r := newRepo(t)
	r.write("a.ts", "staged\n")
	r.git("add", "a.ts")
	r.write("a.ts", "edited after staging\n")
	s, err := Staged(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.Staged, []string{r.abs("a.ts")}) || string(s.Overlay[r.abs("a.ts")]) != "staged\n" {
		t.Fatalf("Staged = %v, overlay %q; want a.ts with its staged contents", s.Staged, s.Overlay[r.abs("a.ts")])
	}
}

func TestStagedSnapshot(t *testing.T) {
	r := newRepo(t)
	r.write("src/partial.ts", "v1\n")
	r.write("src/old.ts", "moved\n")
	r.write("src/gone.ts", "bye\n")
	r.write("src/edited.ts", "committed\n")
	r.write("src/empty.ts", "x\n")
	r.git("add", ".")
	r.git("commit", "-q", "-m", "base")

	r.write("src/partial.ts", "v2\n")
	r.git("add", "src/partial.ts")
	r.write("src/partial.ts", "v3 (unstaged)\n")
	r.git("mv", "src/old.ts", "src/new.ts")
	r.git("rm", "-q", "src/gone.ts")
	r.write("src/edited.ts", "edited, not staged\n")
	r.write("src/empty.ts", "")
	r.git("add", "src/empty.ts")
	r.write("src/untracked.ts", "new\n")

	s, err := Staged(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{r.abs("src/empty.ts"), r.abs("src/new.ts"), r.abs("src/partial.ts")}; !reflect.DeepEqual(s.Staged, want) {
		t.Fatalf("Staged = %v, want %v", s.Staged, want)
	}
	if want := []string{r.abs("src/gone.ts"), r.abs("src/old.ts")}; !reflect.DeepEqual(s.Deleted, want) {
		t.Fatalf("Deleted = %v, want %v", s.Deleted, want)
	}
	want := map[string]string{
		"src/partial.ts": "v2\n", "src/new.ts": "moved\n", "src/edited.ts": "committed\n", "src/empty.ts": "",
	}
	for rel, text := range want {
		got, ok := s.Overlay[r.abs(rel)]
		if !ok || got == nil || string(got) != text {
			t.Errorf("overlay[%s] = %q (present %v), want %q", rel, got, ok, text)
		}
	}
	for _, rel := range []string{"src/gone.ts", "src/old.ts"} {
		if got, ok := s.Overlay[r.abs(rel)]; !ok || got != nil {
			t.Errorf("overlay[%s] = %q (present %v), want a deletion (nil)", rel, got, ok)
		}
	}
	if _, ok := s.Overlay[r.abs("src/untracked.ts")]; ok {
		t.Error("an untracked file is in the overlay")
	}

	changed, err := Changed(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	wantChanged := []string{r.abs("src/edited.ts"), r.abs("src/empty.ts"), r.abs("src/new.ts"), r.abs("src/partial.ts"), r.abs("src/untracked.ts")}
	if !reflect.DeepEqual(changed, wantChanged) {
		t.Fatalf("Changed = %v, want %v", changed, wantChanged)
	}
}

func TestNotARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	if _, err := Staged(dir); !errors.Is(err, ErrNotRepository) {
		t.Fatalf("Staged outside a repository: %v, want ErrNotRepository", err)
	}
}
