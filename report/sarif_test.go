package report

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/tsparse"
)

func TestSARIF(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "sarif", Options{}, run)
	requireSchema(t, sarifSchemaFile, out)

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						FullDescription  struct{ Text string }
						Help             struct{ Text, Markdown string }
					}
				}
			}
			Results []struct {
				RuleID              string
				RuleIndex           int
				Locations           []struct{ PhysicalLocation sarifPhysical }
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0]
	// What GitHub requires beyond the schema: non-empty texts, rule references,
	// unique fingerprints, relative paths, regions inside the file.
	for _, rule := range r.Tool.Driver.Rules {
		if rule.ShortDescription.Text == "" || rule.FullDescription.Text == "" || rule.Help.Text == "" {
			t.Errorf("rule %s lacks a description GitHub requires", rule.ID)
		}
	}
	seen := map[string]bool{}
	for _, res := range r.Results {
		if res.RuleIndex >= len(r.Tool.Driver.Rules) || r.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s: ruleIndex %d points elsewhere", res.RuleID, res.RuleIndex)
		}
		fp := res.PartialFingerprints["primaryLocationLineHash"]
		if fp == "" || seen[fp] {
			t.Errorf("result %s: fingerprint %q missing or repeated", res.RuleID, fp)
		}
		seen[fp] = true
		loc := res.Locations[0].PhysicalLocation
		p, err := url.PathUnescape(loc.ArtifactLocation.URI)
		if err != nil || filepath.IsAbs(p) {
			t.Errorf("uri %q is not a relative, escaped path", loc.ArtifactLocation.URI)
		}
		src, err := os.ReadFile(filepath.Join(run.Cwd, p))
		if err != nil {
			t.Errorf("uri %q does not name a file: %v", loc.ArtifactLocation.URI, err)
			continue
		}
		lt := tsparse.NewLineTable(src)
		reg := loc.Region
		if reg.StartLine > lt.Lines() || reg.EndLine > lt.Lines() {
			t.Errorf("%s: region %+v past the file's %d lines", p, *reg, lt.Lines())
		}
		if reg.StartColumn > 0 && reg.StartColumn > tsparse.UTF16Len(lt.LineText(reg.StartLine))+1 {
			t.Errorf("%s: startColumn %d past its line", p, reg.StartColumn)
		}
	}
	if len(r.Results) != len(run.Findings) {
		t.Errorf("%d results for %d findings", len(r.Results), len(run.Findings))
	}
	ciGolden(t, "sarif.json", run, out)
}

func TestSARIFEmptyRun(t *testing.T) {
	requireSchema(t, sarifSchemaFile, ciRender(t, "sarif", Options{}, &Run{Cwd: t.TempDir(), Version: "1"}))
}
