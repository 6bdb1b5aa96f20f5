package sonar

import (
	"bytes"
	"encoding/json"
)

// EngineID names fsdlint in SonarQube: rule keys become external_fsdlint:<rule>.
const EngineID = "fsdlint"

// Report is a generic external issue report. Rules is nil in the deprecated
// shape; in the 10.3+ shape it is present (possibly empty), which is how
// SonarQube tells the two apart.
type Report struct {
	Rules  []Rule  `json:"rules"`
	Issues []Issue `json:"issues"`
}

// Legacy says whether the report has the deprecated shape (no rules table).
func (r Report) Legacy() bool { return r.Rules == nil }

// MarshalJSON leaves "rules" out of the deprecated shape only; an empty 10.3+
// report keeps "rules": [] so SonarQube still reads it as the new shape.
func (r Report) MarshalJSON() ([]byte, error) {
	issues := r.Issues
	if issues == nil {
		issues = []Issue{}
	}
	if r.Rules == nil {
		return marshalPlain(struct {
			Issues []Issue `json:"issues"`
		}{issues})
	}
	return marshalPlain(struct {
		Rules  []Rule  `json:"rules"`
		Issues []Issue `json:"issues"`
	}{r.Rules, issues})
}

// marshalPlain is json.Marshal without escaping <, > and & (messages quote code).
func marshalPlain(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// Rule is an ad hoc rule of the 10.3+ shape.
type Rule struct {
	ID                 string   `json:"id"`
	Name               string   `json:"name"`
	Description        string   `json:"description,omitempty"`
	EngineID           string   `json:"engineId"`
	CleanCodeAttribute string   `json:"cleanCodeAttribute,omitempty"`
	Type               string   `json:"type,omitempty"`
	Severity           string   `json:"severity,omitempty"`
	Impacts            []Impact `json:"impacts,omitempty"`
}

// Impact is a software quality and how hard the rule hits it.
type Impact struct {
	SoftwareQuality string `json:"softwareQuality"`
	Severity        string `json:"severity"`
}

// Issue is one finding. EngineID, Severity and Type belong to the deprecated
// shape only: the 10.3+ validator rejects severity/type on issues.
type Issue struct {
	EngineID           string     `json:"engineId,omitempty"`
	RuleID             string     `json:"ruleId"`
	Severity           string     `json:"severity,omitempty"`
	Type               string     `json:"type,omitempty"`
	EffortMinutes      int        `json:"effortMinutes,omitempty"`
	PrimaryLocation    Location   `json:"primaryLocation"`
	SecondaryLocations []Location `json:"secondaryLocations,omitempty"`
}

// Location is a file and, optionally, a range in it.
type Location struct {
	Message   string     `json:"message"`
	FilePath  string     `json:"filePath"`
	TextRange *TextRange `json:"textRange,omitempty"`
}

// TextRange: lines 1-based, columns 0-based UTF-16, end exclusive. Without
// StartColumn the range is the whole StartLine (SonarQube then ignores the rest).
type TextRange struct {
	StartLine   int  `json:"startLine"`
	StartColumn *int `json:"startColumn,omitempty"`
	EndLine     *int `json:"endLine,omitempty"`
	EndColumn   *int `json:"endColumn,omitempty"`
}

// LineOnly is a range covering one whole line.
func LineOnly(line int) *TextRange { return &TextRange{StartLine: line} }

// Span is a range with columns.
func Span(startLine, startCol, endLine, endCol int) *TextRange {
	return &TextRange{StartLine: startLine, StartColumn: &startCol, EndLine: &endLine, EndColumn: &endCol}
}
