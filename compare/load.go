package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/baseline"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/sonar"
	"github.com/fsdlint/fsdlint/tsparse"
)

// LoadOptions say how to fill what a report leaves out.
type LoadOptions struct {
	// Root, when set, is the directory the report's paths are relative to; line
	// hashes are then read from the files there when the report has none.
	Root string
	// Rules maps rule names to rules, for the software qualities of fsdlint
	// json findings (the registry's Sonar mapping). May be nil.
	Rules func(name string) *rules.Rule
}

// Load reads a report file, recognising its format by its shape.
func Load(file string, opts LoadOptions) (*Report, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	rep, err := Decode(data, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	rep.Source = file
	if opts.Root != "" {
		fillLineHashes(rep.Issues, opts.Root, rep.Format == "sonar" || rep.Format == "sonar-legacy")
	}
	return rep, nil
}

// Decode reads a report from memory: a SonarQube report has "issues", a SARIF
// log "version" and "runs"; an fsdlint json report has "findings" (or is a
// bare array of findings).
func Decode(data []byte, opts LoadOptions) (*Report, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return decodeFsdlint(data, true, opts)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("not a JSON report: %w", err)
	}
	switch {
	case probe["runs"] != nil && probe["version"] != nil:
		return decodeSARIF(data, opts)
	case probe["issues"] != nil:
		return decodeSonar(data)
	case probe["findings"] != nil:
		return decodeFsdlint(data, false, opts)
	}
	return nil, fmt.Errorf("not an fsdlint json report (\"findings\"), a SonarQube report (\"issues\") or a SARIF log (\"runs\")")
}

// jsonFinding is the part of fsdlint's json format compare reads.
type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Folder   bool   `json:"folder"`
	LineHash string `json:"lineHash"`
}

func decodeFsdlint(data []byte, bare bool, opts LoadOptions) (*Report, error) {
	var doc struct {
		Findings []jsonFinding `json:"findings"`
	}
	var err error
	if bare {
		err = json.Unmarshal(data, &doc.Findings)
	} else {
		err = json.Unmarshal(data, &doc)
	}
	if err != nil {
		return nil, fmt.Errorf("fsdlint json report: %w", err)
	}
	rep := &Report{Format: "fsdlint", Issues: make([]Issue, 0, len(doc.Findings))}
	for _, f := range doc.Findings {
		is := Issue{Rule: f.Rule, Severity: normalSeverity(f.Severity), Message: f.Message, Path: f.Path,
			Line: f.Line, Column: f.Column, LineHash: f.LineHash, Layer: LayerOf(f.Path)}
		if f.Folder {
			is.Line, is.Column = 0, 0
		}
		var r *rules.Rule
		if opts.Rules != nil {
			r = opts.Rules(f.Rule)
		}
		for _, im := range sonar.MappingOf(r).Impacts {
			is.Qualities = append(is.Qualities, im.SoftwareQuality)
		}
		rep.Issues = append(rep.Issues, is)
	}
	return rep, nil
}

// normalSeverity spells fsdlint severities one way ("warn" and "warning" alike).
func normalSeverity(s string) string {
	switch strings.ToLower(s) {
	case "warn", "warning":
		return "warning"
	case "error":
		return "error"
	}
	return strings.ToLower(s)
}

func decodeSonar(data []byte) (*Report, error) {
	var doc sonar.Report
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("SonarQube report: %w", err)
	}
	rep := &Report{Format: "sonar", Issues: make([]Issue, 0, len(doc.Issues))}
	if doc.Legacy() {
		rep.Format = "sonar-legacy"
	}
	ruleByID := map[string]sonar.Rule{}
	for _, r := range doc.Rules {
		ruleByID[r.ID] = r
	}
	for _, is := range doc.Issues {
		out := Issue{Rule: is.RuleID, Message: is.PrimaryLocation.Message, Path: is.PrimaryLocation.FilePath,
			Layer: LayerOf(is.PrimaryLocation.FilePath)}
		if tr := is.PrimaryLocation.TextRange; tr != nil {
			out.Line = tr.StartLine
			if tr.StartColumn != nil {
				out.Column = *tr.StartColumn + 1
			}
		}
		if doc.Legacy() {
			out.Severity = is.Severity
			m := sonar.MappingOf(&rules.Rule{Sonar: rules.Sonar{Type: is.Type, Severity: is.Severity}})
			out.Qualities = []string{m.Impacts[0].SoftwareQuality}
		} else {
			// The 10.3+ shape carries severity per impact; the issue's is the highest.
			for _, im := range ruleByID[is.RuleID].Impacts {
				out.Qualities = append(out.Qualities, im.SoftwareQuality)
				if impactRank[im.Severity] > impactRank[out.Severity] {
					out.Severity = im.Severity
				}
			}
		}
		rep.Issues = append(rep.Issues, out)
	}
	return rep, nil
}

var impactRank = map[string]int{"INFO": 1, "LOW": 2, "MEDIUM": 3, "HIGH": 4, "BLOCKER": 5}

// fillLineHashes reads the lines issues point at from the tree under root.
// SonarQube numbers lines its own way (U+2028 is no break), fsdlint as
// TypeScript does; sonarLines picks the model the report used.
func fillLineHashes(issues []Issue, root string, sonarLines bool) {
	type lineSource interface {
		count() int
		text(line int) []byte
	}
	files := map[string]lineSource{}
	for i := range issues {
		is := &issues[i]
		if is.LineHash != "" || is.Line < 1 {
			continue
		}
		ls, ok := files[is.Path]
		if !ok {
			if src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(is.Path))); err == nil {
				if sonarLines {
					ls = sonarModel{sonar.NewLines(src)}
				} else {
					ls = tsModel{tsparse.NewLineTable(src)}
				}
			}
			files[is.Path] = ls
		}
		if ls != nil && is.Line <= ls.count() {
			is.LineHash = baseline.LineHash(ls.text(is.Line))
		}
	}
}

type sonarModel struct{ l *sonar.Lines }

func (m sonarModel) count() int           { return m.l.Count() }
func (m sonarModel) text(line int) []byte { return m.l.Text(line) }

type tsModel struct{ t *tsparse.LineTable }

func (m tsModel) count() int           { return m.t.Lines() }
func (m tsModel) text(line int) []byte { return m.t.LineText(line) }
