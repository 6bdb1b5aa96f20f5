package sonar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildEdgeCases(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/a.ts":                "const a = 1;\n",
		"src/features/x/ui/b.tsx": "export const B = 1;\n",
		"src/features/x/a.md":     "# notes\n",
	})
	long := strings.Repeat("é", 4100)
	findings := []rules.Finding{
		{Rule: "r1", Path: "src/a.ts", Range: tsparse.Range{Start: 6, End: 7}, Message: "  bad\x00name  ",
			Related: []rules.Related{
				{Path: "src/missing.ts", Message: "unreadable and no line: dropped"},
				{Path: "src/missing.ts", Line: 3, Message: "unreadable: whole line"},
				{Path: filepath.Join(dir, "src/a.ts"), Range: tsparse.Range{Start: 0, End: 5}, Message: "absolute path"},
			}},
		{Rule: "r1", Path: "src/a.ts", Range: tsparse.Range{Start: 0, End: 5}, Message: long},
		// A folder without index: first source file, not the markdown file that sorts first.
		{Rule: "r2", Path: "src/features/x", Folder: true, Message: "no public API"},
		{Rule: "r2", Path: "src/features/gone", Folder: true, Message: "folder that does not exist"},
	}
	rep := Build(Input{Findings: findings, Cwd: dir, Base: filepath.Join(dir, "src")})
	first := rep.Issues[0]
	if first.PrimaryLocation.Message != "bad[NULL]name" {
		t.Errorf("message %q: want trimmed, NUL replaced", first.PrimaryLocation.Message)
	}
	if first.PrimaryLocation.FilePath != "a.ts" {
		t.Errorf("filePath %q, want a.ts (relative to the base)", first.PrimaryLocation.FilePath)
	}
	if n := len(first.SecondaryLocations); n != 2 {
		t.Fatalf("%d secondary locations, want 2", n)
	}
	if got := first.SecondaryLocations[0].TextRange; got.StartLine != 3 || got.StartColumn != nil {
		t.Errorf("unreadable related file: %+v, want whole line 3", got)
	}
	if got := first.SecondaryLocations[1]; got.FilePath != "a.ts" || *got.TextRange.EndColumn != 5 {
		t.Errorf("absolute related path: %+v", got)
	}
	if n := len([]rune(rep.Issues[1].PrimaryLocation.Message)); n != 4000 {
		t.Errorf("message of %d chars, want it cut to 4000", n)
	}
	if got := rep.Issues[2].PrimaryLocation; got.FilePath != "features/x/ui/b.tsx" || got.TextRange != nil ||
		!strings.Contains(got.Message, "(folder features/x)") {
		t.Errorf("folder finding: %+v", got)
	}
	if got := rep.Issues[3].PrimaryLocation.FilePath; got != "features/gone" {
		t.Errorf("missing folder: filePath %q", got)
	}
	if len(rep.Rules) != 2 || rep.Rules[0].ID != "r1" || rep.Rules[0].Name != "r1" {
		t.Errorf("rules: %+v", rep.Rules)
	}
}

func TestMappingOfFillsGaps(t *testing.T) {
	cases := []struct {
		in   rules.Sonar
		def  rules.Severity
		want string
	}{
		{rules.Sonar{}, rules.Error, "CODE_SMELL MAJOR CONVENTIONAL MAINTAINABILITY/MEDIUM"},
		{rules.Sonar{}, rules.Warn, "CODE_SMELL MINOR CONVENTIONAL MAINTAINABILITY/LOW"},
		{rules.Sonar{Type: "BUG", Severity: "CRITICAL"}, rules.Warn, "BUG CRITICAL CONVENTIONAL RELIABILITY/HIGH"},
		{rules.Sonar{CleanCodeAttribute: "MODULAR", Impacts: []rules.Impact{{SoftwareQuality: "SECURITY", Severity: "BLOCKER"}}},
			rules.Warn, "VULNERABILITY BLOCKER MODULAR SECURITY/BLOCKER"},
	}
	for _, c := range cases {
		m := MappingOf(&rules.Rule{Sonar: c.in, DefaultSeverity: c.def})
		got := m.Type + " " + m.Severity + " " + m.CleanCodeAttribute + " " + m.Impacts[0].SoftwareQuality + "/" + m.Impacts[0].Severity
		if got != c.want {
			t.Errorf("MappingOf(%+v) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestBuildRelativeBase(t *testing.T) {
	dir := writeTree(t, map[string]string{"web/src/a.ts": "x;\n"})
	cwd := filepath.Join(dir, "web")
	f := rules.Finding{Rule: "r", Path: "src/a.ts", Range: tsparse.Range{Start: 0, End: 1}, Message: "m"}
	for base, want := range map[string]string{"": "src/a.ts", "..": "web/src/a.ts", "src": "a.ts"} {
		rep := Build(Input{Findings: []rules.Finding{f}, Cwd: cwd, Base: base})
		if got := rep.Issues[0].PrimaryLocation.FilePath; got != want {
			t.Errorf("base %q: filePath %q, want %q", base, got, want)
		}
	}
}
