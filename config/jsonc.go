package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Kind is the JSON type of a Value.
type Kind int

const (
	KindNull Kind = iota
	KindBool
	KindNumber
	KindString
	KindArray
	KindObject
)

func (k Kind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// Value is one parsed JSONC value that remembers where it was written, so
// every config error can point at the exact spot.
type Value struct {
	Kind    Kind
	Pos     int // byte offset of the value's first character
	End     int // byte offset just past it
	Bool    bool
	Str     string // KindString: the decoded string
	Num     string // KindNumber: the literal as written
	Items   []*Value
	Members []*Member
}

// Member is one key of an object.
type Member struct {
	Key    string
	KeyPos int
	Value  *Value
}

// Get returns the member called key, or nil.
func (v *Value) Get(key string) *Member {
	for _, m := range v.Members {
		if m.Key == key {
			return m
		}
	}
	return nil
}

// JSON is the value re-encoded as strict JSON (comments and trailing commas gone),
// for rule option parsers that take json.RawMessage.
func (v *Value) JSON() json.RawMessage {
	var b bytes.Buffer
	v.writeJSON(&b)
	return b.Bytes()
}

func (v *Value) writeJSON(b *bytes.Buffer) {
	switch v.Kind {
	case KindNull:
		b.WriteString("null")
	case KindBool:
		b.WriteString(strconv.FormatBool(v.Bool))
	case KindNumber:
		b.WriteString(v.Num)
	case KindString:
		s, _ := json.Marshal(v.Str)
		b.Write(s)
	case KindArray:
		b.WriteByte('[')
		for i, it := range v.Items {
			if i > 0 {
				b.WriteByte(',')
			}
			it.writeJSON(b)
		}
		b.WriteByte(']')
	case KindObject:
		b.WriteByte('{')
		for i, m := range v.Members {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(m.Key)
			b.Write(k)
			b.WriteByte(':')
			m.Value.writeJSON(b)
		}
		b.WriteByte('}')
	}
}

// syntaxError is a JSONC error at a byte offset; the loader turns it into file:line:col.
type syntaxError struct {
	Pos int
	Msg string
}

func (e *syntaxError) Error() string { return e.Msg }

// ParseJSONC reads JSON with // and /* */ comments and trailing commas.
// Duplicate keys are an error (the config would otherwise silently lose one).
func ParseJSONC(src []byte) (*Value, error) {
	p := &jsoncParser{src: src}
	p.skipSpace()
	if p.err != nil {
		return nil, p.err
	}
	if p.pos >= len(src) {
		return nil, &syntaxError{p.pos, "empty file: expected a JSON object"}
	}
	v := p.value(0)
	if p.err != nil {
		return nil, p.err
	}
	p.skipSpace()
	if p.err == nil && p.pos < len(src) {
		p.fail("unexpected %s after the end of the value", p.describe())
	}
	if p.err != nil {
		return nil, p.err
	}
	return v, nil
}

type jsoncParser struct {
	src []byte
	pos int
	err *syntaxError
}

const maxDepth = 200

func (p *jsoncParser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = &syntaxError{p.pos, fmt.Sprintf(format, args...)}
	}
}

func (p *jsoncParser) describe() string {
	if p.pos >= len(p.src) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.src[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *jsoncParser) skipSpace() {
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == 0xEF && bytes.HasPrefix(p.src[p.pos:], []byte("\xEF\xBB\xBF")) && p.pos == 0:
			p.pos += 3 // byte order mark
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '/':
			for p.pos < len(p.src) && p.src[p.pos] != '\n' {
				p.pos++
			}
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '*':
			end := bytes.Index(p.src[p.pos+2:], []byte("*/"))
			if end < 0 {
				p.fail("unterminated /* comment")
				return
			}
			p.pos += 2 + end + 2
		default:
			return
		}
	}
}

func (p *jsoncParser) value(depth int) *Value {
	if depth > maxDepth {
		p.fail("nested too deeply")
		return nil
	}
	if p.pos >= len(p.src) {
		p.fail("unexpected end of file: expected a value")
		return nil
	}
	start := p.pos
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s := p.str()
		return &Value{Kind: KindString, Pos: start, End: p.pos, Str: s}
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		for _, lit := range []struct {
			word string
			v    Value
		}{{"true", Value{Kind: KindBool, Bool: true}}, {"false", Value{Kind: KindBool}}, {"null", Value{Kind: KindNull}}} {
			if bytes.HasPrefix(p.src[p.pos:], []byte(lit.word)) {
				v := lit.v
				v.Pos, v.End = start, start+len(lit.word)
				p.pos = v.End
				return &v
			}
		}
		if c == '\'' {
			p.fail("strings must use double quotes")
		} else {
			p.fail("unexpected %s: expected a value", p.describe())
		}
		return nil
	}
}

func (p *jsoncParser) object(depth int) *Value {
	v := &Value{Kind: KindObject, Pos: p.pos}
	p.pos++ // {
	seen := map[string]bool{}
	for {
		p.skipSpace()
		if p.err != nil {
			return nil
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			p.pos++
			v.End = p.pos
			return v
		}
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			p.fail("unexpected %s: expected a quoted key or '}'", p.describe())
			return nil
		}
		keyPos := p.pos
		key := p.str()
		if p.err != nil {
			return nil
		}
		if seen[key] {
			p.pos = keyPos
			p.fail("duplicate key %q", key)
			return nil
		}
		seen[key] = true
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			p.fail("unexpected %s: expected ':' after key %q", p.describe(), key)
			return nil
		}
		p.pos++
		p.skipSpace()
		val := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		v.Members = append(v.Members, &Member{Key: key, KeyPos: keyPos, Value: val})
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			continue
		}
		p.fail("unexpected %s: expected ',' or '}'", p.describe())
		return nil
	}
}

func (p *jsoncParser) array(depth int) *Value {
	v := &Value{Kind: KindArray, Pos: p.pos}
	p.pos++ // [
	for {
		p.skipSpace()
		if p.err != nil {
			return nil
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			p.pos++
			v.End = p.pos
			return v
		}
		it := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		v.Items = append(v.Items, it)
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			continue
		}
		p.fail("unexpected %s: expected ',' or ']'", p.describe())
		return nil
	}
}

// str reads a double-quoted string with JSON escapes.
func (p *jsoncParser) str() string {
	start := p.pos
	p.pos++ // "
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == '"':
			p.pos++
			var s string
			if err := json.Unmarshal(p.src[start:p.pos], &s); err != nil {
				p.pos = start
				p.fail("invalid string: %v", err)
				return ""
			}
			return s
		case c == '\\':
			p.pos += 2
		case c == '\n' || c == '\r':
			p.fail("unterminated string")
			return ""
		default:
			p.pos++
		}
	}
	p.pos = start
	p.fail("unterminated string")
	return ""
}

func (p *jsoncParser) number() *Value {
	start := p.pos
	for p.pos < len(p.src) && bytes.IndexByte([]byte("+-0123456789.eE"), p.src[p.pos]) >= 0 {
		p.pos++
	}
	lit := string(p.src[start:p.pos])
	if !json.Valid([]byte(lit)) {
		p.pos = start
		p.fail("invalid number %s", lit)
		return nil
	}
	return &Value{Kind: KindNumber, Pos: start, End: p.pos, Num: lit}
}
