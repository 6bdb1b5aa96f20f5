package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// `check FILE` (lint-staged) must see the project's graph: the layer of an
// imported file is only known from the whole tree.
func TestCheckFileArgsSeeTheWholeProject(t *testing.T) {
	r := newGitRepo(t, fsdProject)
	r.write("src/shared/lib/math.ts", "import { total } from '@/features/cart';\n\nexport const add = (a: number, b: number): number => a + b + total;\n")
	r.write("src/features/cart/model/total.ts", "import { add } from '@/shared/lib';\n\nexport const total = add(1, 2) == 3 ? 1 : 0;\n")

	code, out, stderr := r.check("src/shared/lib/math.ts")
	if code != 1 || !strings.Contains(out, "src/shared/lib/math.ts:1:") || !strings.Contains(out, "fsd/forbidden-imports") {
		t.Fatalf("check FILE: exit %d, want 1 with fsd/forbidden-imports in math.ts\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if strings.Contains(out, "\nsrc/features/cart/model/total.ts:") || strings.HasPrefix(out, "src/features/") {
		t.Fatalf("check FILE reported a file it was not given:\n%s", out)
	}
	// two files: both reported, from a subfolder with the files relative to it
	code, out, _ = inDir(t, filepath.Join(r.dir, "src"), "check", "--format", "compact", "--color", "never",
		"shared/lib/math.ts", "features/cart/model/total.ts")
	if code != 1 || !strings.Contains(out, "fsd/forbidden-imports") || !strings.Contains(out, "eqeqeq") {
		t.Fatalf("check FILE FILE from src/: exit %d\n%s", code, out)
	}
}

func TestCheckFileArgsUseTheConfigFolderAsProject(t *testing.T) {
	dir := t.TempDir()
	for p, text := range fsdProject {
		writeFile(t, filepath.Join(dir, "web", p), text)
	}
	writeFile(t, filepath.Join(dir, "web", ".fsdlintrc.json"), `{"rules": {"eqeqeq": "off"}}`)
	writeFile(t, filepath.Join(dir, "web", "src/shared/lib/math.ts"), "import { Home } from '@/pages/home';\n\nexport const add = (a: number): boolean => a == 1 && !!Home;\n")
	code, out, stderr := inDir(t, dir, "check", "--format", "compact", "--color", "never", "web/src/shared/lib/math.ts")
	if code != 1 || !strings.Contains(out, "web/src/shared/lib/math.ts:1:") || !strings.Contains(out, "fsd/forbidden-imports") || strings.Contains(out, "eqeqeq") {
		t.Fatalf("check FILE with a config folder: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}

func TestCheckFileOutsideAnyProjectIsStillLinted(t *testing.T) {
	outside := t.TempDir()
	file := filepath.Join(outside, "a.ts")
	writeFile(t, file, "export const isOne = (a: number): boolean => a == 1;\n")
	cwd := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(outside)+string(filepath.ListSeparator)+filepath.Dir(cwd))
	code, out, stderr := inDir(t, cwd, "check", "--format", "compact", "--color", "never", file)
	if code != 1 || !strings.Contains(out, "eqeqeq") {
		t.Fatalf("check of a file outside the working directory: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}
