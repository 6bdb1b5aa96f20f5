package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestParallelJSONIsTheEncodersOutput: the findings are encoded on all
// cores and joined by hand; the bytes must be exactly one json.Encoder's
// (two-space indent, no HTML escaping), at every size around the chunking.
func TestParallelJSONIsTheEncodersOutput(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 257, 300, 1000} {
		doc := JSONReport{Version: JSONVersion, FsdlintVersion: "v1.2.3 <&> \u2028", Findings: []JSONFinding{},
			Summary: JSONSummary{FilesChecked: n, Errors: n / 2, Warnings: n - n/2, Fixable: 3}}
		for i := range n {
			f := JSONFinding{Rule: "fsd/forbidden-imports", Severity: "error", Path: fmt.Sprintf("src/a%d.ts", i),
				Message: strings.Repeat("é<&>\"\\\t", i%3) + "\xff bad utf8", Line: i, Column: i + 1,
				Related: []JSONRelated{}, Fixes: []JSONFix{}, LineHash: "abc"}
			if i%7 == 0 {
				f.Related = append(f.Related, JSONRelated{Path: "x", Line: 1, Message: "m"})
				f.Fixes = append(f.Fixes, JSONFix{Message: "fix", Safety: "safe", Edits: []JSONEdit{{1, 2, "new\ntext"}}})
			}
			doc.Findings = append(doc.Findings, f)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeJSONDoc(&got, &doc); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("%d findings: output differs\ngot:\n%.600s\nwant:\n%.600s", n, got.String(), want.String())
		}
	}
}
