package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/fsdlint/fsdlint/sonar"
)

func init() { Register("sonar", func(o Options) Reporter { return sonarReporter{o} }) }

// sonarReporter writes SonarQube's generic external issue format, for
// sonar.externalIssuesReportPaths.
type sonarReporter struct{ opts Options }

func (s sonarReporter) Write(w io.Writer, run *Run) error {
	var legacy bool
	switch s.opts.SonarFormat {
	case "", "modern":
	case "legacy":
		legacy = true
	default:
		return fmt.Errorf("unknown --sonar-format %q (modern or legacy)", s.opts.SonarFormat)
	}
	rep := sonar.Build(sonar.Input{
		Findings: run.Findings, Rules: run.Rules, Sources: run.Sources,
		Cwd: run.Cwd, Base: s.opts.SonarBase, Legacy: legacy,
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
