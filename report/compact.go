package report

import (
	"bufio"
	"fmt"
	"io"
)

func init() { Register("compact", func(Options) Reporter { return compactReporter{} }) }

// compactReporter prints one line per finding, `path:line:col: severity rule: message`
// (`path: severity rule: message` for findings about a whole folder or file),
// for editors' problem matchers and grep.
type compactReporter struct{}

func (compactReporter) Write(w io.Writer, run *Run) error {
	bw := bufio.NewWriter(w)
	for _, f := range run.Findings {
		if f.Folder || f.Line == 0 {
			fmt.Fprintf(bw, "%s: %s %s: %s\n", f.Path, f.Severity, f.Rule, f.Message)
		} else {
			fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		}
	}
	return bw.Flush()
}
