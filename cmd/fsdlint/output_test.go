package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// A reporter that fails half-way leaves the previous file intact and no temp file.
func TestWriteFileAtomicKeepsOldContentOnFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeFileAtomic(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "half a repo"); err != nil {
			return err
		}
		return errors.New("reporter failed")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file changed to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temp file left behind: %v", entries)
	}
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file is %q, want new", b)
	}
}

func TestInitForceOverwrites(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile(".fsdlintrc.json", []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := Main([]string{"init", "--force"}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if b, _ := os.ReadFile(".fsdlintrc.json"); string(b) != starterConfig {
		t.Errorf("not the starter config: %.80s", b)
	}
}

func TestProfilesAreWritten(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.ts", []byte("export const a = 1;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := Main([]string{"check", "--cpuprofile", "cpu.out", "--memprofile", "mem.out", "--format", "compact"}, &out, &out)
	if code == 2 {
		t.Fatalf("exit 2: %s", out.String())
	}
	for _, p := range []string{"cpu.out", "mem.out"} {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
		}
	}
}
