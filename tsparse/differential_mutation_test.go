package tsparse

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestMutatedFixturesAgreeWithPeers deletes one byte at a time (every 5th ASCII
// byte) from every valid fixture and flags each mutant on which TypeScript and
// esbuild agree with each other but not with tsparse: the clearest sign of a
// parser bug. Opt-in (about 6,500 files): FSDLINT_MUTATION=1 go test -run Mutated ./tsparse
// It found the parser bugs listed as fixed in tsparse/testdata/DISAGREEMENTS.md.
func TestMutatedFixturesAgreeWithPeers(t *testing.T) {
	if os.Getenv("FSDLINT_MUTATION") == "" {
		t.Skip("opt-in: set FSDLINT_MUTATION=1")
	}
	dir := t.TempDir()
	var files []string
	for _, f := range validFixtures(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 3; i < len(src); i += 5 {
			if src[i] >= 0x80 {
				continue
			}
			mutant := append(append([]byte(nil), src[:i]...), src[i+1:]...)
			path := filepath.Join(dir, fmt.Sprintf("%05d-%s", i, filepath.Base(f)))
			if err := os.WriteFile(path, mutant, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	peer := typeScriptFacts(t, files)
	disagreements := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, parseErr := parseNoPanic(path, src)
		tsRejects := peer[path].ParseErrors > 0
		esRejects := EsbuildCheck(path, src) != nil
		if tsRejects == esRejects && tsRejects != (parseErr != nil) {
			disagreements++
			t.Errorf("%s: TypeScript and esbuild say rejected=%v, tsparse says %v", filepath.Base(path), tsRejects, parseErr)
		}
	}
	t.Logf("%d mutants, %d where both peers disagree with tsparse", len(files), disagreements)
}
