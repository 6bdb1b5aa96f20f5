package engine

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// FileLinter runs the per-file rules on a new text of one file in memory,
// without reading or writing the disk: the fixer's re-lint between passes.
// It is safe for concurrent use.
type FileLinter struct {
	r     *run
	roots []string // per target: its absolute, slash-separated path
}

// NewFileLinter prepares re-linting with the rules and configs of opts.
// Unused-directive warnings are never reported by it (project findings,
// which directives may silence, are not computed), nor esbuild's opinion
// (Options.VerifySyntax).
func NewFileLinter(opts Options) (*FileLinter, error) {
	opts.ReportUnusedDisableDirectives = false
	opts.VerifySyntax = false
	opts.Focus = nil
	opts.TimeRules = false
	r, err := newRun(opts)
	if err != nil {
		return nil, err
	}
	l := &FileLinter{r: r}
	for _, t := range opts.Targets {
		abs, err := filepath.Abs(t.Path)
		if err != nil {
			return nil, err
		}
		l.roots = append(l.roots, filepath.ToSlash(abs))
	}
	return l, nil
}

// Lint returns what Run would report from the per-file rules for the file abs
// (absolute, slash-separated) if it held src: severities, positions and
// suppression comments applied, paths relative to Options.Cwd, sorted.
// Project rules do not run. The error says fsdlint's parser rejects src.
func (l *FileLinter) Lint(abs string, src []byte) ([]rules.Finding, error) {
	st := &fileState{path: abs, target: l.targetOf(abs), src: src, lines: tsparse.NewLineTable(src)}
	file, perr := l.r.parser.Parse(abs, src)
	if perr != nil {
		return nil, fmt.Errorf("fsdlint's parser: %s (offset %d)", perr.Message, perr.Pos)
	}
	if file == nil {
		return nil, fmt.Errorf("fsdlint's parser: the parser returned no file")
	}
	st.directives = parseDirectives(file)
	l.r.runFileRules(st, file)
	return l.r.finish([]*fileState{st}, nil, st.findings).Findings, nil
}

// targetOf is the first target holding abs, as discovery would list it (0 if none).
func (l *FileLinter) targetOf(abs string) int {
	for i, root := range l.roots {
		if abs == root || strings.HasPrefix(abs, strings.TrimSuffix(root, "/")+"/") {
			return i
		}
	}
	return 0
}
