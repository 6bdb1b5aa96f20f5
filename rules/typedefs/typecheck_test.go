package typedefs

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/internal/testpeer"
)

// TestFixKeepsRxjsTypeChecking type-checks rxjs' declaration files (which
// type-check on their own) with tsc after `--fix`: no error may appear.
func TestFixKeepsRxjsTypeChecking(t *testing.T) {
	if testing.Short() {
		t.Skip("tsc run skipped in -short mode")
	}
	tsc := filepath.Join(testpeer.Package(t, "typescript"), "bin", "tsc")
	types := filepath.Join(testpeer.Package(t, "rxjs"), "dist", "types")
	dir := t.TempDir()
	converted := 0
	err := filepath.WalkDir(types, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".d.ts") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(types, path)
		out := filepath.Join(dir, "types", rel)
		os.MkdirAll(filepath.Dir(out), 0o755)
		slash := filepath.ToSlash(path)
		opts := Options{Prefer: preferType}
		findings, err := lintSource(slash, src, opts)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		res := fix.File(slash, src, findings, relinter(slash, opts), fix.Options{})
		converted += res.Applied
		return os.WriteFile(out, res.Fixed, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if converted < 50 {
		t.Fatalf("only %d interfaces converted; the test would prove little", converted)
	}
	config := `{"compilerOptions": {"noEmit": true, "strict": true, "skipLibCheck": false, "target": "es2020",
		"lib": ["es2020", "dom"], "types": []}, "include": ["types/**/*.d.ts"]}`
	if err := os.WriteFile(filepath.Join(dir, "tsconfig.json"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", tsc, "-p", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tsc reports errors after converting %d interfaces: %v\n%s", converted, err, out)
	}
	t.Logf("%d interfaces converted; tsc --noEmit --strict: no errors", converted)
}
