package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitMigratesAndNeverOverwritesWithoutForce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "src/shared/ui/index.ts"), "export const ui = 1;\n")
	writeFile(t, filepath.Join(dir, "src/pages/home/index.ts"), "export const home = 1;\n")
	writeFile(t, filepath.Join(dir, "steiger.config.js"),
		"module.exports = [{ rules: { 'fsd/no-segmentless-slices': 'off', 'fsd/unknown': 'warn' } }];\n")

	code, out, stderr := inDir(t, dir, "init")
	if code != 0 || !strings.Contains(out, "wrote .fsdlintrc.json") || !strings.Contains(out, "FSD roots detected: src") ||
		!strings.Contains(out, "fsd/unknown has no fsdlint counterpart") {
		t.Fatalf("init: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	written, err := os.ReadFile(filepath.Join(dir, ".fsdlintrc.json"))
	if err != nil || !strings.Contains(string(written), `"fsd/no-segmentless-slices": "off",`) {
		t.Fatalf("the written config lacks the migrated rule (%v):\n%s", err, written)
	}
	// the migrated "off" is in force: the segmentless slice is not reported
	if code, out, _ := inDir(t, dir, "check", "--format", "compact"); code != 0 || strings.Contains(out, "no-segmentless-slices") {
		t.Fatalf("check with the migrated config: exit %d\n%s", code, out)
	}

	edited := "{\"rules\": {}}\n"
	writeFile(t, filepath.Join(dir, ".fsdlintrc.json"), edited)
	if code, _, stderr := inDir(t, dir, "init"); code != 2 || !strings.Contains(stderr, "already exists; use --force") {
		t.Fatalf("init over an existing config: exit %d, stderr %q; want 2", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, ".fsdlintrc.json")); string(got) != edited {
		t.Fatalf("init without --force changed the existing config to:\n%s", got)
	}
	if code, _, stderr := inDir(t, dir, "init", "--force"); code != 0 {
		t.Fatalf("init --force: exit %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, ".fsdlintrc.json")); string(got) == edited {
		t.Fatal("init --force left the old config")
	}
}
