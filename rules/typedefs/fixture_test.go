package typedefs

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/tsparse"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current fixer output")

// TestFixtures checks every fixture's findings against its `// want`
// comments and its fixed text against the .golden file next to it.
func TestFixtures(t *testing.T) {
	for _, dir := range []string{preferType, preferInterface} {
		for _, path := range fixtures(t, dir) {
			t.Run(dir+"/"+filepath.Base(path), func(t *testing.T) {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				f, err := tsparse.Parse(path, src)
				if err != nil {
					t.Fatalf("fixture does not parse: %v", err)
				}
				findings, _ := lintSource(path, src, optionsFor(dir))
				want := wants(t, f)
				matched := map[int]int{}
				for _, fd := range findings {
					text := fd.Rule + ": " + fd.Message
					ok := false
					for _, re := range want[fd.Line] {
						if re.MatchString(text) {
							ok = true
						}
					}
					if !ok {
						t.Errorf("line %d: unexpected finding %q", fd.Line, text)
					}
					matched[fd.Line]++
				}
				for line, res := range want {
					if matched[line] != len(res) {
						t.Errorf("line %d: %d findings, want %d (%v)", line, matched[line], len(res), res)
					}
				}

				res := fix.File(path, src, findings, relinter(path, optionsFor(dir)), fix.Options{})
				for _, w := range res.Warnings {
					t.Errorf("fix warning: %s", w)
				}
				for _, fd := range res.Remaining {
					if len(fd.Fixes) > 0 {
						t.Errorf("line %d: a fixable finding remains after fixing: %s", fd.Line, fd.Message)
					}
				}
				golden := path + ".golden"
				if *update {
					if err := os.WriteFile(golden, res.Fixed, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want2, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(res.Fixed, want2) {
					t.Errorf("fixed text differs from %s:\n%s", filepath.Base(golden), fix.Diff(filepath.Base(path), want2, res.Fixed))
				}
			})
		}
	}
}
