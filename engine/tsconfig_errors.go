package engine

import (
	"path/filepath"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/fsdlint/fsdlint/tsparse"
)

// tsconfigFindings reports the tsconfig/jsconfig files the resolver could not
// use: imports through them resolve wrongly or not at all, so the
// architecture rules would be silently blind. Each broken file becomes a
// fileState so that finish positions the finding and keeps its source.
func tsconfigFindings(errs []*fsd.ConfigError) ([]rules.Finding, []*fileState) {
	var findings []rules.Finding
	var states []*fileState
	seen := map[string]*fileState{}
	for _, e := range errs {
		st := seen[e.Path]
		if st == nil {
			st = &fileState{path: e.Path}
			if src, err := readFile(filepath.FromSlash(e.Path)); err == nil {
				st.src, st.lines = src, tsparse.NewLineTable(src)
			}
			seen[e.Path] = st
			states = append(states, st)
		}
		f := rules.Finding{Rule: all.TSConfigError, Path: e.Path, Message: e.Msg}
		if e.Line > 0 && st.lines != nil && e.Line <= st.lines.Lines() {
			off := st.lines.LineStart(e.Line) + int32(e.Col-1)
			off = min(off, st.lines.LineEnd(e.Line))
			f.Range = tsparse.Range{Start: off, End: off}
		} else {
			f.Folder = true // no position: about the file as a whole
		}
		findings = append(findings, f)
	}
	return findings, states
}
