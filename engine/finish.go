package engine

import (
	"path/filepath"
	"sort"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/fsdlint/fsdlint/tsparse"
)

// finish gives every finding its severity and position, drops what the config
// turns off and what directives silence, makes paths relative and sorts.
func (r *run) finish(states, extra []*fileState, findings []rules.Finding) *Result {
	byPath := make(map[string]*fileState, len(states)+len(extra))
	for _, st := range states {
		byPath[st.path] = st
	}
	for _, st := range extra {
		if byPath[st.path] == nil {
			byPath[st.path] = st
		}
	}
	twins := map[string][]string{}
	knownESLint := map[string]bool{}
	for _, rule := range r.opts.Rules {
		twins[rule.Name] = rule.ESLintNames
		for _, n := range rule.ESLintNames {
			knownESLint[n] = true
		}
	}
	suppressors := map[string]*suppressor{}
	suppressorOf := func(st *fileState) *suppressor {
		s := suppressors[st.path]
		if s == nil {
			s = &suppressor{directives: st.directives, eslintNames: func(rule string) []string { return twins[rule] }}
			suppressors[st.path] = s
		}
		return s
	}

	kept := findings[:0]
	for _, f := range findings {
		st := byPath[f.Path]
		sev := r.fileSetting(st, f.Path, f.Rule).Severity
		if sev == rules.Off {
			continue
		}
		f.Severity = sev
		if st != nil && st.lines != nil && !f.Folder {
			f.Line, f.Column = st.lines.Position(f.Range.Start)
			f.EndLine, f.EndCol = st.lines.Position(f.Range.End)
			if len(st.directives) > 0 && suppressorOf(st).suppressed(f.Rule, f.Range.Start, f.Line) {
				continue
			}
		}
		f.Related = r.positionRelated(f.Related, byPath)
		kept = append(kept, f)
	}
	if r.opts.ReportUnusedDisableDirectives {
		for _, st := range states {
			if len(st.directives) == 0 {
				continue
			}
			for _, u := range suppressorOf(st).unused(func(n string) bool { return knownESLint[n] }) {
				f := rules.Finding{Rule: all.UnusedDisableDirective, Severity: rules.Warn, Path: st.path,
					Range: tsparse.Range{Start: u.d.start, End: u.d.end}, Message: u.message()}
				f.Line, f.Column = st.lines.Position(f.Range.Start)
				f.EndLine, f.EndCol = st.lines.Position(f.Range.End)
				kept = append(kept, f)
			}
		}
	}
	return r.result(states, kept, byPath)
}

func (r *run) positionRelated(related []rules.Related, byPath map[string]*fileState) []rules.Related {
	if len(related) == 0 {
		return related
	}
	out := make([]rules.Related, len(related))
	for i, rel := range related {
		if st := byPath[rel.Path]; st != nil && st.lines != nil {
			rel.Line, rel.Column = st.lines.Position(rel.Range.Start)
		}
		rel.Path = r.relative(rel.Path)
		out[i] = rel
	}
	return out
}

// result makes paths relative to the working directory, keeps the sources of
// files with findings and sorts.
func (r *run) result(states []*fileState, findings []rules.Finding, byPath map[string]*fileState) *Result {
	res := &Result{Sources: map[string][]byte{}, Abs: map[string]string{}, FilesChecked: len(states), Cwd: r.cwd}
	for i := range findings {
		f := &findings[i]
		abs := f.Path
		f.Path = r.relative(abs)
		if st := byPath[abs]; st != nil && st.src != nil {
			res.Sources[f.Path] = st.src
			res.Abs[f.Path] = abs
		}
	}
	SortFindings(findings)
	res.Findings = findings
	return res
}

func (r *run) relative(p string) string {
	if p == "" {
		return p
	}
	rel, err := filepath.Rel(filepath.FromSlash(r.cwd), filepath.FromSlash(p))
	if err != nil {
		return p
	}
	return filepath.ToSlash(rel)
}

// SortFindings orders findings by path, line, column, rule, message (then end
// position), the order every reporter shows.
func SortFindings(fs []rules.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Column != b.Column:
			return a.Column < b.Column
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		case a.Message != b.Message:
			return a.Message < b.Message
		case a.EndLine != b.EndLine:
			return a.EndLine < b.EndLine
		}
		return a.EndCol < b.EndCol
	})
}
