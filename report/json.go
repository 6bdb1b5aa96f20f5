package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"

	"github.com/fsdlint/fsdlint/baseline"
	"github.com/fsdlint/fsdlint/internal/par"
	"github.com/fsdlint/fsdlint/rules"
)

func init() { Register("json", func(Options) Reporter { return jsonReporter{} }) }

// JSONVersion is the version of the json format; it changes only when a field
// changes meaning or goes away (new fields may be added within a version).
const JSONVersion = 1

// jsonReporter writes the documented, stable machine format.
type jsonReporter struct{}

// JSONReport is the json format's document.
type JSONReport struct {
	Version        int           `json:"version"`
	FsdlintVersion string        `json:"fsdlintVersion"`
	Findings       []JSONFinding `json:"findings"`
	Summary        JSONSummary   `json:"summary"`
}

// JSONFinding is one finding. Lines and columns are 1-based, columns in UTF-16
// code units; offsets are 0-based bytes into the file. A finding about a whole
// folder (or file) has folder=true and zero positions.
type JSONFinding struct {
	Rule        string        `json:"rule"`
	Severity    string        `json:"severity"` // "error" or "warn"
	Message     string        `json:"message"`
	Path        string        `json:"path"` // relative to the working directory, "/"-separated
	Folder      bool          `json:"folder"`
	Line        int           `json:"line"`
	Column      int           `json:"column"`
	EndLine     int           `json:"endLine"`
	EndColumn   int           `json:"endColumn"`
	StartOffset int32         `json:"startOffset"`
	EndOffset   int32         `json:"endOffset"`
	LineHash    string        `json:"lineHash,omitempty"` // the line's content, hashed (compare, baselines: moved code)
	Fixable     bool          `json:"fixable"`
	Related     []JSONRelated `json:"related"`
	Fixes       []JSONFix     `json:"fixes"`
}

// JSONRelated is a secondary location of a finding.
type JSONRelated struct {
	Path        string `json:"path"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	StartOffset int32  `json:"startOffset"`
	EndOffset   int32  `json:"endOffset"`
	Message     string `json:"message"`
}

// JSONFix is one fix: edits that together make one change.
type JSONFix struct {
	Message string     `json:"message"`
	Safety  string     `json:"safety"` // "safe" (applied by --fix) or "unsafe" (--fix-unsafe)
	Path    string     `json:"path,omitempty"`
	Edits   []JSONEdit `json:"edits"`
}

// JSONEdit replaces the bytes [startOffset, endOffset) with newText.
type JSONEdit struct {
	StartOffset int32  `json:"startOffset"`
	EndOffset   int32  `json:"endOffset"`
	NewText     string `json:"newText"`
}

// JSONSummary counts the findings.
type JSONSummary struct {
	FilesChecked int `json:"filesChecked"`
	Errors       int `json:"errors"`
	Warnings     int `json:"warnings"`
	Fixable      int `json:"fixable"`
}

func (jsonReporter) Write(w io.Writer, run *Run) error {
	doc := JSONReport{Version: JSONVersion, FsdlintVersion: run.Version, Findings: []JSONFinding{}}
	hashes := baseline.LineHashes(run.Findings, run.Sources)
	for i, f := range run.Findings {
		jf := JSONFinding{
			Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message, Path: f.Path, Folder: f.Folder,
			Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndCol,
			StartOffset: f.Range.Start, EndOffset: f.Range.End, Fixable: len(f.Fixes) > 0,
			Related: []JSONRelated{}, Fixes: []JSONFix{}, LineHash: hashes[i],
		}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, JSONRelated{Path: r.Path, Line: r.Line, Column: r.Column,
				StartOffset: r.Range.Start, EndOffset: r.Range.End, Message: r.Message})
		}
		for _, fx := range f.Fixes {
			jfx := JSONFix{Message: fx.Message, Safety: safetyWord(fx.Safety), Path: fx.Path, Edits: []JSONEdit{}}
			for _, e := range fx.Edits {
				jfx.Edits = append(jfx.Edits, JSONEdit{StartOffset: e.Start, EndOffset: e.End, NewText: e.NewText})
			}
			jf.Fixes = append(jf.Fixes, jfx)
		}
		doc.Findings = append(doc.Findings, jf)
	}
	doc.Summary = summarize(run)
	return writeJSONDoc(w, &doc)
}

// writeJSONDoc writes doc exactly as a json.Encoder with two-space indent and
// no HTML escaping would, but encodes the findings on all cores: on a corpus
// run with 16,000 findings the single encoder (its indent pass above all) was
// 120 ms of serial time. The document around them is still the encoder's (with
// no findings), so a field added to JSONReport needs no change here.
func writeJSONDoc(w io.Writer, doc *JSONReport) error {
	if len(doc.Findings) < 256 {
		return encodeJSON(w, "", doc)
	}
	const per = 128
	chunks := make([][]byte, (len(doc.Findings)+per-1)/per)
	errs := make([]error, len(chunks))
	par.Each(len(chunks), runtime.GOMAXPROCS(0), func(c int) {
		var b bytes.Buffer
		for i := c * per; i < min((c+1)*per, len(doc.Findings)); i++ {
			b.WriteString(",\n    ")
			if err := encodeJSON(&b, "    ", &doc.Findings[i]); err != nil {
				errs[c] = err
				return
			}
			b.Truncate(b.Len() - 1) // the encoder's newline
		}
		chunks[c] = b.Bytes()
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	shell := *doc
	shell.Findings = []JSONFinding{}
	var frame bytes.Buffer
	if err := encodeJSON(&frame, "", &shell); err != nil {
		return err
	}
	// Keys are never escaped and string values escape their quotes: the empty
	// list appears once, as the value of "findings".
	before, after, ok := bytes.Cut(frame.Bytes(), []byte(`"findings": []`))
	if !ok {
		return errors.New("json report: no findings list in the document")
	}
	var out bytes.Buffer
	out.Write(before)
	out.WriteString(`"findings": [`)
	for i, c := range chunks {
		if i == 0 {
			c = c[1:] // the first finding has no comma before it
		}
		out.Write(c)
	}
	out.WriteString("\n  ]")
	out.Write(after)
	_, err := w.Write(out.Bytes())
	return err
}

// encodeJSON is the encoder every part of the document goes through.
func encodeJSON(w io.Writer, prefix string, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func safetyWord(s rules.FixSafety) string {
	if s == rules.UnsafeFix {
		return "unsafe"
	}
	return "safe"
}

// summarize counts a run's findings by severity, and the fixable ones.
func summarize(run *Run) JSONSummary {
	s := JSONSummary{FilesChecked: run.FilesChecked}
	for _, f := range run.Findings {
		if f.Severity == rules.Error {
			s.Errors++
		} else {
			s.Warnings++
		}
		if len(f.Fixes) > 0 {
			s.Fixable++
		}
	}
	return s
}
