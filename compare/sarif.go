package compare

import (
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/sonar"
)

// sarifLog is the part of a SARIF 2.1.0 log compare reads.
type sarifLog struct {
	Runs []struct {
		Results []struct {
			RuleID  string `json:"ruleId"`
			Level   string `json:"level"`
			Message struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
	} `json:"runs"`
}

// decodeSARIF reads results of every run. The primary-location fingerprint
// stands in for the line hash: fsdlint's and GitHub's both follow the line's
// content, not its number.
func decodeSARIF(data []byte, opts LoadOptions) (*Report, error) {
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return nil, fmt.Errorf("SARIF log: %w", err)
	}
	rep := &Report{Format: "sarif", Issues: []Issue{}}
	for _, run := range log.Runs {
		for _, res := range run.Results {
			is := Issue{Rule: res.RuleID, Message: res.Message.Text, Severity: res.Level,
				LineHash: res.PartialFingerprints["primaryLocationLineHash"]}
			if is.Severity == "" {
				is.Severity = "warning" // SARIF's default level
			}
			if len(res.Locations) > 0 {
				loc := res.Locations[0].PhysicalLocation
				is.Path = loc.ArtifactLocation.URI
				if p, err := url.PathUnescape(is.Path); err == nil {
					is.Path = p
				}
				is.Line, is.Column = loc.Region.StartLine, loc.Region.StartColumn
			}
			is.Layer = LayerOf(is.Path)
			var r *rules.Rule
			if opts.Rules != nil {
				r = opts.Rules(is.Rule)
			}
			for _, im := range sonar.MappingOf(r).Impacts {
				is.Qualities = append(is.Qualities, im.SoftwareQuality)
			}
			rep.Issues = append(rep.Issues, is)
		}
	}
	return rep, nil
}
