package fix

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffHunks(t *testing.T) {
	old := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"
	updated := strings.Replace(strings.Replace(old, "2\n", "two\n", 1), "18\n", "", 1)
	want := `--- a/x.ts
+++ b/x.ts
@@ -1,5 +1,5 @@
 1
-2
+two
 3
 4
 5
@@ -15,6 +15,5 @@
 15
 16
 17
-18
 19
 20
`
	if got := Diff("x.ts", []byte(old), []byte(updated)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDiffMergesCloseChangesAndMarksMissingNewline(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni"
	updated := "A\nb\nc\nd\ne\nf\ng\nH\ni\n"
	want := `--- a/f
+++ b/f
@@ -1,9 +1,9 @@
-a
+A
 b
 c
 d
 e
 f
 g
-h
-i
\ No newline at end of file
+H
+i
`
	if got := Diff("f", []byte(old), []byte(updated)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if Diff("f", []byte(old), []byte(old)) != "" {
		t.Error("equal texts give a diff")
	}
}

func TestDiffNewFile(t *testing.T) {
	want := "--- /dev/null\n+++ b/src/index.ts\n@@ -0,0 +1,2 @@\n+export * from './ui';\n+export * from './model';\n"
	if got := DiffNewFile("src/index.ts", []byte("export * from './ui';\nexport * from './model';\n")); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestDiffIsMinimalLikeGNU compares the number of changed lines with GNU
// diff's (both minimal) on random edits, and checks with patch(1) that the
// diff turns old into new.
func TestDiffIsMinimalLikeGNU(t *testing.T) {
	if _, err := exec.LookPath("diff"); err != nil {
		t.Skip("GNU diff not installed")
	}
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("patch not installed")
	}
	rng := rand.New(rand.NewSource(7))
	dir := t.TempDir()
	for iter := 0; iter < 60; iter++ {
		old := randomLines(rng, rng.Intn(40))
		updated := mutate(rng, old)
		oldText, newText := strings.Join(old, ""), strings.Join(updated, "")
		ours := Diff("f.txt", []byte(oldText), []byte(newText))
		a, b := filepath.Join(dir, "old.txt"), filepath.Join(dir, "new.txt")
		os.WriteFile(a, []byte(oldText), 0o644)
		os.WriteFile(b, []byte(newText), 0o644)
		gnu, _ := exec.Command("diff", "-d", "-u", a, b).Output()
		if changed(ours) != changed(string(gnu)) {
			t.Fatalf("iteration %d: %d changed lines, GNU diff -d: %d\nours:\n%s\ngnu:\n%s", iter, changed(ours), changed(string(gnu)), ours, gnu)
		}
		if ours == "" {
			continue
		}
		target := filepath.Join(dir, "f.txt")
		os.WriteFile(target, []byte(oldText), 0o644)
		cmd := exec.Command("patch", "-s", "-p1", "-d", dir)
		cmd.Stdin = strings.NewReader(ours)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("iteration %d: patch failed: %v\n%s\n%s", iter, err, out, ours)
		}
		if got, _ := os.ReadFile(target); string(got) != newText {
			t.Fatalf("iteration %d: patched text differs\ngot %q\nwant %q", iter, got, newText)
		}
	}
}

func randomLines(rng *rand.Rand, n int) []string {
	words := []string{"a", "b", "c", "d", "{", "}", "x: 1;", ""}
	lines := make([]string, n)
	for i := range lines {
		lines[i] = words[rng.Intn(len(words))] + "\n"
	}
	if n > 0 && rng.Intn(4) == 0 {
		lines[n-1] = strings.TrimSuffix(lines[n-1], "\n")
	}
	return lines
}

func mutate(rng *rand.Rand, lines []string) []string {
	out := append([]string(nil), lines...)
	for k := rng.Intn(6); k >= 0; k-- {
		i := 0
		if len(out) > 0 {
			i = rng.Intn(len(out))
		}
		switch rng.Intn(3) {
		case 0:
			out = append(out[:i], append([]string{"new\n"}, out[i:]...)...)
		case 1:
			if len(out) > 0 && i < len(out)-1 {
				out = append(out[:i], out[i+1:]...)
			}
		default:
			if len(out) > 0 && i < len(out)-1 {
				out[i] = "changed\n"
			}
		}
	}
	return out
}

// changed counts the - and + lines of a unified diff, headers excluded.
func changed(diff string) int {
	n := 0
	for _, l := range strings.Split(diff, "\n") {
		if (strings.HasPrefix(l, "-") && !strings.HasPrefix(l, "--- ")) || (strings.HasPrefix(l, "+") && !strings.HasPrefix(l, "+++ ")) {
			n++
		}
	}
	return n
}
