package tsparse

import (
	"bytes"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lexer produces one token at a time on the parser's demand. Positions are byte
// offsets. Context-dependent tokens are re-scanned by the parser: `/` as a
// regex, `}` as a template continuation, `>` followed by `>`/`=` as a
// shift/comparison, and JSX text/names/attribute strings.
type lexer struct {
	src []byte
	str string // src as a string, so that names and values are substrings without copying

	pos     int32 // scan position (end of the current token)
	tok     Token
	start   int32 // current token start
	prevEnd int32 // end of the previous token
	nl      bool  // a line terminator came before the current token

	// value is the token's text for identifiers (escapes decoded), strings
	// (decoded), template pieces (raw), numbers (raw) and private names (without #).
	value    string
	escaped  bool   // an identifier or keyword spelled with unicode escapes
	flags    string // regular expression flags
	comments []Comment
	scanned  int // tokens scanned, look-ahead and re-scans included (tests bound the parser's work with it)
	// legacyOctal is the offset of the first legacy octal literal (0755, 08), -1 if none
	legacyOctal int32
}

// init points the lexer at the start of src. No copy: a copy per file was 8%
// of the parser's allocation, and the names kept in facts would hold it alive
// next to the File's own Src.
func (l *lexer) init(src []byte) {
	l.src = src
	l.str = unsafe.String(unsafe.SliceData(src), len(src))
	l.legacyOctal = -1
}

// skipBOMAndHashbang moves past a byte order mark and a `#!` first line;
// it returns the hashbang's range (zero when there is none).
func (l *lexer) skipBOMAndHashbang() Range {
	src := l.src
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		l.pos = 3
	}
	if int(l.pos)+1 < len(src) && src[l.pos] == '#' && src[l.pos+1] == '!' {
		start := l.pos
		for int(l.pos) < len(src) && !isLineTerm(src, l.pos) {
			l.pos++
		}
		return Range{start, l.pos}
	}
	return Range{}
}

// lexState is everything needed to rewind the lexer for speculative parsing.
type lexState struct {
	pos, start, prevEnd int32
	tok                 Token
	nl                  bool
	value               string
	escaped             bool
	ncomments           int
}

func (l *lexer) save() lexState {
	return lexState{l.pos, l.start, l.prevEnd, l.tok, l.nl, l.value, l.escaped, len(l.comments)}
}

func (l *lexer) restore(s lexState) {
	l.pos, l.start, l.prevEnd, l.tok, l.nl, l.value, l.escaped = s.pos, s.start, s.prevEnd, s.tok, s.nl, s.value, s.escaped
	l.comments = l.comments[:s.ncomments]
}

func (l *lexer) fail(pos int32, msg string) {
	panic(&SyntaxError{Pos: pos, Message: msg})
}

// text is the current token's source text.
func (l *lexer) text() string { return l.str[l.start:l.pos] }

func (l *lexer) rng() Range { return Range{l.start, l.pos} }

func isIdentStartASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentPartASCII(c byte) bool {
	return isIdentStartASCII(c) || c >= '0' && c <= '9'
}

func isIDStartRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDPartRune(r rune) bool {
	return isIDStartRune(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || r == 0x200C || r == 0x200D ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// skipTrivia skips whitespace and comments, setting l.nl on line terminators.
// The position is kept in a local while it loops (indentation is the
// commonest trivia, and a field written per byte costs a store each).
func (l *lexer) skipTrivia() {
	src := l.src
	n := int32(len(src))
	pos := l.pos
	for pos < n {
		c := src[pos]
		switch c {
		case ' ', '\t', '\v', '\f':
			pos++
		case '\n', '\r':
			l.nl = true
			pos++
		case '/':
			if pos+1 >= n {
				l.pos = pos
				return
			}
			switch src[pos+1] {
			case '/':
				start := pos
				pos = l.lineCommentEnd(pos + 2)
				l.comments = append(l.comments, Comment{Range: Range{start, pos}})
			case '*':
				start := pos
				end := bytes.Index(src[start+2:], commentClose)
				if end < 0 {
					l.pos = pos
					l.fail(start, "Unterminated comment")
				}
				body := src[start+2 : start+2+int32(end)]
				if !l.nl && hasLineTerminator(body) {
					l.nl = true
				}
				pos = start + 2 + int32(end) + 2
				l.comments = append(l.comments, Comment{Range: Range{start, pos}, Block: true})
			default:
				l.pos = pos
				return
			}
		default:
			if c < 0x80 {
				l.pos = pos
				return
			}
			r, size := utf8.DecodeRune(src[pos:])
			switch {
			case r == 0x2028 || r == 0x2029:
				l.nl = true
			case r == 0xA0 || r == 0xFEFF || unicode.Is(unicode.Zs, r):
			default:
				l.pos = pos
				return
			}
			pos += int32(size)
		}
	}
	l.pos = pos
}

var commentClose = []byte("*/")

// lineCommentEnd returns the offset of the line terminator ending a `//`
// comment whose text starts at i (or the end of the file).
func (l *lexer) lineCommentEnd(i int32) int32 {
	rest := l.src[i:]
	end := bytes.IndexByte(rest, '\n')
	if end < 0 {
		end = len(rest)
	}
	line := rest[:end]
	if cr := bytes.IndexByte(line, '\r'); cr >= 0 {
		line = line[:cr]
	}
	for k := bytes.IndexByte(line, 0xE2); k >= 0; {
		if l.isLSPS(i + int32(k)) {
			line = line[:k]
			break
		}
		next := bytes.IndexByte(line[k+1:], 0xE2)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return i + int32(len(line))
}

// hasLineTerminator reports whether b holds \n, \r, U+2028 or U+2029.
func hasLineTerminator(b []byte) bool {
	if bytes.IndexByte(b, '\n') >= 0 || bytes.IndexByte(b, '\r') >= 0 {
		return true
	}
	for k := bytes.IndexByte(b, 0xE2); k >= 0; {
		if k+2 < len(b) && b[k+1] == 0x80 && (b[k+2] == 0xA8 || b[k+2] == 0xA9) {
			return true
		}
		next := bytes.IndexByte(b[k+1:], 0xE2)
		if next < 0 {
			return false
		}
		k += 1 + next
	}
	return false
}

func (l *lexer) isLSPS(i int32) bool {
	return i+2 < int32(len(l.src)) && l.src[i+1] == 0x80 && (l.src[i+2] == 0xA8 || l.src[i+2] == 0xA9)
}

// next scans the next token in the ordinary (expression/statement) context.
func (l *lexer) next() {
	l.scanned++
	l.prevEnd = l.pos
	l.nl = false
	l.escaped = false
	l.skipTrivia()
	l.start = l.pos
	src := l.src
	n := int32(len(src))
	if l.pos >= n {
		l.tok = TEOF
		return
	}
	c := src[l.pos]
	p := l.pos
	peek := func(k int32) byte {
		if p+k < n {
			return src[p+k]
		}
		return 0
	}
	switch c {
	case '{':
		l.pos++
		l.tok = TOpenBrace
	case '}':
		l.pos++
		l.tok = TCloseBrace
	case '(':
		l.pos++
		l.tok = TOpenParen
	case ')':
		l.pos++
		l.tok = TCloseParen
	case '[':
		l.pos++
		l.tok = TOpenBracket
	case ']':
		l.pos++
		l.tok = TCloseBracket
	case ';':
		l.pos++
		l.tok = TSemicolon
	case ',':
		l.pos++
		l.tok = TComma
	case ':':
		l.pos++
		l.tok = TColon
	case '~':
		l.pos++
		l.tok = TTilde
	case '@':
		l.pos++
		l.tok = TAt
	case '.':
		if d := peek(1); d >= '0' && d <= '9' {
			l.scanNumber()
			return
		}
		if peek(1) == '.' && peek(2) == '.' {
			l.pos += 3
			l.tok = TDotDotDot
		} else {
			l.pos++
			l.tok = TDot
		}
	case '?':
		switch peek(1) {
		case '?':
			if peek(2) == '=' {
				l.pos += 3
				l.tok = TQuestionQuestionEq
			} else {
				l.pos += 2
				l.tok = TQuestionQuestion
			}
		case '.':
			if d := peek(2); d >= '0' && d <= '9' {
				l.pos++
				l.tok = TQuestion
			} else {
				l.pos += 2
				l.tok = TQuestionDot
			}
		default:
			l.pos++
			l.tok = TQuestion
		}
	case '<':
		switch peek(1) {
		case '<':
			if peek(2) == '=' {
				l.op(3, TLessLessEq)
			} else {
				l.op(2, TLessLess)
			}
		case '=':
			l.op(2, TLessEq)
		default:
			l.op(1, TLess)
		}
	case '>':
		// always a lone '>'; the parser re-scans for >=, >>, >>>, >>= ...
		l.op(1, TGreater)
	case '=':
		switch peek(1) {
		case '=':
			if peek(2) == '=' {
				l.op(3, TEqEqEq)
			} else {
				l.op(2, TEqEq)
			}
		case '>':
			l.op(2, TArrow)
		default:
			l.op(1, TEq)
		}
	case '!':
		if peek(1) == '=' {
			if peek(2) == '=' {
				l.op(3, TNotEqEq)
			} else {
				l.op(2, TNotEq)
			}
		} else {
			l.op(1, TBang)
		}
	case '+':
		switch peek(1) {
		case '+':
			l.op(2, TPlusPlus)
		case '=':
			l.op(2, TPlusEq)
		default:
			l.op(1, TPlus)
		}
	case '-':
		switch peek(1) {
		case '-':
			l.op(2, TMinusMinus)
		case '=':
			l.op(2, TMinusEq)
		default:
			l.op(1, TMinus)
		}
	case '*':
		switch peek(1) {
		case '*':
			if peek(2) == '=' {
				l.op(3, TStarStarEq)
			} else {
				l.op(2, TStarStar)
			}
		case '=':
			l.op(2, TStarEq)
		default:
			l.op(1, TStar)
		}
	case '/':
		if peek(1) == '=' {
			l.op(2, TSlashEq)
		} else {
			l.op(1, TSlash)
		}
	case '%':
		if peek(1) == '=' {
			l.op(2, TPercentEq)
		} else {
			l.op(1, TPercent)
		}
	case '&':
		switch peek(1) {
		case '&':
			if peek(2) == '=' {
				l.op(3, TAmpAmpEq)
			} else {
				l.op(2, TAmpAmp)
			}
		case '=':
			l.op(2, TAmpEq)
		default:
			l.op(1, TAmp)
		}
	case '|':
		switch peek(1) {
		case '|':
			if peek(2) == '=' {
				l.op(3, TBarBarEq)
			} else {
				l.op(2, TBarBar)
			}
		case '=':
			l.op(2, TBarEq)
		default:
			l.op(1, TBar)
		}
	case '^':
		if peek(1) == '=' {
			l.op(2, TCaretEq)
		} else {
			l.op(1, TCaret)
		}
	case '"', '\'':
		l.scanString(c)
	case '`':
		l.pos++
		l.scanTemplate(TNoSubstTemplate, TTemplateHead)
	case '#':
		l.pos++
		if l.pos < n && (isIdentStartASCII(src[l.pos]) || src[l.pos] >= 0x80 || src[l.pos] == '\\') {
			l.scanIdentRest(l.pos)
			l.tok = TPrivateName
			return
		}
		l.fail(p, "Unexpected '#'")
	default:
		if c >= '0' && c <= '9' {
			l.scanNumber()
			return
		}
		if isIdentStartASCII(c) || c == '\\' || c >= 0x80 {
			l.scanIdentRest(l.pos)
			if l.tok == TIdent && !l.escaped {
				l.tok = keywordToken(l.value)
			}
			return
		}
		l.fail(p, "Unexpected character "+quoteChar(src[p:]))
	}
}

func quoteChar(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	if r == utf8.RuneError {
		return "'\\x" + string("0123456789abcdef"[b[0]>>4]) + string("0123456789abcdef"[b[0]&15]) + "'"
	}
	return "'" + string(r) + "'"
}

func (l *lexer) op(size int32, t Token) {
	l.pos += size
	l.tok = t
}

// scanIdentRest scans an identifier starting at start (which may be after a '#').
// It sets tok to TIdent and value to the decoded name.
func (l *lexer) scanIdentRest(start int32) {
	src := l.src
	n := int32(len(src))
	i := start
	for i < n && isIdentPartASCII(src[i]) {
		i++
	}
	if i < n && (src[i] == '\\' || src[i] >= 0x80) {
		l.scanIdentSlow(start)
		return
	}
	if i == start {
		l.fail(start, "Expected identifier")
	}
	l.pos = i
	l.value = l.str[start:i]
	l.tok = TIdent
}

// scanIdentSlow handles non-ASCII identifiers and \u escapes.
func (l *lexer) scanIdentSlow(start int32) {
	src := l.src
	n := int32(len(src))
	i := start
	var buf []byte
	first := true
	for i < n {
		c := src[i]
		if c < 0x80 && c != '\\' {
			if !(isIdentPartASCII(c) && (!first || isIdentStartASCII(c))) {
				break
			}
			buf = append(buf, c)
			i++
			first = false
			continue
		}
		if c == '\\' {
			r, end := l.scanUnicodeEscape(i)
			if !(first && isIDStartRune(r) || !first && isIDPartRune(r) || r == '$' || r == '_') {
				l.fail(i, "Invalid identifier escape")
			}
			buf = utf8.AppendRune(buf, r)
			l.escaped = true
			i = end
			first = false
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if !(first && isIDStartRune(r) || !first && isIDPartRune(r)) {
			break
		}
		buf = utf8.AppendRune(buf, r)
		i += int32(size)
		first = false
	}
	if i == start {
		l.fail(start, "Unexpected character "+quoteChar(src[start:]))
	}
	l.pos = i
	if l.escaped {
		l.value = string(buf)
	} else {
		l.value = l.str[start:i]
	}
	l.tok = TIdent
}

// scanUnicodeEscape reads \uXXXX or \u{X…} at i and returns the code point and end.
func (l *lexer) scanUnicodeEscape(i int32) (rune, int32) {
	src := l.src
	n := int32(len(src))
	if i+1 >= n || src[i+1] != 'u' {
		l.fail(i, "Invalid escape sequence")
	}
	j := i + 2
	var r rune
	if j < n && src[j] == '{' {
		j++
		digits := 0
		for j < n && src[j] != '}' {
			d := hexVal(src[j])
			if d < 0 {
				l.fail(j, "Invalid unicode escape")
			}
			r = r*16 + rune(d)
			if r > 0x10FFFF {
				l.fail(i, "Unicode escape out of range")
			}
			digits++
			j++
		}
		if j >= n || digits == 0 {
			l.fail(i, "Invalid unicode escape")
		}
		return r, j + 1
	}
	for k := 0; k < 4; k++ {
		if j >= n || hexVal(src[j]) < 0 {
			l.fail(i, "Invalid unicode escape")
		}
		r = r*16 + rune(hexVal(src[j]))
		j++
	}
	return r, j
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// keywordToken maps reserved words to their token; anything else is TIdent.
func keywordToken(s string) Token {
	if len(s) < 2 || len(s) > 10 || s[0] < 'b' || s[0] > 'w' {
		return TIdent
	}
	switch s {
	case "break":
		return TBreak
	case "case":
		return TCase
	case "catch":
		return TCatch
	case "class":
		return TClass
	case "const":
		return TConst
	case "continue":
		return TContinue
	case "debugger":
		return TDebugger
	case "default":
		return TDefault
	case "delete":
		return TDelete
	case "do":
		return TDo
	case "else":
		return TElse
	case "enum":
		return TEnum
	case "export":
		return TExport
	case "extends":
		return TExtends
	case "false":
		return TFalse
	case "finally":
		return TFinally
	case "for":
		return TFor
	case "function":
		return TFunction
	case "if":
		return TIf
	case "import":
		return TImport
	case "in":
		return TIn
	case "instanceof":
		return TInstanceof
	case "new":
		return TNew
	case "null":
		return TNull
	case "return":
		return TReturn
	case "super":
		return TSuper
	case "switch":
		return TSwitch
	case "this":
		return TThis
	case "throw":
		return TThrow
	case "true":
		return TTrue
	case "try":
		return TTry
	case "typeof":
		return TTypeof
	case "var":
		return TVar
	case "void":
		return TVoid
	case "while":
		return TWhile
	case "with":
		return TWith
	}
	return TIdent
}
