package compare

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/sonar"
	"github.com/fsdlint/fsdlint/tsparse"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden and the generated sonar reports")

// testRules stand in for the registry's Sonar mapping.
func testRules(name string) *rules.Rule {
	switch name {
	case "prefer-const":
		return &rules.Rule{Name: name, Sonar: rules.Sonar{Type: "BUG", Severity: "MAJOR"}}
	case "fsd/forbidden-imports":
		return &rules.Rule{Name: name, Sonar: rules.Sonar{CleanCodeAttribute: "MODULAR",
			Impacts: []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "HIGH"}, {SoftwareQuality: "RELIABILITY", Severity: "LOW"}}}}
	}
	return nil
}

func load(t *testing.T, file, root string) *Report {
	t.Helper()
	opts := LoadOptions{Rules: testRules}
	if root != "" {
		opts.Root = filepath.Join("testdata", root)
	}
	rep, err := Load(filepath.Join("testdata", file), opts)
	if err != nil {
		t.Fatal(err)
	}
	rep.Source = file // stable in golden files
	return rep
}

func summary(issues []Issue) []string {
	var out []string
	for _, is := range issues {
		out = append(out, where(is)+" "+is.Rule)
	}
	sort.Strings(out)
	return out
}

var (
	wantNew = []string{
		"src/entities/user/model/types.ts:1 fsd/forbidden-imports",
		"src/entities/user/model/types.ts:7 ts/consistent-type-definitions",
	}
	wantFixed = []string{
		"src/features/cart fsd/public-api",
		"src/features/cart/ui/CartButton.tsx:3 ts/consistent-type-definitions",
		"src/pages/home/ui/HomePage.tsx:1 fsd/no-public-api-sidestep",
	}
)

// With the trees at hand, line hashes recognise code that moved down a file
// (HomePage.tsx, types.ts) and a file that moved to another slice (session.ts).
func TestCompareTracksMovedCode(t *testing.T) {
	res := Compare(load(t, "before.json", "before"), load(t, "after.json", "after"))
	if !res.LineHashes {
		t.Error("line hashes were not used")
	}
	if got := summary(res.New); !reflect.DeepEqual(got, wantNew) {
		t.Errorf("new = %q, want %q", got, wantNew)
	}
	if got := summary(res.Fixed); !reflect.DeepEqual(got, wantFixed) {
		t.Errorf("fixed = %q, want %q", got, wantFixed)
	}
	if res.Unchanged != 4 || res.Totals != (Count{Key: "total", Before: 7, After: 6, Delta: -1}) {
		t.Errorf("unchanged %d, totals %+v", res.Unchanged, res.Totals)
	}
	wantLayers := []Count{{"pages", 2, 1, -1}, {"features", 4, 1, -3}, {"entities", 1, 4, 3}}
	if !reflect.DeepEqual(res.ByLayer, wantLayers) {
		t.Errorf("by layer = %+v, want %+v", res.ByLayer, wantLayers)
	}
	wantSeverity := []Count{{"error", 4, 3, -1}, {"warning", 3, 3, 0}}
	if !reflect.DeepEqual(res.BySeverity, wantSeverity) {
		t.Errorf("by severity = %+v, want %+v", res.BySeverity, wantSeverity)
	}
	// forbidden-imports counts for both its qualities; prefer-const is a BUG.
	wantQuality := []Count{{"MAINTAINABILITY", 6, 5, -1}, {"RELIABILITY", 2, 3, 1}}
	if !reflect.DeepEqual(res.ByQuality, wantQuality) {
		t.Errorf("by quality = %+v, want %+v", res.ByQuality, wantQuality)
	}
}

// Without line content, the moved file's finding reads as fixed + new.
func TestCompareWithoutLineHashes(t *testing.T) {
	res := Compare(load(t, "before.json", ""), load(t, "after.json", ""))
	if res.LineHashes {
		t.Error("claims line hashes it does not have")
	}
	if len(res.New) != 3 || len(res.Fixed) != 4 || res.Unchanged != 3 {
		t.Errorf("new %v fixed %v unchanged %d; want 3, 4, 3", summary(res.New), summary(res.Fixed), res.Unchanged)
	}
}

// sonarFrom writes the SonarQube report fsdlint would have written for a state.
func sonarFrom(t *testing.T, state string, legacy bool) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", state+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Findings []jsonFinding }
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	root, _ := filepath.Abs(filepath.Join("testdata", state))
	var findings []rules.Finding
	for _, f := range doc.Findings {
		rf := rules.Finding{Rule: f.Rule, Message: f.Message, Path: f.Path, Folder: f.Folder, Line: f.Line, Column: f.Column}
		if !f.Folder {
			src, err := os.ReadFile(filepath.Join(root, f.Path))
			if err != nil {
				t.Fatal(err)
			}
			start := tsparse.NewLineTable(src).LineStart(f.Line) + int32(f.Column-1) // ASCII fixtures
			rf.Range = tsparse.Range{Start: start, End: start + 1}
		}
		findings = append(findings, rf)
	}
	rs := []*rules.Rule{testRules("prefer-const"), testRules("fsd/forbidden-imports")}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sonar.Build(sonar.Input{Findings: findings, Rules: rs, Cwd: root, Legacy: legacy})); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The same states exported for SonarQube compare the same way (both shapes).
