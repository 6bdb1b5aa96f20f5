package initcfg

import (
	"strings"
)

// jsKind is the kind of a value read from a JavaScript config file.
type jsKind int

const (
	jsObject jsKind = iota
	jsArray
	jsString
	jsNumber
	jsBool
	jsNull
	jsSpread // ...expr: Raw holds expr, Value its literal when it could be read
	jsExpr   // anything else (a call, an identifier, a function): Raw holds its text
)

// jsValue is a literal read from a config file that is never executed: objects,
// arrays, strings and numbers are read; any other expression is kept as text.
type jsValue struct {
	Kind    jsKind
	Members []jsMember // jsObject, in source order
	Items   []*jsValue // jsArray
	Str     string     // jsString: decoded; jsNumber/jsBool: as written
	Raw     string     // jsSpread, jsExpr: the source text
	Value   *jsValue   // jsSpread: the spread literal when it names a constant
}

type jsMember struct {
	Key   string // "" for a computed key or a spread
	Value *jsValue
}

// Get returns the member's value, or nil.
func (v *jsValue) Get(key string) *jsValue {
	if v == nil || v.Kind != jsObject {
		return nil
	}
	for _, m := range v.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// scanner reads JavaScript literals tolerantly: it never fails, it only gives
// up on parts it does not understand (they become jsExpr).
type scanner struct {
	src    string
	pos    int
	consts map[string]int // top-level `const NAME =` initialisers: name -> offset
	depth  int            // constants being expanded (no loops)
}

func newScanner(src string) *scanner {
	s := &scanner{src: src, consts: map[string]int{}}
	s.findConsts()
	return s
}

// skip moves past white space and comments.
func (s *scanner) skip() {
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.pos++
		case strings.HasPrefix(s.src[s.pos:], "//"):
			if i := strings.IndexByte(s.src[s.pos:], '\n'); i >= 0 {
				s.pos += i + 1
			} else {
				s.pos = len(s.src)
			}
		case strings.HasPrefix(s.src[s.pos:], "/*"):
			if i := strings.Index(s.src[s.pos+2:], "*/"); i >= 0 {
				s.pos += i + 4
			} else {
				s.pos = len(s.src)
			}
		default:
			return
		}
	}
}

func (s *scanner) peek() byte {
	s.skip()
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

func (s *scanner) eat(c byte) bool {
	if s.peek() == c {
		s.pos++
		return true
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func (s *scanner) ident() string {
	s.skip()
	start := s.pos
	for s.pos < len(s.src) && isIdentByte(s.src[s.pos]) {
		s.pos++
	}
	return s.src[start:s.pos]
}

// value reads one value.
func (s *scanner) value() *jsValue {
	switch c := s.peek(); {
	case c == '{':
		return s.object()
	case c == '[':
		return s.array()
	case c == '"' || c == '\'':
		if str, ok := s.str(); ok {
			return &jsValue{Kind: jsString, Str: str}
		}
	case c == '`':
		start := s.pos
		if str, ok := s.template(); ok {
			return &jsValue{Kind: jsString, Str: str}
		}
		s.pos = start
	case c == '-' || c >= '0' && c <= '9':
		start := s.pos
		s.pos++
		for s.pos < len(s.src) && (isIdentByte(s.src[s.pos]) || s.src[s.pos] == '.') {
			s.pos++
		}
		end := s.pos
		if s.atValueEnd() {
			return &jsValue{Kind: jsNumber, Str: s.src[start:end]}
		}
		s.pos = start
	case isIdentByte(c):
		start := s.pos
		word := s.ident()
		if s.atValueEnd() {
			switch word {
			case "true", "false":
				return &jsValue{Kind: jsBool, Str: word}
			case "null", "undefined":
				return &jsValue{Kind: jsNull}
			}
			if v := s.constant(word); v != nil {
				return v
			}
		}
		s.pos = start
	}
	return s.expr()
}

// atValueEnd says whether the next token ends a value (a separator or closer).
func (s *scanner) atValueEnd() bool {
	switch s.peek() {
	case ',', '}', ']', ')', ';', 0:
		return true
	}
	return false
}

// expr skips an expression it does not understand, up to the next separator
// at its own nesting level, and keeps its text.
func (s *scanner) expr() *jsValue {
	s.skip()
	start := s.pos
	depth := 0
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '"' || c == '\'':
			if _, ok := s.str(); !ok {
				s.pos++
			}
			continue
		case c == '`':
			s.skipTemplate()
			continue
		case strings.HasPrefix(s.src[s.pos:], "//") || strings.HasPrefix(s.src[s.pos:], "/*"):
			s.skip()
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return &jsValue{Kind: jsExpr, Raw: strings.TrimSpace(s.src[start:s.pos])}
			}
			depth--
		case (c == ',' || c == ';') && depth == 0:
			return &jsValue{Kind: jsExpr, Raw: strings.TrimSpace(s.src[start:s.pos])}
		}
		s.pos++
	}
	return &jsValue{Kind: jsExpr, Raw: strings.TrimSpace(s.src[start:])}
}

func (s *scanner) object() *jsValue {
	v := &jsValue{Kind: jsObject}
	s.eat('{')
	for {
		switch s.peek() {
		case '}':
			s.pos++
			return v
		case 0:
			return v
		case ',':
			s.pos++
			continue
		}
		if strings.HasPrefix(s.src[s.pos:], "...") {
			s.pos += 3
			v.Members = append(v.Members, jsMember{Value: s.spread()})
			continue
		}
		key, ok := s.key()
		if !ok {
			v.Members = append(v.Members, jsMember{Value: s.expr()})
			continue
		}
		switch s.peek() {
		case ':':
			s.pos++
			v.Members = append(v.Members, jsMember{Key: key, Value: s.value()})
		case ',', '}':
			// shorthand {rules}: the constant of that name, if any
			val := s.constant(key)
			if val == nil {
				val = &jsValue{Kind: jsExpr, Raw: key}
			}
			v.Members = append(v.Members, jsMember{Key: key, Value: val})
		default:
			v.Members = append(v.Members, jsMember{Key: key, Value: s.expr()}) // a method
		}
	}
}

