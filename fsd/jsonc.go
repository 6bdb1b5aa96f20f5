package fsd

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// parseJSONC decodes JSON with comments and trailing commas (tsconfig.json,
// jsconfig.json) into v. Comments and trailing commas are blanked out in a copy
// of the input with the same length and line breaks, so encoding/json's error
// offsets still point into the original text.
func parseJSONC(path string, src []byte, v any) error {
	clean, err := stripJSONC(src)
	if err != nil {
		var se *jsoncSyntaxError
		errors.As(err, &se)
		line, col := lineCol(src, se.offset)
		return &ConfigError{Path: path, Line: line, Col: col, Msg: se.msg}
	}
	if len(bytes.TrimSpace(clean)) == 0 {
		// TypeScript accepts an empty tsconfig.json as {}.
		return nil
	}
	if err := json.Unmarshal(clean, v); err != nil {
		offset := 0
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			offset = int(syn.Offset) - 1 // Offset counts the offending byte
		case errors.As(err, &typ):
			offset = int(typ.Offset)
		}
		line, col := lineCol(src, offset)
		return &ConfigError{Path: path, Line: line, Col: col, Msg: err.Error()}
	}
	return nil
}

type jsoncSyntaxError struct {
	offset int
	msg    string
}

func (e *jsoncSyntaxError) Error() string { return e.msg }

// stripJSONC blanks `//` and `/* */` comments and commas that are followed
// only by whitespace/comments and a closing bracket.
func stripJSONC(src []byte) ([]byte, error) {
	out := make([]byte, len(src))
	copy(out, src)
	// A UTF-8 byte order mark is allowed at the start.
	if bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		out[0], out[1], out[2] = ' ', ' ', ' '
	}
	lastComma := -1 // offset of a comma not yet followed by a value
	for i := 0; i < len(out); i++ {
		switch c := out[i]; c {
		case '"':
			start := i
			for i++; i < len(out) && out[i] != '"'; i++ {
				if out[i] == '\\' {
					i++
				} else if out[i] == '\n' {
					return nil, &jsoncSyntaxError{start, "unterminated string"}
				}
			}
			if i >= len(out) {
				return nil, &jsoncSyntaxError{start, "unterminated string"}
			}
			lastComma = -1
		case '/':
			if i+1 < len(out) && out[i+1] == '/' {
				for ; i < len(out) && out[i] != '\n'; i++ {
					out[i] = ' '
				}
			} else if i+1 < len(out) && out[i+1] == '*' {
				start := i
				end := bytes.Index(out[i+2:], []byte("*/"))
				if end < 0 {
					return nil, &jsoncSyntaxError{start, "unterminated comment"}
				}
				end += i + 4
				for ; i < end; i++ {
					if out[i] != '\n' && out[i] != '\r' {
						out[i] = ' '
					}
				}
				i--
			}
		case ',':
			lastComma = i
		case ']', '}':
			if lastComma >= 0 {
				out[lastComma] = ' '
			}
			lastComma = -1
		case ' ', '\t', '\n', '\r':
		default:
			lastComma = -1
		}
	}
	return out, nil
}

// lineCol turns a byte offset into a 1-based line and column (in bytes).
func lineCol(src []byte, offset int) (int, int) {
	if offset > len(src) {
		offset = len(src)
	}
	if offset < 0 {
		offset = 0
	}
	line := 1 + bytes.Count(src[:offset], []byte("\n"))
	col := offset - bytes.LastIndexByte(src[:offset], '\n')
	return line, col
}

// ConfigError is a tsconfig/jsconfig that cannot be used: bad JSON, a cyclic
// or missing `extends`, a field of the wrong type. Line and Col are 1-based
// (0 when the error has no position in the file).
type ConfigError struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}
