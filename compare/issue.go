// Package compare reads two lint reports of the same code base (fsdlint json,
// SonarQube generic issues in either shape, or SARIF) and shows what changed: totals
// per severity, rule, FSD layer and software quality, and the findings that
// are new or fixed, tracked the way SonarQube tracks issues.
package compare

import (
	"path"
	"regexp"
	"strings"
)

// Issue is one finding as a report states it, whatever its format.
type Issue struct {
	Rule      string   `json:"rule"`
	Severity  string   `json:"severity"`
	Message   string   `json:"message"`
	Path      string   `json:"path"`
	Line      int      `json:"line,omitempty"`
	Column    int      `json:"column,omitempty"`
	LineHash  string   `json:"lineHash,omitempty"`
	Layer     string   `json:"layer"`
	Qualities []string `json:"qualities,omitempty"`
}

// Report is a decoded report.
type Report struct {
	Source string  `json:"source"` // the file it came from
	Format string  `json:"format"` // "fsdlint", "sonar", "sonar-legacy" or "sarif"
	Issues []Issue `json:"-"`
}

// NoLayer is the layer of a path that has no FSD layer folder in it.
const NoLayer = "(no layer)"

// layerSegment is an FSD layer folder, with the optional ordering prefixes
// FSD allows ("_app", "1_shared").
var layerSegment = regexp.MustCompile(`^(?:\d*_)?(app|processes|pages|widgets|features|entities|shared)$`)

// LayerOf names the FSD layer of a path: its first segment that is a layer name.
func LayerOf(p string) string {
	for _, seg := range strings.Split(path.Clean(strings.ReplaceAll(p, "\\", "/")), "/") {
		if m := layerSegment.FindStringSubmatch(seg); m != nil {
			return m[1]
		}
	}
	return NoLayer
}
