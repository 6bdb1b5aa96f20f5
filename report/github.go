package report

import (
	"fmt"
	"io"
	"strings"
)

func init() { Register("github", func(Options) Reporter { return githubReporter{} }) }

// githubReporter prints GitHub Actions workflow commands, one per finding, so
// that findings show up as annotations on the pull request's diff.
type githubReporter struct{}

func (githubReporter) Write(w io.Writer, run *Run) error {
	for _, p := range place(run) {
		props := []string{"file=" + escapeProperty(p.File)}
		if !p.Folder && p.Line >= 1 {
			props = append(props, fmt.Sprintf("line=%d", p.Line))
			if p.EndLine > p.Line {
				props = append(props, fmt.Sprintf("endLine=%d", p.EndLine))
			} else if p.Column >= 1 {
				// GitHub takes columns only on single-line annotations.
				props = append(props, fmt.Sprintf("col=%d", p.Column))
				if p.EndLine == p.Line && p.EndCol > p.Column {
					props = append(props, fmt.Sprintf("endColumn=%d", p.EndCol))
				}
			}
		}
		props = append(props, "title="+escapeProperty(p.Rule))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", levelWord(p.Severity), strings.Join(props, ","), escapeData(p.Text)); err != nil {
			return err
		}
	}
	return nil
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes a workflow command's message as @actions/core does.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value: the message escapes plus : and ,
// which would otherwise end the value.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
