package engine

import (
	"fmt"
	"time"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/internal/par"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/fsdlint/fsdlint/tsparse"
)

// readFile reads a whole file (readWhole); tests replace it to simulate unreadable files
// (permissions do not stop root).
var readFile = readWhole

// pass1 reads, parses and lints every file with opts.Jobs workers. Results go
// to the file's slot, so their order never depends on scheduling.
func (r *run) pass1(files []sourceFile) []*fileState {
	states := make([]*fileState, len(files))
	par.Each(len(files), r.opts.Jobs, func(i int) { states[i] = r.lintFile(files[i]) })
	return states
}

// lintFile is pass 1 for one file. The AST lives only inside this call.
func (r *run) lintFile(sf sourceFile) *fileState {
	st := &fileState{path: sf.path, target: sf.target}
	src, err := sf.src, error(nil)
	if _, over := r.opts.Overlay[sf.path]; src == nil || over {
		src, err = r.readSource(sf.path)
	}
	if err != nil {
		st.findings = append(st.findings, rules.Finding{Rule: all.ReadError, Path: sf.path, Folder: true,
			Message: fmt.Sprintf("cannot read file: %v", unwrapPathError(err))})
		return st
	}
	st.src = src
	if r.parser.Scan != nil && !r.needsTree(st) {
		if facts, comments, ok := r.parser.Scan(sf.path, src); ok {
			st.lines = tsparse.NewLineTable(src)
			st.facts = facts
			st.directives = directivesIn(src, comments, st.lines)
			return st
		}
	}
	file, perr := r.parser.Parse(sf.path, src)
	if perr != nil || file == nil {
		st.lines = tsparse.NewLineTable(src)
		r.parseFailed(st, perr)
		return st
	}
	st.lines = file.Lines() // one table per file, shared with the rules
	if r.opts.VerifySyntax && r.parser.EsbuildCheck != nil {
		if eerr := r.parser.EsbuildCheck(sf.path, src); eerr != nil {
			r.report(st, all.ParserMismatch, tsparse.Range{Start: eerr.Pos, End: eerr.Pos},
				"esbuild rejects this file (%s) but fsdlint's parser accepted it; please report this parser bug with the file", eerr.Message)
		}
	}
	st.directives = parseDirectives(file)
	r.runFileRules(st, file)
	st.facts = r.parser.Facts(file) // after the rules: it reuses the walk order they built
	return st
}

// needsTree says whether a file must be parsed: some enabled per-file rule
// runs on it, or --verify-syntax asks for the full check. Otherwise (the FSD
// rule set, or files outside --staged's focus) its facts are scanned.
func (r *run) needsTree(st *fileState) bool {
	if r.opts.VerifySyntax {
		return true
	}
	if !r.fileRulesOn(st.path) {
		return false
	}
	settings := r.settingsOf(st)
	decl := IsDeclaration(st.path)
	for i, rule := range r.opts.Rules {
		if fileRuleRuns(rule, settings[i], decl) {
			return true
		}
	}
	return false
}

// fileRuleRuns says whether a per-file rule runs on a file with this setting
// (decl: a declaration file, which only some rules look at).
func fileRuleRuns(rule *rules.Rule, setting config.RuleSetting, decl bool) bool {
	return rule.File != nil && setting.Severity != rules.Off && (!decl || rule.DeclarationFiles)
}

// tooDeep is tsparse's message for a file past its nesting limit.
const tooDeep = "too deeply nested"

// parseFailed asks esbuild for a second opinion: if it rejects the file too,
// the file gets one parse-error finding with esbuild's message; if it accepts,
// the imports come from esbuild and the disagreement is reported as our bug.
func (r *run) parseFailed(st *fileState, perr *SyntaxError) {
	if perr == nil {
		perr = &SyntaxError{Message: "the parser returned no file"}
	}
	// Past tsparse's nesting limit esbuild is not asked: its time grows with
	// the square of the depth (100,000 nested blocks: minutes).
	if r.parser.EsbuildCheck == nil || perr.Message == tooDeep {
		r.report(st, all.ParseError, tsparse.Range{Start: perr.Pos, End: perr.Pos}, "%s", perr.Message)
		return
	}
	if eerr := r.parser.EsbuildCheck(st.path, st.src); eerr != nil {
		r.report(st, all.ParseError, tsparse.Range{Start: eerr.Pos, End: eerr.Pos}, "%s", eerr.Message)
		return
	}
	st.facts = &tsparse.Facts{}
	if r.parser.EsbuildImports != nil {
		imports, err := r.parser.EsbuildImports(st.path, st.src)
		if err == nil {
			st.facts.Imports = imports
		}
	}
	r.report(st, all.ParserMismatch, tsparse.Range{Start: perr.Pos, End: perr.Pos},
		"fsdlint's parser rejects this file (%s) but esbuild accepts it; its imports were taken from esbuild and its style rules skipped. Please report this parser bug with the file", perr.Message)
}

func (r *run) report(st *fileState, rule string, rg tsparse.Range, format string, args ...any) {
	st.findings = append(st.findings, rules.Finding{Rule: rule, Path: st.path, Range: rg, Message: fmt.Sprintf(format, args...)})
}

// runFileRules runs every per-file rule that is on for this file.
func (r *run) runFileRules(st *fileState, file *tsparse.File) {
	if !r.fileRulesOn(st.path) {
		return
	}
	settings := r.settingsOf(st)
	decl := IsDeclaration(st.path)
	for i, rule := range r.opts.Rules {
		if !fileRuleRuns(rule, settings[i], decl) {
			continue
		}
		if r.ruleNanos == nil {
			r.runFileRule(st, file, rule, settings[i].Options)
			continue
		}
		start := time.Now()
		r.runFileRule(st, file, rule, settings[i].Options)
		r.ruleNanos[i].Add(int64(time.Since(start)))
	}
}

// runFileRule contains a rule's panic: the rule's findings so far are kept and
// one internal/rule-panic finding names it; other rules and files go on.
func (r *run) runFileRule(st *fileState, file *tsparse.File, rule *rules.Rule, options any) {
	defer func() {
		if p := recover(); p != nil {
			r.report(st, all.RulePanic, tsparse.Range{}, "rule %s crashed on this file: %v (please report this bug with the file)", rule.Name, p)
		}
	}()
	rule.File(&rules.FileContext{
		Path:     st.path,
		File:     file,
		Options:  options,
		Settings: r.resolvers[st.target].Config().Settings,
		Listings: r.listings,
		Run:      r.id,
		Report: func(f rules.Finding) {
			f.Rule = rule.Name
			if f.Path == "" {
				f.Path = st.path
			}
			st.findings = append(st.findings, f)
		},
	})
}
