package report

import (
	"encoding/json"
	"io"

	"github.com/fsdlint/fsdlint/rules"
)

func init() { Register("gitlab", func(Options) Reporter { return gitlabReporter{} }) }

// gitlabReporter writes GitLab's Code Quality report (a Code Climate subset),
// for artifacts:reports:codequality.
type gitlabReporter struct{}

type gitlabIssue struct {
	Description string `json:"description"`
	CheckName   string `json:"check_name"`
	Fingerprint string `json:"fingerprint"`
	Severity    string `json:"severity"`
	Location    struct {
		Path  string `json:"path"`
		Lines struct {
			Begin int `json:"begin"`
			End   int `json:"end,omitempty"`
		} `json:"lines"`
	} `json:"location"`
}

// gitlabSeverity maps fsdlint severities onto GitLab's info/minor/major/critical/blocker:
// errors fail the build, so they are major; warnings are minor.
func gitlabSeverity(s rules.Severity) string {
	if s == rules.Error {
		return "major"
	}
	return "minor"
}

func (gitlabReporter) Write(w io.Writer, run *Run) error {
	issues := []gitlabIssue{}
	for _, p := range place(run) {
		var is gitlabIssue
		is.Description = p.Text
		is.CheckName = p.Rule
		// GitLab collapses equal fingerprints, so they must be unique; MD5-sized.
		is.Fingerprint = p.Fingerprint[:32]
		is.Severity = gitlabSeverity(p.Severity)
		is.Location.Path = p.File
		is.Location.Lines.Begin = max(p.Line, 1)
		if p.Folder {
			is.Location.Lines.Begin = 1
		} else if p.EndLine > p.Line {
			is.Location.Lines.End = p.EndLine
		}
		issues = append(issues, is)
	}
	// No BOM (GitLab's parser rejects one) and no HTML escaping.
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}
