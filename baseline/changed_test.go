package baseline

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func TestParseDiff(t *testing.T) {
	diff := `diff --git a/src/a.ts b/src/a.ts
index 1..2 100644
--- a/src/a.ts
+++ b/src/a.ts
@@ -3 +3 @@ x
-old
+new
@@ -10,0 +11,2 @@
+a
+b
@@ -20,3 +21,0 @@
-gone
--- a/not-a-header.ts
-x
@@ -30 +30,2 @@
-- old
+++ b/not-a-header.ts
+@@ -1 +1 @@
diff --git a/gone.ts b/gone.ts
--- a/gone.ts
+++ /dev/null
@@ -1 +0,0 @@
-x
diff --git "a/sp ace\303\251.ts" "b/sp ace\303\251.ts"
--- "a/sp ace\303\251.ts"
+++ "b/sp ace\303\251.ts"
@@ -1 +1 @@
-1
+2
`
	got := ParseDiff([]byte(diff))
	want := map[string][]LineSpan{
		"src/a.ts":   {{3, 3}, {11, 12}, {30, 31}},
		"sp aceé.ts": {{1, 1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseDiff = %v, want %v", got, want)
	}
}

func TestChangedSinceInARealRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t",
			"GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(p, text string) {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("init", "-q")
	write("src/features/cart/ui/Cart.tsx", "l1\nl2\nl3\nl4\n")
	write("src/entities/user/index.ts", "u1\n")
	run("add", ".")
	run("commit", "-q", "-m", "base")
	write("src/features/cart/ui/Cart.tsx", "l1\nCHANGED\nl3\nl4\nadded\n")
	write("src/pages/home/index.ts", "new file\n")

	// Run from a subfolder: finding paths are relative to it, git's to the root.
	cwd := filepath.Join(dir, "src")
	ch, err := ChangedSince(cwd, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	findings := []rules.Finding{
		{Rule: "a", Path: "features/cart/ui/Cart.tsx", Line: 1, EndLine: 1}, // unchanged line
		{Rule: "b", Path: "features/cart/ui/Cart.tsx", Line: 2, EndLine: 2}, // changed
		{Rule: "c", Path: "features/cart/ui/Cart.tsx", Line: 3, EndLine: 5}, // spans an added line
		{Rule: "d", Path: "entities/user/index.ts", Line: 1},                // file untouched
		{Rule: "e", Path: "pages/home/index.ts", Line: 1},                   // untracked file
		{Rule: "f", Path: "features/cart", Folder: true},                    // a file below changed
		{Rule: "g", Path: "entities/user", Folder: true},                    // nothing below changed
	}
	var got []string
	for _, f := range KeepChanged(findings, ch, cwd) {
		got = append(got, f.Rule)
	}
	if want := []string{"b", "c", "e", "f"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
}