// key reads an object key: an identifier, a string or a number.
func (s *scanner) key() (string, bool) {
	switch c := s.peek(); {
	case c == '"' || c == '\'':
		return s.str()
	case isIdentByte(c):
		return s.ident(), true
	}
	return "", false
}

func (s *scanner) array() *jsValue {
	v := &jsValue{Kind: jsArray}
	s.eat('[')
	for {
		switch s.peek() {
		case ']':
			s.pos++
			return v
		case 0:
			return v
		case ',':
			s.pos++
			continue
		}
		if strings.HasPrefix(s.src[s.pos:], "...") {
			s.pos += 3
			v.Items = append(v.Items, s.spread())
			continue
		}
		v.Items = append(v.Items, s.value())
	}
}

// args reads a call's argument list as an array: defineConfig(a, b).
func (s *scanner) args() *jsValue {
	v := &jsValue{Kind: jsArray}
	s.eat('(')
	for {
		switch s.peek() {
		case ')', 0:
			s.pos++
			return v
		case ',':
			s.pos++
			continue
		}
		if strings.HasPrefix(s.src[s.pos:], "...") {
			s.pos += 3
			v.Items = append(v.Items, s.spread())
			continue
		}
		v.Items = append(v.Items, s.value())
	}
}

func (s *scanner) spread() *jsValue {
	start := s.pos
	inner := s.value()
	if inner.Kind == jsExpr {
		return &jsValue{Kind: jsSpread, Raw: inner.Raw}
	}
	return &jsValue{Kind: jsSpread, Raw: strings.TrimSpace(s.src[start:s.pos]), Value: inner}
}

// str reads a quoted string with the common escapes.
func (s *scanner) str() (string, bool) {
	q := s.src[s.pos]
	var b strings.Builder
	for i := s.pos + 1; i < len(s.src); i++ {
		c := s.src[i]
		switch {
		case c == q:
			s.pos = i + 1
			return b.String(), true
		case c == '\n':
			return "", false
		case c == '\\' && i+1 < len(s.src):
			i++
			switch e := s.src[i]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", false
}

// template reads a template literal without substitutions.
func (s *scanner) template() (string, bool) {
	end := strings.IndexByte(s.src[s.pos+1:], '`')
	if end < 0 {
		return "", false
	}
	body := s.src[s.pos+1 : s.pos+1+end]
	if strings.Contains(body, "${") || strings.Contains(body, "\\") {
		return "", false
	}
	s.pos += end + 2
	return body, true
}

func (s *scanner) skipTemplate() {
	depth := 0
	for s.pos++; s.pos < len(s.src); s.pos++ {
		switch {
		case s.src[s.pos] == '\\':
			s.pos++
		case s.src[s.pos] == '`' && depth == 0:
			s.pos++
			return
		case strings.HasPrefix(s.src[s.pos:], "${"):
			depth++
			s.pos++
		case s.src[s.pos] == '}' && depth > 0:
			depth--
		}
	}
}

// findConsts records where each top-level `const|let|var NAME =` starts its value.
func (s *scanner) findConsts() {
	for _, kw := range []string{"const ", "let ", "var "} {
		for i := 0; ; {
			j := strings.Index(s.src[i:], kw)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(kw)
			if at > 0 && isIdentByte(s.src[at-1]) {
				continue
			}
			sub := &scanner{src: s.src, pos: i}
			name := sub.ident()
			if name == "" || sub.peek() != '=' || strings.HasPrefix(s.src[sub.pos:], "==") {
				continue
			}
			if _, dup := s.consts[name]; !dup {
				s.consts[name] = sub.pos + 1
			}
		}
	}
}

// constant is the literal a top-level constant is initialised with, or nil.
func (s *scanner) constant(name string) *jsValue {
	at, ok := s.consts[name]
	if !ok || s.depth > 8 {
		return nil
	}
	sub := &scanner{src: s.src, pos: at, consts: s.consts, depth: s.depth + 1}
	v := sub.value()
	if v.Kind == jsExpr {
		return nil
	}
	return v
}

// exported finds the value a config module exports: the argument of
// defineConfig(...) (several arguments read as an array), else what
// `export default` or `module.exports =` is given (through one call such as
// tseslint.config(...), and through a constant's name).
func exported(src string) *jsValue {
	s := newScanner(src)
	for _, anchor := range []string{"defineConfig(", "export default", "module.exports"} {
		i := strings.Index(src, anchor)
		if i < 0 {
			continue
		}
		s.pos = i + len(anchor)
		if anchor == "defineConfig(" {
			s.pos--
			return unwrapSingle(s.args())
		}
		if anchor == "module.exports" && !s.eat('=') {
			continue
		}
		return s.callOrValue()
	}
	return nil
}

// callOrValue reads a value, looking through `name.name(...)` calls.
func (s *scanner) callOrValue() *jsValue {
	start := s.pos
	if isIdentByte(s.peek()) {
		for {
			s.ident()
			if !s.eat('.') {
				break
			}
		}
		if s.peek() == '(' {
			return unwrapSingle(s.args())
		}
		s.pos = start
	}
	return s.value()
}

// unwrapSingle makes a one-argument list its argument.
func unwrapSingle(v *jsValue) *jsValue {
	if v.Kind == jsArray && len(v.Items) == 1 && v.Items[0].Kind != jsSpread {
		return v.Items[0]
	}
	return v
}
