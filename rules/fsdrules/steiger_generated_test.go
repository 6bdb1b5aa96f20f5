package fsdrules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/fsdlint/fsdlint/internal/gen"
	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/rules"
)

// TestSteigerGeneratedTree compares fsdlint with Steiger on a generated
// realistic app (internal/gen: TSX, barrels, aliases, violations of every
// import family): every rule both have must give the same (rule, path) set.
func TestSteigerGeneratedTree(t *testing.T) {
	if testing.Short() {
		t.Skip("Steiger takes seconds on a generated tree")
	}
	testpeer.Package(t, "steiger")
	dir := filepath.ToSlash(t.TempDir())
	if _, err := gen.Generate(dir, gen.Options{Files: 800, Seed: 3, ViolationRate: 0.1}); err != nil {
		t.Fatal(err)
	}
	// Steiger's gitignore check needs a .git above the root it is given.
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	var results map[string][]steigerFinding
	if err := json.Unmarshal(testpeer.RunNode(t, "steiger-run.js", "--in-place", dir), &results); err != nil {
		t.Fatal(err)
	}
	fx := &fixture{dir: dir, root: dir + "/src"}
	err := filepath.WalkDir(fx.root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			fx.files = append(fx.files, filepath.ToSlash(p))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(fx.files)
	compared := comparedRules()
	keys, _ := fx.run(t, func(r *rules.Rule) bool { return compared[r.Name] })
	ours := map[string]bool{}
	for _, k := range keys {
		ours[stripLine(k)] = true
	}
	steiger := map[string]bool{}
	for _, d := range results[dir] {
		steiger[d.Rule+" "+fx.rel(d.Path)] = true
	}
	compareKeys(t, difference(ours, steiger), nil)
	compareKeys(t, difference(steiger, ours), nil)
	if len(steiger) < 20 {
		t.Errorf("Steiger found only %d (rule, path) pairs: the generated tree should break rules", len(steiger))
	}
	t.Logf("generated tree: %d files, Steiger %d (rule, path) pairs, fsdlint %d", len(fx.files), len(steiger), len(ours))
}
