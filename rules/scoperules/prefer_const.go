package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type preferConstOptions struct {
	Destructuring          string `json:"destructuring"` // "any" | "all"
	IgnoreReadBeforeAssign bool   `json:"ignoreReadBeforeAssign"`
}

func defaultPreferConst() preferConstOptions {
	return preferConstOptions{Destructuring: "any", IgnoreReadBeforeAssign: true}
}

var preferConst = &rules.Rule{
	Name:            "prefer-const",
	ESLintNames:     []string{"prefer-const"},
	Category:        rules.CategorySuggestion,
	Summary:         "Use const for variables that are never reassigned",
	DefaultSeverity: rules.Off,
	Sonar:           sonarConventional,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "A `let` that is assigned once tells the reader it changes when it does not. `const` says " +
			"what is meant and lets tools catch accidental reassignment. Reported: a `let` written exactly once, " +
			"by its initialiser or by one plain assignment statement in the same block, and `for (let x of …)` " +
			"loop variables that the body does not assign. The fix turns `let` into `const` when every " +
			"variable of the declaration qualifies and is initialised where declared.",
		Incorrect: []string{"let a = 1;\nconsole.log(a);", "let b;\nb = 0;\nconsole.log(b);", "for (let item of items) { use(item); }"},
		Correct:   []string{"const a = 1;", "let b = 0;\nb += 1;", "let c;\nif (ok) { c = 1; }", "for (let i = 0, end = 10; i < end; i++) {}"},
		Options:   `{"destructuring": "any"|"all", "ignoreReadBeforeAssign": true|false}; Airbnb: {"destructuring": "any", "ignoreReadBeforeAssign": true}.`,
	},
	Options: objectOption(defaultPreferConst),
	File:    checkPreferConst,
}

// letDecl is a `let` declaration with what prefer-const needs to know about it.
type letDecl struct {
	decl      *tsparse.VarDecl
	forInit   bool // the init of a for (;;) loop
	forInOf   bool // the left side of for-in/of
	statement bool // directly in a statement list (fixable)
}

func collectLets(f *tsparse.File) map[*tsparse.VarDeclarator]*letDecl {
	out := map[*tsparse.VarDeclarator]*letDecl{}
	tsparse.EachWithParents(f, func(d *tsparse.VarDecl, parents []tsparse.Node) {
		if d.Kind != tsparse.VarLet {
			return
		}
		ld := &letDecl{decl: d, statement: true}
		if len(parents) > 0 {
			switch p := parents[len(parents)-1].(type) {
			case *tsparse.ForStmt:
				ld.forInit = p.Init == tsparse.Stmt(d)
				ld.statement = false
			case *tsparse.ForInStmt, *tsparse.ForOfStmt:
				ld.forInOf = true
				ld.statement = false
			case *tsparse.ExportDecl:
				ld.statement = true
			}
		}
		for _, x := range d.Decls {
			out[x] = ld
		}
	})
	return out
}

func checkPreferConst(c *rules.FileContext) {
	f := c.File
	o := options(c, defaultPreferConst)
	lets := collectLets(f)
	if len(lets) == 0 {
		return
	}
	type candidate struct {
		report tsparse.Range
		init   bool // written only by its initialiser
	}
	// Per declaration: which declarators' bindings qualify.
	qualifies := map[*tsparse.VarDecl][]candidate{}
	total := map[*tsparse.VarDecl]int{}
	// Per declaration pattern in destructuring "all" mode: every binding must qualify.
	for _, s := range f.Scopes().All {
		for _, b := range s.Bindings {
			if b.Kind != tsparse.BindLet {
				continue
			}
			x, ok := b.Decl.(*tsparse.VarDeclarator)
			if !ok {
				continue
			}
			ld := lets[x]
			if ld == nil {
				continue
			}
			total[ld.decl]++
			if ld.forInit && len(ld.decl.Decls) > 1 {
				continue
			}
			cand, ok := constCandidate(b, x, ld, o)
			if !ok {
				continue
			}
			qualifies[ld.decl] = append(qualifies[ld.decl], candidate(cand))
		}
	}
	for d, cands := range qualifies {
		if o.Destructuring == "all" && len(cands) != total[d] && hasDestructuring(d) {
			continue
		}
		var fix []rules.Fix
		fixable := len(cands) == total[d]
		for _, cand := range cands {
			fixable = fixable && cand.init
		}
		ld := lets[d.Decls[0]]
		if fixable && (ld.statement || ld.forInOf) {
			fix = []rules.Fix{{Message: "Use const", Safety: rules.SafeFix,
				Edits: []rules.Edit{{Start: d.KindRange.Start, End: d.KindRange.End, NewText: "const"}}}}
		}
		for _, cand := range cands {
			c.ReportRange(cand.report, "'"+string(f.Src[cand.report.Start:cand.report.End])+"' is never reassigned. Use 'const' instead.", fix...)
		}
	}
}

type constCand struct {
	report tsparse.Range
	init   bool
}

// constCandidate decides whether one let binding could be const.
func constCandidate(b *tsparse.Binding, x *tsparse.VarDeclarator, ld *letDecl, o preferConstOptions) (constCand, bool) {
	var write *tsparse.Reference
	writes := 0
	for _, r := range b.References {
		if r.IsWrite() {
			writes++
			write = r
		}
	}
	if writes != 1 {
		return constCand{}, false
	}
	if write.Flags&tsparse.RefInit != 0 {
		if ld.forInOf || x.Init != nil {
			return constCand{report: write.Range, init: true}, true
		}
		return constCand{}, false
	}
	// A separate `x = …;` statement in the same block as the declaration.
	if write.Flags&tsparse.RefStmtAssign == 0 || write.Scope != b.Scope || ld.forInit {
		return constCand{}, false
	}
	if o.IgnoreReadBeforeAssign {
		for _, r := range b.References {
			if r.IsRead() && r.Range.Start < write.Range.Start {
				return constCand{}, false
			}
		}
	}
	return constCand{report: write.Range}, true
}

func hasDestructuring(d *tsparse.VarDecl) bool {
	for _, x := range d.Decls {
		if _, ok := x.Name.(*tsparse.Ident); !ok {
			return true
		}
	}
	return false
}
