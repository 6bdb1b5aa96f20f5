package report

import (
	"encoding/json"
	"io"
	"net/url"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/sonar"
)

func init() { Register("sarif", func(Options) Reporter { return sarifReporter{} }) }

// sarifReporter writes SARIF 2.1.0 as GitHub code scanning reads it.
type sarifReporter struct{}

const (
	sarifSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI = "https://github.com/fsdlint/fsdlint"
	srcRoot        = "%SRCROOT%"
)

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool struct {
			Driver sarifDriver `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds"`
		ColumnKind         string                   `json:"columnKind"`
		NewlineSequences   []string                 `json:"newlineSequences"`
		Results            []sarifResult            `json:"results"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		ShortDescription     sarifText    `json:"shortDescription"`
		FullDescription      sarifText    `json:"fullDescription"`
		Help                 sarifMessage `json:"help"`
		DefaultConfiguration struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
		Properties struct {
			Tags            []string `json:"tags"`
			Precision       string   `json:"precision"`
			ProblemSeverity string   `json:"problem.severity"`
		} `json:"properties"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifLocation struct {
		ID               int           `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
)

func (sarifReporter) Write(w io.Writer, run *Run) error {
	used := usedRules(run)
	index := map[string]int{}
	sr := sarifRun{
		// The engine's columns count UTF-16 units and its lines end at every
		// ECMAScript line terminator; say so rather than rely on the defaults.
		ColumnKind:       "utf16CodeUnits",
		NewlineSequences: []string{"\r\n", "\n", "\r", "\u2028", "\u2029"},
		OriginalURIBaseIDs: map[string]sarifArtifact{
			srcRoot: {URI: fileURI(run.Cwd)},
		},
		Results: []sarifResult{},
	}
	sr.Tool.Driver = sarifDriver{Name: "fsdlint", Version: run.Version, InformationURI: informationURI, Rules: []sarifRule{}}
	for i, r := range used {
		index[r.Name] = i
		sr.Tool.Driver.Rules = append(sr.Tool.Driver.Rules, sarifRuleOf(r))
	}
	for _, p := range place(run) {
		res := sarifResult{
			RuleID: p.Rule, RuleIndex: index[p.Rule], Level: levelWord(p.Severity),
			Message:             sarifText{p.Text},
			Locations:           []sarifLocation{{PhysicalLocation: physical(p.File, regionOf(p.Finding))}},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": p.Fingerprint[:16] + ":1"},
		}
		for i, rel := range p.Related {
			loc := sarifLocation{ID: i + 1, PhysicalLocation: physical(relPath(run.Cwd, rel.Path), relatedRegion(rel))}
			if rel.Message != "" {
				loc.Message = &sarifText{rel.Message}
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		sr.Results = append(sr.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{sr}})
}

func sarifRuleOf(r *rules.Rule) sarifRule {
	var sr sarifRule
	sr.ID = r.Name
	sr.ShortDescription.Text = nonEmpty(r.Summary, r.Name)
	sr.FullDescription.Text = nonEmpty(firstParagraph(r.Doc.Description), sr.ShortDescription.Text)
	md := sonar.Description(r)
	sr.Help = sarifMessage{Text: nonEmpty(md, sr.ShortDescription.Text), Markdown: md}
	sr.DefaultConfiguration.Level = "warning"
	if r.DefaultSeverity == rules.Error {
		sr.DefaultConfiguration.Level = "error"
	}
	sr.Properties.Tags = []string{"fsdlint"}
	if r.Category != "" {
		sr.Properties.Tags = append(sr.Properties.Tags, string(r.Category))
	}
	for _, im := range sonar.MappingOf(r).Impacts {
		sr.Properties.Tags = append(sr.Properties.Tags, strings.ToLower(im.SoftwareQuality))
	}
	sr.Properties.Precision = "high"
	sr.Properties.ProblemSeverity = map[string]string{"error": "error", "warning": "warning"}[sr.DefaultConfiguration.Level]
	return sr
}

// regionOf is the finding's 1-based region (end column exclusive, as the
// engine fills it). File-level findings point at line 1, since GitHub wants a line.
func regionOf(f rules.Finding) *sarifRegion {
	if f.Folder || f.Line < 1 {
		return &sarifRegion{StartLine: 1}
	}
	r := &sarifRegion{StartLine: f.Line, StartColumn: max(f.Column, 1)}
	if f.EndLine >= f.Line && f.EndCol >= 1 && (f.EndLine > f.Line || f.EndCol >= r.StartColumn) {
		r.EndLine, r.EndColumn = f.EndLine, f.EndCol
	}
	return r
}

func relatedRegion(r rules.Related) *sarifRegion {
	if r.Line < 1 {
		return nil
	}
	return &sarifRegion{StartLine: r.Line, StartColumn: max(r.Column, 1)}
}

func physical(path string, region *sarifRegion) sarifPhysical {
	return sarifPhysical{ArtifactLocation: sarifArtifact{URI: (&url.URL{Path: path}).EscapedPath(), URIBaseID: srcRoot}, Region: region}
}

func nonEmpty(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

func firstParagraph(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return s
}

// fileURI is the file: URI of a directory, with the trailing slash SARIF
// wants on a base URI (and a leading one before a Windows drive letter).
func fileURI(dir string) string {
	p := strings.TrimSuffix(toSlash(dir), "/") + "/"
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
