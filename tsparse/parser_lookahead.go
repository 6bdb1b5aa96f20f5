package tsparse

// Speculative parsing can go exponential when attempts nest (an arrow attempt
// inside an arrow attempt that then fails). Two guards keep the parser linear
// in practice: a token-level look-ahead decides most `(` cases without
// parsing, and every failed attempt is remembered by kind and position so that
// it is never retried.

type specKind uint8

const (
	specArrow specKind = iota
	specTypeArgs
)

type specKey struct {
	pos  int32
	kind specKind
}

// trySpeculation is try() with a memo of failures at this token.
func (p *parser) trySpeculation(kind specKind, f func()) bool {
	key := specKey{p.lx.start, kind}
	if p.failedSpec != nil && p.failedSpec[key] {
		return false
	}
	if p.try(f) {
		return true
	}
	if p.failedSpec == nil {
		p.failedSpec = make(map[specKey]bool)
	}
	p.failedSpec[key] = true
	return false
}

// maxArrowLookahead bounds the tokens one look-ahead scans, so that deeply
// nested unbalanced parentheses cost depth×bound, not depth×file size.
const maxArrowLookahead = 4096

type arrowGuess uint8

const (
	arrowNo arrowGuess = iota
	arrowYes
	arrowMaybe
)

// parenArrowAfterAsync runs parenArrowLookahead from the `(` after `async`.
func (p *parser) parenArrowAfterAsync() arrowGuess {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	return p.parenArrowLookahead()
}

// parenArrowLookahead looks from the current `(` to its matching `)`: followed
// by `=>` it is an arrow's parameter list, followed by `:` it may be one (a
// return type, or the `:` of a conditional), otherwise it is a parenthesised
// expression. Nothing is consumed.
func (p *parser) parenArrowLookahead() (guess arrowGuess) {
	st := p.lx.save()
	nc := len(p.lx.comments)
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*SyntaxError); !ok || se.fatal {
				panic(r)
			}
			guess = arrowMaybe // a token the quick scan misread; let the parser decide
		}
		p.lx.restore(st)
		p.lx.comments = p.lx.comments[:nc]
	}()
	depth := 0
	var templates []int // depth at which each open template substitution started
	prev := TEOF
	for steps := 0; ; steps++ {
		if steps > maxArrowLookahead {
			// very long parentheses: let (memoised) speculation decide, which
			// fails at once for anything that is not a parameter list
			return arrowMaybe
		}
		switch p.tok() {
		case TEOF:
			return arrowNo
		case TOpenParen, TOpenBracket, TOpenBrace:
			depth++
		case TTemplateHead:
			templates = append(templates, depth)
		case TCloseBrace:
			if n := len(templates); n > 0 && templates[n-1] == depth {
				p.lx.rescanTemplateContinuation()
				if p.at(TTemplateTail) {
					templates = templates[:n-1]
				}
				break
			}
			depth--
		case TCloseParen, TCloseBracket:
			depth--
		case TSlash, TSlashEq:
			if regexCanFollow(prev) {
				p.lx.rescanRegex()
			}
		}
		if depth <= 0 {
			p.next()
			switch {
			case p.at(TArrow) && !p.lx.nl:
				return arrowYes
			case p.at(TColon) && p.ts:
				return arrowMaybe
			}
			return arrowNo
		}
		prev = p.tok()
		p.next()
	}
}

// regexCanFollow: after this token a `/` starts a regular expression (the
// token cannot end an expression).
func regexCanFollow(t Token) bool {
	switch t {
	case TIdent, TNumber, TBigInt, TString, TRegExp, TNoSubstTemplate, TTemplateTail, TPrivateName,
		TCloseParen, TCloseBracket, TCloseBrace, TThis, TSuper, TNull, TTrue, TFalse, TPlusPlus, TMinusMinus:
		return false
	}
	return true
}
