package tsparse

import (
	"strings"
	"unicode/utf8"
)

func isLineTerm(src []byte, i int32) bool {
	c := src[i]
	return c == '\n' || c == '\r' || c == 0xE2 && i+2 < int32(len(src)) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9)
}

// scanString scans a '…' or "…" literal; value is decoded.
func (l *lexer) scanString(q byte) {
	src := l.src
	n := int32(len(src))
	start := l.pos
	i := start + 1
	hasEscape := false
	for {
		if i >= n {
			l.fail(start, "Unterminated string literal")
		}
		c := src[i]
		if c == q {
			break
		}
		if c == '\\' {
			hasEscape = true
			i += 2
			continue
		}
		if c == '\n' || c == '\r' {
			l.fail(start, "Unterminated string literal")
		}
		i++
	}
	l.pos = i + 1
	l.tok = TString
	if hasEscape {
		l.value = l.decodeEscapes(start+1, i, false)
	} else {
		l.value = l.str[start+1 : i]
	}
}

// decodeEscapes decodes the escapes of src[a:b] (a string body or cooked template).
func (l *lexer) decodeEscapes(a, b int32, template bool) string {
	src := l.src
	var sb strings.Builder
	sb.Grow(int(b - a))
	var pendingHigh rune = -1
	flushHigh := func() {
		if pendingHigh >= 0 {
			sb.WriteRune(utf8.RuneError)
			pendingHigh = -1
		}
	}
	writeCode := func(r rune) {
		if r >= 0xD800 && r < 0xDC00 {
			flushHigh()
			pendingHigh = r
			return
		}
		if r >= 0xDC00 && r < 0xE000 && pendingHigh >= 0 {
			sb.WriteRune(0x10000 + (pendingHigh-0xD800)<<10 + (r - 0xDC00))
			pendingHigh = -1
			return
		}
		flushHigh()
		sb.WriteRune(r)
	}
	for i := a; i < b; {
		c := src[i]
		if c != '\\' {
			flushHigh()
			if c == '\r' && template { // template line endings normalise to \n
				sb.WriteByte('\n')
				if i+1 < b && src[i+1] == '\n' {
					i++
				}
				i++
				continue
			}
			sb.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= b {
			break
		}
		c = src[i]
		switch c {
		case 'n':
			writeCode('\n')
			i++
		case 't':
			writeCode('\t')
			i++
		case 'r':
			writeCode('\r')
			i++
		case 'b':
			writeCode('\b')
			i++
		case 'f':
			writeCode('\f')
			i++
		case 'v':
			writeCode('\v')
			i++
		case '\r':
			i++
			if i < b && src[i] == '\n' {
				i++
			}
		case '\n':
			i++
		case 'x':
			if i+2 < b+1 && i+2 <= b && hexVal(src[i+1]) >= 0 && i+2 < int32(len(src)) && hexVal(src[i+2]) >= 0 {
				writeCode(rune(hexVal(src[i+1])*16 + hexVal(src[i+2])))
				i += 3
			} else {
				if !template {
					l.fail(i-1, "Invalid hexadecimal escape sequence")
				}
				i++
			}
		case 'u':
			if template {
				// invalid escapes are allowed in tagged templates; be lenient
				func() {
					defer func() {
						if recover() != nil {
							i++
						}
					}()
					r, end := l.scanUnicodeEscape(i - 1)
					writeCode(r)
					i = end
				}()
			} else {
				r, end := l.scanUnicodeEscape(i - 1)
				writeCode(r)
				i = end
			}
		default:
			if c >= '0' && c <= '7' {
				v := rune(0)
				k := 0
				for i < b && k < 3 && src[i] >= '0' && src[i] <= '7' && v*8+rune(src[i]-'0') <= 255 {
					v = v*8 + rune(src[i]-'0')
					i++
					k++
				}
				writeCode(v)
				continue
			}
			if c == 0xE2 && isLineTerm(src, i) {
				i += 3
				continue
			}
			r, size := utf8.DecodeRune(src[i:])
			writeCode(r)
			i += int32(size)
		}
	}
	flushHigh()
	return sb.String()
}

// scanTemplate scans template characters from l.pos (just after ` or }) up to
// the closing ` (giving whole) or ${ (giving head). value is the raw text.
func (l *lexer) scanTemplate(whole, head Token) {
	src := l.src
	n := int32(len(src))
	begin := l.start
	i := l.pos
	for {
		if i >= n {
			l.fail(begin, "Unterminated template literal")
		}
		c := src[i]
		if c == '`' {
			l.value = l.str[l.pos:i]
			l.pos = i + 1
			l.tok = whole
			return
		}
		if c == '$' && i+1 < n && src[i+1] == '{' {
			l.value = l.str[l.pos:i]
			l.pos = i + 2
			l.tok = head
			return
		}
		if c == '\\' {
			i += 2
			continue
		}
		i++
	}
}

// rescanTemplateContinuation turns the current `}` into a template middle or tail.
func (l *lexer) rescanTemplateContinuation() {
	if l.tok != TCloseBrace {
		l.fail(l.start, "Expected '}' but found "+l.describe())
	}
	l.pos = l.start + 1
	l.scanTemplate(TTemplateTail, TTemplateMiddle)
}

// rescanRegex turns the current `/` or `/=` into a regular expression literal.
func (l *lexer) rescanRegex() {
	src := l.src
	n := int32(len(src))
	start := l.start
	i := start + 1
	inClass := false
	for {
		if i >= n || isLineTerm(src, i) {
			l.fail(start, "Unterminated regular expression")
		}
		c := src[i]
		if c == '\\' {
			i += 2
			if i > n {
				l.fail(start, "Unterminated regular expression")
			}
			if isLineTerm(src, i-1) {
				l.fail(start, "Unterminated regular expression")
			}
			continue
		}
		if c == '/' && !inClass {
			break
		}
		switch c {
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
		i++
	}
	bodyEnd := i
	i++
	flagStart := i
	for i < n && isIdentPartASCII(src[i]) {
		switch src[i] {
		case 'd', 'g', 'i', 'm', 's', 'u', 'v', 'y':
		default:
			l.fail(i, "Invalid regular expression flag '"+string(src[i])+"'")
		}
		i++
	}
	l.value = l.str[start+1 : bodyEnd]
	l.pos = i
	l.tok = TRegExp
	l.flags = l.str[flagStart:i]
}

// rescanGreater extends the current `>` to >=, >>, >>=, >>>, >>>= when the
// parser is in a binary-operator position.
func (l *lexer) rescanGreater() {
	if l.tok != TGreater {
		return
	}
	src := l.src
	n := int32(len(src))
	i := l.start + 1
	at := func(k int32) byte {
		if k < n {
			return src[k]
		}
		return 0
	}
	switch at(i) {
	case '=':
		l.pos, l.tok = i+1, TGreaterEq
	case '>':
		switch at(i + 1) {
		case '>':
			if at(i+2) == '=' {
				l.pos, l.tok = i+3, TGreaterGreaterGreaterEq
			} else {
				l.pos, l.tok = i+2, TGreaterGreaterGreater
			}
		case '=':
			l.pos, l.tok = i+2, TGreaterGreaterEq
		default:
			l.pos, l.tok = i+1, TGreaterGreater
		}
	}
}

// scanNumber scans a numeric literal starting at l.pos.
func (l *lexer) scanNumber() {
	src := l.src
	n := int32(len(src))
	start := l.pos
	i := start
	at := func(k int32) byte {
		if k < n {
			return src[k]
		}
		return 0
	}
	digits := func(ok func(byte) bool) {
		prevSep := true
		for i < n {
			c := src[i]
			if c == '_' {
				if prevSep {
					l.fail(i, "Invalid numeric separator")
				}
				prevSep = true
				i++
				continue
			}
			if !ok(c) {
				break
			}
			prevSep = false
			i++
		}
		if prevSep && i > start && src[i-1] == '_' {
			l.fail(i-1, "Invalid numeric separator")
		}
	}
	dec := func(c byte) bool { return c >= '0' && c <= '9' }
	l.tok = TNumber
	switch {
	case src[i] == '0' && (at(i+1)|0x20 == 'x' || at(i+1)|0x20 == 'o' || at(i+1)|0x20 == 'b'):
		kind := at(i+1) | 0x20
		i += 2
		s := i
		switch kind {
		case 'x':
			digits(func(c byte) bool { return hexVal(c) >= 0 })
		case 'o':
			digits(func(c byte) bool { return c >= '0' && c <= '7' })
		default:
			digits(func(c byte) bool { return c == '0' || c == '1' })
		}
		if i == s {
			l.fail(start, "Expected digits after "+l.str[start:s])
		}
		if at(i) == 'n' {
			i++
			l.tok = TBigInt
		}
	case src[i] == '0' && dec(at(i+1)):
		// legacy octal (or decimal with a leading zero like 08): an error in modules
		if l.legacyOctal < 0 {
			l.legacyOctal = start
		}
		for i < n && dec(src[i]) {
			i++
		}
		if at(i) == '.' && !(isLegacyOctal(src[start:i])) {
			i++
			for i < n && dec(src[i]) {
				i++
			}
		}
	default:
		if src[i] != '.' {
			digits(dec)
		}
		isInt := true
		if at(i) == '.' {
			isInt = false
			i++
			if dec(at(i)) {
				digits(dec)
			}
		}
		if at(i)|0x20 == 'e' {
			isInt = false
			i++
			if at(i) == '+' || at(i) == '-' {
				i++
			}
			if !dec(at(i)) {
				l.fail(start, "Invalid number")
			}
			digits(dec)
		}
		if isInt && at(i) == 'n' {
			i++
			l.tok = TBigInt
		}
	}
	if i < n && (isIdentStartASCII(src[i]) || src[i] >= '0' && src[i] <= '9') {
		l.fail(i, "An identifier or keyword cannot immediately follow a numeric literal")
	}
	l.pos = i
	l.value = l.str[start:i]
}

func isLegacyOctal(b []byte) bool {
	for _, c := range b {
		if c > '7' {
			return false
		}
	}
	return true
}

// describe names the current token for error messages: 'x' for punctuation and
// keywords, the identifier in quotes, or a description.
func (l *lexer) describe() string {
	switch l.tok {
	case TEOF:
		return "end of file"
	case TIdent, TNumber, TBigInt, TPrivateName:
		return "'" + l.text() + "'"
	case TString:
		return "string " + l.text()
	case TJSXText:
		return "JSX text"
	}
	if l.tok < tokenCount && l.tok >= TOpenBrace {
		return "'" + l.tok.String() + "'"
	}
	return l.tok.String()
}

// --- JSX scanning -----------------------------------------------------------

// scanJSXChild scans from l.pos in JSX children context: text, `{`, `<` or EOF.
func (l *lexer) scanJSXChild() {
	l.prevEnd = l.pos
	l.nl = false
	l.start = l.pos
	src := l.src
	n := int32(len(src))
	i := l.pos
	if i >= n {
		l.tok = TEOF
		return
	}
	switch src[i] {
	case '{':
		l.pos++
		l.tok = TOpenBrace
		return
	case '<':
		l.pos++
		l.tok = TLess
		return
	}
	for i < n && src[i] != '{' && src[i] != '<' {
		if src[i] == '>' {
			l.fail(i, "Unexpected '>' in JSX text; write {'>'} or &gt;")
		}
		if src[i] == '}' {
			l.fail(i, "Unexpected '}' in JSX text; write {'}'} or &rbrace;")
		}
		i++
	}
	l.pos = i
	l.value = l.str[l.start:i]
	l.tok = TJSXText
}

// rescanJSXIdent extends the current identifier/keyword token with '-' parts
// (JSX names like data-foo).
func (l *lexer) rescanJSXIdent() {
	if l.tok != TIdent && !l.tok.IsKeyword() {
		return
	}
	src := l.src
	n := int32(len(src))
	i := l.pos
	for i < n && (src[i] == '-' || isIdentPartASCII(src[i])) {
		i++
	}
	l.pos = i
	l.value = l.str[l.start:i]
	l.tok = TIdent
}

// nextJSXAttrValue scans the token after `=` in a JSX attribute: a string
// without escapes (it may span lines) or an ordinary token such as `{` or `<`.
func (l *lexer) nextJSXAttrValue() {
	l.prevEnd = l.pos
	l.nl = false
	nc := len(l.comments)
	l.skipTrivia()
	src := l.src
	n := int32(len(src))
	if l.pos >= n || (src[l.pos] != '"' && src[l.pos] != '\'') {
		l.pos = l.prevEnd
		l.comments = l.comments[:nc]
		l.next()
		return
	}
	l.start = l.pos
	q := src[l.pos]
	i := l.pos + 1
	for i < n && src[i] != q {
		i++
	}
	if i >= n {
		l.fail(l.start, "Unterminated string literal")
	}
	l.pos = i + 1
	l.value = l.str[l.start+1 : i]
	l.tok = TString
}
