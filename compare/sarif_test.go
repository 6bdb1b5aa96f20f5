package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/report"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// sarifFrom writes the SARIF log fsdlint would have written for a state.
func sarifFrom(t *testing.T, state string) []byte {
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
	run := &report.Run{Cwd: root, Sources: map[string][]byte{}, Version: "test"}
	for _, f := range doc.Findings {
		rf := rules.Finding{Rule: f.Rule, Message: f.Message, Path: f.Path, Folder: f.Folder, Line: f.Line, Column: f.Column,
			Severity: map[string]rules.Severity{"error": rules.Error, "warn": rules.Warn}[f.Severity]}
		if !f.Folder {
			src, err := os.ReadFile(filepath.Join(root, f.Path))
			if err != nil {
				t.Fatal(err)
			}
			run.Sources[f.Path] = src
			start := tsparse.NewLineTable(src).LineStart(f.Line) + int32(f.Column-1)
			rf.Range = tsparse.Range{Start: start, End: start + 1}
		}
		run.Findings = append(run.Findings, rf)
	}
	rep, err := report.New("sarif", report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.Write(&buf, run); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// SARIF fingerprints follow line content within a file, so code moved down a
// file stays "unchanged"; they include the path, so a moved file's finding
// reads as fixed + new.
func TestCompareSARIF(t *testing.T) {
	before, err := Decode(sarifFrom(t, "before"), LoadOptions{Rules: testRules})
	if err != nil {
		t.Fatal(err)
	}
	after, err := Decode(sarifFrom(t, "after"), LoadOptions{Rules: testRules})
	if err != nil {
		t.Fatal(err)
	}
	if before.Format != "sarif" || len(before.Issues) != 7 || before.Issues[0].Severity != "error" {
		t.Fatalf("decoded %s with %d issues: %+v", before.Format, len(before.Issues), before.Issues[0])
	}
	res := Compare(before, after)
	want := append([]string{"src/entities/session/model/session.ts:1 prefer-const"}, wantNew...)
	if got := summary(res.New); len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("new = %q, want %q", got, want)
	}
	if len(res.Fixed) != 4 || res.Unchanged != 3 {
		t.Errorf("fixed %q, unchanged %d; want 4 and 3", summary(res.Fixed), res.Unchanged)
	}
}
