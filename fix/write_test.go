package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func TestWriteFileKeepsPermissionsAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.ts")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(got) != "new" || info.Mode().Perm() != 0o640 {
		t.Errorf("content %q mode %v", got, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only a.ts", len(entries))
	}
}

func TestCreateFileNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "index.ts")
	if err := CreateFile(p, []byte("export {};\n")); err != nil {
		t.Fatal(err)
	}
	if err := CreateFile(p, []byte("other")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second create: %v, want ErrExist", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "export {};\n" {
		t.Errorf("content %q", got)
	}
}

func TestNewFilesOnlyForMissingPaths(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.ToSlash(filepath.Join(dir, "existing.ts"))
	os.WriteFile(existing, []byte("x"), 0o644)
	missing := filepath.ToSlash(filepath.Join(dir, "missing", "index.ts"))
	create := func(path, text string, safety rules.FixSafety) rules.Finding {
		return rules.Finding{Rule: "fsd/public-api", Path: dir + "/a.ts", Fixes: []rules.Fix{{
			Path: path, Safety: safety, Edits: []rules.Edit{{NewText: text}},
		}}}
	}
	findings := []rules.Finding{
		create(existing, "export * from './a';\n", rules.SafeFix),
		create(missing, "export * from './ui';\n", rules.SafeFix),
		create(missing, "export * from './other';\n", rules.SafeFix), // same path: first wins
		create(dir+"/unsafe/index.ts", "export {};\n", rules.UnsafeFix),
		create(dir+"/broken/index.ts", "export * from", rules.SafeFix),
	}
	got := NewFiles(findings, Options{})
	if len(got) != 1 || got[0].Path != missing || string(got[0].Content) != "export * from './ui';\n" {
		t.Fatalf("new files %+v", got)
	}
	if got := NewFiles(findings, Options{Unsafe: true}); len(got) != 2 {
		t.Errorf("with unsafe: %d new files, want 2", len(got))
	}
}
