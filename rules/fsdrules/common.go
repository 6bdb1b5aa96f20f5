package fsdrules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// sonarSmell maps an FSD rule to a SonarQube maintainability code smell.
// impact is LOW, MEDIUM or HIGH; the legacy severity follows from it.
func sonarSmell(attribute, impact string, effort int) rules.Sonar {
	legacy := map[string]string{"LOW": "MINOR", "MEDIUM": "MAJOR", "HIGH": "CRITICAL"}[impact]
	return rules.Sonar{
		Type:               "CODE_SMELL",
		Severity:           legacy,
		CleanCodeAttribute: attribute,
		Impacts:            []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: impact}},
		EffortMinutes:      effort,
	}
}

// reportPath reports a finding about a folder or file as a whole.
func reportPath(ctx *rules.ProjectContext, rule, path, message string, fixes ...rules.Fix) {
	ctx.Report(rules.Finding{Rule: rule, Path: path, Folder: true, Message: message, Fixes: fixes})
}

// structureLayers are the layers structure rules look at: every present layer
// except the deprecated `processes` (reported once by fsd/no-processes), as Steiger.
func structureLayers(m *fsd.Model) []*fsd.Layer {
	var out []*fsd.Layer
	for _, r := range m.Roots() {
		for _, l := range r.Layers {
			if l.Name != fsd.LayerProcesses {
				out = append(out, l)
			}
		}
	}
	return out
}

// realSlices are the slices Steiger knows: folders with a conventional segment.
func realSlices(l *fsd.Layer) []*fsd.Slice {
	var out []*fsd.Slice
	for _, s := range l.Slices {
		if !s.Segmentless {
			out = append(out, s)
		}
	}
	return out
}

// thresholdOptions is the option of the counting rules: {"threshold": N}.
type thresholdOptions struct {
	Threshold int `json:"threshold"`
}

func thresholdSpec(def int) *rules.OptionsSpec {
	return &rules.OptionsSpec{
		Default: func() any { return thresholdOptions{Threshold: def} },
		Parse: func(args []json.RawMessage) (any, error) {
			opts := thresholdOptions{Threshold: def}
			if len(args) == 0 {
				return opts, nil
			}
			if err := strictUnmarshal(args[0], &opts); err != nil {
				return nil, err
			}
			if opts.Threshold < 1 {
				return nil, fmt.Errorf("threshold must be a positive integer, got %d", opts.Threshold)
			}
			return opts, nil
		},
	}
}

// thresholdFor reads the threshold option in force for path.
func thresholdFor(ctx *rules.ProjectContext, path string, def int) int {
	if ctx.OptionsFor != nil {
		if o, ok := ctx.OptionsFor(path).(thresholdOptions); ok && o.Threshold > 0 {
			return o.Threshold
		}
	}
	return def
}

// strictUnmarshal decodes a JSON object and rejects unknown keys.
func strictUnmarshal(raw json.RawMessage, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("invalid options: %w", err)
	}
	return nil
}

func lower(s string) string { return strings.ToLower(s) }