func TestCompareSonarReports(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		suffix := ".sonar.json"
		if legacy {
			suffix = ".sonar-legacy.json"
		}
		for _, state := range []string{"before", "after"} {
			file := filepath.Join("testdata", state+suffix)
			out := sonarFrom(t, state, legacy)
			if *updateGolden {
				if err := os.WriteFile(file, out, 0o644); err != nil {
					t.Fatal(err)
				}
			} else if old, err := os.ReadFile(file); err != nil || !bytes.Equal(old, out) {
				t.Errorf("%s is stale (go test ./compare -update)", file)
			}
		}
		before, after := load(t, "before"+suffix, "before"), load(t, "after"+suffix, "after")
		wantFormat := map[bool]string{false: "sonar", true: "sonar-legacy"}[legacy]
		if before.Format != wantFormat {
			t.Errorf("format %q, want %q", before.Format, wantFormat)
		}
		res := Compare(before, after)
		// Folder findings sit on a file in SonarQube reports, so the fixed
		// public-api finding is named by that file.
		fixed := summary(res.Fixed)
		if got := summary(res.New); !reflect.DeepEqual(got, wantNew) || len(fixed) != 3 || res.Unchanged != 4 {
			t.Errorf("%s: new %q fixed %q unchanged %d", suffix, got, fixed, res.Unchanged)
		}
	}
}

func TestLayerOf(t *testing.T) {
	for p, want := range map[string]string{
		"src/features/cart/ui/x.ts":  "features",
		"src/_app/providers/x.tsx":   "app",
		"src/1_shared/ui/x.ts":       "shared",
		"packages/web/src/pages/a":   "pages",
		"src/shared/ui/app/x.ts":     "shared",
		"scripts/build.ts":           NoLayer,
		"src/featuresX/a.ts":         NoLayer,
		`src\entities\user\index.ts`: "entities",
	} {
		if got := LayerOf(p); got != want {
			t.Errorf("LayerOf(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestDecodeRejectsOtherJSON(t *testing.T) {
	if _, err := Decode([]byte(`{"version":"2.1.0"}`), LoadOptions{}); err == nil {
		t.Error("an unknown report shape was accepted")
	}
	if _, err := Decode([]byte(`not json`), LoadOptions{}); err == nil {
		t.Error("non-JSON accepted")
	}
	rep, err := Decode([]byte(`[{"rule":"r","severity":"warn","message":"m","path":"src/shared/a.ts","line":2}]`), LoadOptions{})
	if err != nil || len(rep.Issues) != 1 || rep.Issues[0].Severity != "warning" || rep.Issues[0].Layer != "shared" {
		t.Errorf("bare array: %+v, %v", rep, err)
	}
}

func TestRenderGolden(t *testing.T) {
	res := Compare(load(t, "before.json", "before"), load(t, "after.json", "after"))
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, res, format, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join("testdata", "golden", "compare."+map[string]string{"pretty": "txt", "markdown": "md", "json": "json", "html": "html"}[format])
		if *updateGolden {
			_ = os.MkdirAll(filepath.Dir(file), 0o755)
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil || !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from %s:\n%s", format, file, buf.String())
		}
	}
	if err := Render(&bytes.Buffer{}, res, "xml", RenderOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestBar(t *testing.T) {
	for _, c := range []struct {
		n, total, width int
		want            string
	}{
		{4, 4, 4, "████"},
		{2, 4, 4, "██  "},
		{1, 3, 4, "█▎  "}, // 1/3 of 32 eighths = 10 → one cell and 2/8
		{1, 1000, 4, "▏   "},
		{0, 5, 3, "   "},
	} {
		if got := bar(c.n, c.total, c.width); got != c.want {
			t.Errorf("bar(%d,%d,%d) = %q, want %q", c.n, c.total, c.width, got, c.want)
		}
	}
	if strings.Contains(bar(0, 0, 3), "█") {
		t.Error("empty table drew a bar")
	}
}

func TestPrettyColourIsForcedWhenAsked(t *testing.T) {
	res := Compare(load(t, "before.json", ""), load(t, "after.json", ""))
	var plain, colour bytes.Buffer
	if err := Render(&plain, res, "pretty", RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Render(&colour, res, "pretty", RenderOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("escape codes without --color")
	}
	if !strings.Contains(colour.String(), "\x1b[") {
		t.Error("no escape codes with colour on, writing to a buffer")
	}
}
