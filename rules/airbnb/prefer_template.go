package airbnb

import (
	"regexp"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var preferTemplate = &rules.Rule{
	Name:            "prefer-template",
	ESLintNames:     []string{"prefer-template"},
	Category:        rules.CategorySuggestion,
	Summary:         "Require template literals instead of string concatenation",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Fix:             rules.SafeFix,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "A `+` chain mixing a string literal (or template) with other values reads better as one " +
			"template literal. The top-most concatenation is reported once; `'a' + 'b'` is left to no-useless-concat. " +
			"The fix rewrites the chain as ESLint does; it is not offered when the chain has parentheses, comments " +
			"or octal escapes.",
		Incorrect: []string{"const s = 'Hello, ' + name + '!';"},
		Correct:   []string{"const s = `Hello, ${name}!`;", "const s = 'a' + 'b';"},
	},
	File: func(c *rules.FileContext) {
		// The concatenations that string and template literals sit in, in
		// the literals' source order: two chains can start at the same
		// position, and the first literal's chain is the one reported.
		type chain struct {
			literal int32
			top     tsparse.Expr
		}
		var chains []chain
		add := func(n tsparse.Node, parents []tsparse.Node) {
			if top := concatTop(parents); top != nil {
				chains = append(chains, chain{n.Span().Start, top})
			}
		}
		tsparse.EachWithParents(c.File, func(n *tsparse.StringLit, parents []tsparse.Node) { add(n, parents) })
		tsparse.EachWithParents(c.File, func(n *tsparse.TemplateLit, parents []tsparse.Node) { add(n, parents) })
		// Literals are distinct tokens, so their starts give the walk's (pre)order.
		sort.SliceStable(chains, func(i, j int) bool { return chains[i].literal < chains[j].literal })
		done := map[int32]bool{}
		for _, ch := range chains {
			top := ch.top
			if done[top.Span().Start] {
				continue
			}
			done[top.Span().Start] = true
			if !hasNonStringOperand(top) {
				continue
			}
			var fixes []rules.Fix
			if canFixConcat(c.File, top) {
				fixes = append(fixes, rules.Fix{Message: "Use a template literal", Safety: rules.SafeFix,
					Edits: []rules.Edit{{Start: top.Span().Start, End: top.Span().End, NewText: templateOf(c.File, top, "", "")}}})
			}
			c.ReportRange(top.Span(), "Unexpected string concatenation.", fixes...)
		}
	},
}

// concatTop is the outermost `+` chain a literal with these ancestors is an
// operand of, or nil. ESTree has no parentheses: the literal's parent is the
// first non-paren ancestor.
func concatTop(parents []tsparse.Node) tsparse.Expr {
	var top tsparse.Expr
	for i := len(parents) - 1; i >= 0; i-- {
		switch p := parents[i].(type) {
		case *tsparse.ParenExpr:
			continue
		case *tsparse.BinaryExpr:
			if p.Op == tsparse.TPlus {
				top = p
				continue
			}
		}
		break
	}
	return top
}

func isStringOrTemplate(n tsparse.Node) bool {
	switch n.(type) {
	case *tsparse.StringLit, *tsparse.TemplateLit:
		return true
	}
	return false
}

func concatOperands(e tsparse.Expr) (*tsparse.BinaryExpr, bool) {
	b, ok := unparen(e).(*tsparse.BinaryExpr)
	return b, ok && b.Op == tsparse.TPlus
}

func hasNonStringOperand(e tsparse.Expr) bool {
	if b, ok := concatOperands(e); ok {
		return hasNonStringOperand(b.Left) || hasNonStringOperand(b.Right)
	}
	return !isStringOrTemplate(unparen(e))
}

func hasStringOperand(e tsparse.Expr) bool {
	if b, ok := concatOperands(e); ok {
		return hasStringOperand(b.Left) || hasStringOperand(b.Right)
	}
	return isStringOrTemplate(unparen(e))
}

var octalEscapeRe = regexp.MustCompile(`^(?:[^\\]|\\.)*?\\(?:[1-9]|0[0-9])`)

// canFixConcat: no parentheses inside the chain, no comments, no octal escapes.
func canFixConcat(f *tsparse.File, top tsparse.Expr) bool {
	if hasCommentIn(f, top.Span()) {
		return false
	}
	ok := true
	var check func(e tsparse.Expr)
	check = func(e tsparse.Expr) {
		if _, paren := e.(*tsparse.ParenExpr); paren {
			ok = false
			return
		}
		if b, isConcat := e.(*tsparse.BinaryExpr); isConcat && b.Op == tsparse.TPlus {
			check(b.Left)
			check(b.Right)
			return
		}
		if s, isStr := e.(*tsparse.StringLit); isStr && octalEscapeRe.MatchString(text(f, s.Range)) {
			ok = false
		}
	}
	check(top)
	return ok
}

// templateOf is ESLint's getTemplateLiteral for a parenthesis-free chain.
func templateOf(f *tsparse.File, e tsparse.Expr, before, after string) string {
	switch x := e.(type) {
	case *tsparse.StringLit:
		raw := text(f, x.Range)
		quote := raw[:1]
		body := escapeForTemplate(raw[1 : len(raw)-1])
		return "`" + strings.ReplaceAll(body, `\`+quote, quote) + "`"
	case *tsparse.TemplateLit:
		return text(f, x.Range)
	case *tsparse.BinaryExpr:
		if x.Op == tsparse.TPlus && hasStringOperand(x) {
			beforePlus := text(f, tsparse.Range{Start: x.Left.Span().End, End: x.OpRange.Start})
			afterPlus := text(f, tsparse.Range{Start: x.OpRange.End, End: x.Right.Span().Start})
			if endsWithCurly(x.Left) {
				l := templateOf(f, x.Left, before, beforePlus+afterPlus)
				r := templateOf(f, x.Right, "", after)
				return l[:len(l)-1] + r[1:]
			}
			if startsWithCurly(x.Right) {
				l := templateOf(f, x.Left, before, "")
				r := templateOf(f, x.Right, beforePlus+afterPlus, after)
				return l[:len(l)-1] + r[1:]
			}
			return templateOf(f, x.Left, before, "") + beforePlus + "+" + afterPlus + templateOf(f, x.Right, after, "")
		}
	}
	return "`${" + before + text(f, e.Span()) + after + "}`"
}

// escapeForTemplate adds a backslash before ${ and ` that are not already escaped.
func escapeForTemplate(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			j := i
			for j < len(s) && s[j] == '\\' {
				j++
			}
			b.WriteString(s[i:j])
			if (j-i)%2 == 0 && (strings.HasPrefix(s[j:], "${") || strings.HasPrefix(s[j:], "`")) {
				b.WriteByte('\\')
			}
			i = j - 1
			continue
		}
		if strings.HasPrefix(s[i:], "${") || s[i] == '`' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// startsWithCurly / endsWithCurly are ESLint's startsWithTemplateCurly /
// endsWithTemplateCurly; for template literals they are always false there
// (a quasi's range is never empty), which is kept.
func startsWithCurly(e tsparse.Expr) bool {
	switch x := e.(type) {
	case *tsparse.BinaryExpr:
		return startsWithCurly(x.Left)
	case *tsparse.TemplateLit:
		return false
	case *tsparse.StringLit:
		return false
	}
	return true
}

func endsWithCurly(e tsparse.Expr) bool {
	switch x := e.(type) {
	case *tsparse.BinaryExpr:
		return startsWithCurly(x.Right)
	case *tsparse.TemplateLit:
		return false
	case *tsparse.StringLit:
		return false
	}
	return true
}
