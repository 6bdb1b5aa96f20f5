package airbnb_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
)

// The import rules cache the disk (listings, package.json files) across the
// files of a run. A second run in the same process (watch mode, the re-check
// after --fix) must see the disk as it is then, not as the first run did.
func TestDiskCachesDoNotOutliveARun(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{"name":"app","dependencies":{}}`)
	write("node_modules/left-pad/package.json", `{"name":"left-pad","main":"index.js"}`)
	write("node_modules/left-pad/index.js", "module.exports = 1;\n")
	write("src/a.ts", "import pad from 'left-pad';\n\nexport default pad;\n")

	var rs []*rules.Rule
	for _, r := range all.Rules() {
		if r.Name == "import/no-extraneous-dependencies" {
			rs = append(rs, r)
		}
	}
	cfg := config.Default(root, rs)
	cfg.Rules["import/no-extraneous-dependencies"] = config.RuleSetting{Severity: rules.Error}
	count := func() int {
		t.Helper()
		res, err := engine.Run(engine.Options{Targets: []engine.Target{{Path: root, Config: cfg}}, Rules: rs, Cwd: root})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range res.Findings {
			if f.Rule == "import/no-extraneous-dependencies" {
				n++
			}
		}
		return n
	}
	if n := count(); n != 1 {
		t.Fatalf("first run: %d findings, want 1 (left-pad is not a dependency)", n)
	}
	write("package.json", `{"name":"app","dependencies":{"left-pad":"1.0.0"}}`)
	if n := count(); n != 0 {
		t.Fatalf("second run after adding the dependency: %d findings, want 0 (a stale package.json cache)", n)
	}
}
