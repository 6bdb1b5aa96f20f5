package tsparse

// A small, forgiving token scanner that finds the top-level import/export
// statements of a file without parsing it. The esbuild fallback needs it for
// files that tsparse rejects, so it must not depend on the parser and must
// survive code it does not understand: strings and regular expressions end at a
// line break, so one misread token spoils at most one line.

// moduleStatement is a top-level statement that names a module in a string literal.
type moduleStatement struct {
	Kind      ImportKind // ImportStatic, ImportExport or ImportEquals
	TypeOnly  bool
	Keyword   int32 // offset of `import` / `export`
	Specifier Range // the string literal, quotes included
	End       int32 // end of the statement's last scanned token (the literal, or `)` of require)
}

// scanTok is one token of the forgiving scan.
type scanTok struct {
	start, end int32
	kind       scanKind
	depth      int // brace depth before the token
}

type scanKind uint8

const (
	skIdent scanKind = iota
	skString
	skNumber
	skTemplate // a whole template, or a piece up to `${`
	skRegExp
	skPunct // one byte of punctuation: { } ( ) [ ] ; , . * = < > etc.
)

// moduleScanner tokenizes src into toks, tracking brace depth across templates.
type moduleScanner struct {
	src  []byte
	pos  int
	toks []scanTok
	// templates holds, for every open `${`, the brace depth at which its `}` resumes the template.
	templates []int
	depth     int
}

// scanModuleStatements returns the top-level import/export statements of src in source order.
func scanModuleStatements(src []byte) []moduleStatement {
	s := &moduleScanner{src: src}
	s.tokenize()
	return s.statements()
}

func (s *moduleScanner) tokenize() {
	for {
		s.skipTrivia()
		if s.pos >= len(s.src) {
			return
		}
		start := s.pos
		c := s.src[s.pos]
		kind := skPunct
		depth := s.depth
		switch {
		case c == '"' || c == '\'':
			s.skipString(c)
			kind = skString
		case c == '`':
			s.pos++
			s.skipTemplate()
			kind = skTemplate
		case c == '}' && len(s.templates) > 0 && s.templates[len(s.templates)-1] == s.depth:
			s.templates = s.templates[:len(s.templates)-1]
			s.pos++
			s.skipTemplate()
			kind = skTemplate
		case c == '/' && s.regexAllowed():
			s.skipRegExp()
			kind = skRegExp
		case isScanIdentByte(c):
			for s.pos < len(s.src) && (isScanIdentByte(s.src[s.pos]) || isScanDigit(s.src[s.pos])) {
				s.pos++
			}
			kind = skIdent
		case isScanDigit(c):
			for s.pos < len(s.src) && (isScanIdentByte(s.src[s.pos]) || isScanDigit(s.src[s.pos]) || s.src[s.pos] == '.') {
				s.pos++
			}
			kind = skNumber
		default:
			s.pos++
			switch c {
			case '{':
				s.depth++
			case '}':
				if s.depth > 0 {
					s.depth--
				}
				depth = s.depth
			}
		}
		s.toks = append(s.toks, scanTok{start: int32(start), end: int32(s.pos), kind: kind, depth: depth})
	}
}

// isScanIdentByte accepts ASCII identifier characters, `\` (unicode escapes) and
// every non-ASCII byte: the scanner only needs to keep identifiers in one piece.
func isScanIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || c == '\\' || c >= 0x80
}

func isScanDigit(c byte) bool { return c >= '0' && c <= '9' }

// isScanLineBreak reports whether a line terminator (\n, \r, U+2028, U+2029) starts at i.
func isScanLineBreak(src []byte, i int) bool {
	switch src[i] {
	case '\n', '\r':
		return true
	case 0xE2:
		return i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9)
	}
	return false
}

func (s *moduleScanner) skipTrivia() {
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			s.pos++
		case c == '/' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '/':
			for s.pos < len(s.src) && !isScanLineBreak(s.src, s.pos) {
				s.pos++
			}
		case c == '/' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '*':
			if end := indexFrom(s.src, s.pos+2, "*/"); end < 0 {
				s.pos = len(s.src)
			} else {
				s.pos = end + 2
			}
		case c == 0xC2 && s.pos+1 < len(s.src) && s.src[s.pos+1] == 0xA0: // no-break space
			s.pos += 2
		case c == 0xEF && s.pos+2 < len(s.src) && s.src[s.pos+1] == 0xBB && s.src[s.pos+2] == 0xBF: // BOM
			s.pos += 3
		case c == 0xE2 && s.pos+2 < len(s.src) && s.src[s.pos+1] == 0x80 && (s.src[s.pos+2] == 0xA8 || s.src[s.pos+2] == 0xA9):
			s.pos += 3
		default:
			return
		}
	}
}

func indexFrom(src []byte, from int, needle string) int {
	for i := from; i+len(needle) <= len(src); i++ {
		if string(src[i:i+len(needle)]) == needle {
			return i
		}
	}
	return -1
}

// skipString ends at the closing quote or, for broken input, before a line break.
func (s *moduleScanner) skipString(quote byte) {
	s.pos++
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == quote:
			s.pos++
			return
		case c == '\\' && s.pos+1 < len(s.src):
			s.pos += 2
			if s.src[s.pos-1] == '\r' && s.pos < len(s.src) && s.src[s.pos] == '\n' {
				s.pos++
			}
		case c == '\n' || c == '\r':
			return
		default:
			s.pos++
		}
	}
}

// skipTemplate scans template text after "`" or "}" up to the closing "`" or a "${".
func (s *moduleScanner) skipTemplate() {
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '`':
			s.pos++
			return
		case c == '\\':
			s.pos += 2
		case c == '$' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '{':
			s.pos += 2
			s.templates = append(s.templates, s.depth)
			return
		default:
			s.pos++
		}
	}
	if s.pos > len(s.src) {
		s.pos = len(s.src)
	}
}

// regexAllowed guesses whether `/` starts a regular expression from the token
// before it: after an operand it is division. `</` is a JSX closing tag.
func (s *moduleScanner) regexAllowed() bool {
	if len(s.toks) == 0 {
		return true
	}
	prev := s.toks[len(s.toks)-1]
	switch prev.kind {
	case skNumber, skString, skTemplate, skRegExp:
		return false
	case skIdent:
		switch string(s.src[prev.start:prev.end]) {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
			"case", "do", "else", "yield", "await":
			return true
		}
		return false
	}
	switch s.src[prev.start] {
	case ')', ']', '<':
		return false
	}
	return true
}

func (s *moduleScanner) skipRegExp() {
	s.pos++
	inClass := false
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '\\' && s.pos+1 < len(s.src) && s.src[s.pos+1] != '\n' && s.src[s.pos+1] != '\r':
			s.pos += 2
			continue
		case c == '\n' || c == '\r':
			return
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			s.pos++
			for s.pos < len(s.src) && isScanIdentByte(s.src[s.pos]) {
				s.pos++
			}
			return
		}
		s.pos++
	}
}
