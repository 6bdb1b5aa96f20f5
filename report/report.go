// Package report turns a run's findings into an output format. One file per
// format, each behind the Reporter interface; rules never know about them.
package report

import (
	"fmt"
	"io"
	"sort"

	"github.com/fsdlint/fsdlint/rules"
)

// Run is everything a reporter may read about one `fsdlint check`.
type Run struct {
	Findings []rules.Finding // sorted: path, line, column, rule
	Rules    []*rules.Rule   // every known rule (metadata for SARIF/Sonar rule tables)
	// Sources holds the contents of every file that has a finding (code frames,
	// Sonar's UTF-16 columns, line hashes for baselines), keyed by Finding.Path.
	Sources      map[string][]byte
	Cwd          string // absolute working directory; Finding.Path is relative to it
	FilesChecked int
	Version      string
}

// Options are the reporter settings that come from CLI flags.
type Options struct {
	Color       bool   // pretty: ANSI colour
	Quiet       bool   // errors only (the engine already filtered; reporters may word the summary)
	SonarBase   string // sonar: absolute dir paths are made relative to (sonar.projectBaseDir)
	SonarFormat string // sonar: "" or "modern" (10.3+), "legacy"
}

// Reporter writes a run in one format.
type Reporter interface {
	Write(w io.Writer, run *Run) error
}

// Factory makes a reporter from the CLI options.
type Factory func(Options) Reporter

var registry = map[string]Factory{}

// Register adds a format; each format file calls it from init.
func Register(name string, f Factory) { registry[name] = f }

// New returns the reporter for a format name.
func New(name string, opts Options) (Reporter, error) {
	f, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (known: %v)", name, Names())
	}
	return f(opts), nil
}

// Names lists the registered formats, sorted.
func Names() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
