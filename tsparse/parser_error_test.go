package tsparse

import (
	"errors"
	"strings"
	"testing"
)

// TestParseErrors checks the message and position of the first syntax error.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		path, src string
		pos       int32
		msg       string
	}{
		{"a.ts", `"abc`, 0, "Unterminated string literal"},
		{"a.ts", "'abc\nx'", 0, "Unterminated string literal"},
		{"a.ts", "`abc${x}", 7, "Unterminated template literal"},
		{"a.ts", "`abc", 0, "Unterminated template literal"},
		{"a.ts", "/* abc", 0, "Unterminated comment"},
		{"a.ts", "x = /abc", 4, "Unterminated regular expression"},
		{"a.ts", "x = /abc/q", 9, "Invalid regular expression flag 'q'"},
		{"a.jsx", "<div>abc", 8, "Unterminated JSX contents"},
		{"a.jsx", `<div a="b>`, 7, "Unterminated string literal"},
		{"a.jsx", "<a></b>", 5, "Expected closing tag </a> but found </b>"},
		{"a.jsx", "<div>a > b</div>", 7, "Unexpected '>' in JSX text; write {'>'} or &gt;"},
		{"a.ts", "a b", 2, "Expected ';' but found 'b'"},
		{"a.ts", "a /* x */ b", 10, "Expected ';' but found 'b'"},
		{"a.ts", "if (a) { b }}", 12, "Unexpected '}'"},
		{"a.ts", "let x = ;", 8, "Unexpected ';'"},
		{"a.ts", "x = 1 +", 7, "Unexpected end of file"},
		{"a.ts", "{", 1, "Expected '}' but found end of file"},
		{"a.ts", "1a", 1, "An identifier or keyword cannot immediately follow a numeric literal"},
		{"a.ts", "0x", 0, "Expected digits after 0x"},
		{"a.ts", "a = 1_", 5, "Invalid numeric separator"},
		{"a.ts", "a ? b", 5, "Expected ':' but found end of file"},
		{"a.ts", "let x: = 1", 7, "Expected a type but found '='"},
		{"a.ts", "import {a from \"x\"", 10, "Expected '}' but found 'from'"},
		{"a.ts", "x = a ¤ b", 6, "Unexpected character '¤'"},
		{"a.ts", "a?.b = 1", 0, "Invalid assignment target"},
		{"a.ts", "class { }", 5, "A class declaration needs a name"},
		{"a.ts", "return\n=> x", 7, "Unexpected '=>'"},
		{"a.ts", "async\n() => {}", 9, "Expected ';' but found '=>'"},
		{"a.js", "interface A {}", 0, "'interface' declarations are only allowed in TypeScript files"},
		{"a.js", "type A = 1", 0, "'type' declarations are only allowed in TypeScript files"},
		{"a.js", "enum E {}", 0, "'enum' declarations are only allowed in TypeScript files"},
		{"a.js", "export = 1", 0, "'export =' is only allowed in TypeScript files"},
		{"a.js", "let x: number = 1", 5, "Expected ';' but found ':'"},
		{"a.js", "class A { private x = 1 }", 18, "Expected ';' but found 'x'"},
		{"a.js", "class A { x? = 1 }", 11, "Expected ';' but found '?'"},
		{"a.js", "function f<T>() {}", 10, "Expected '(' but found '<'"},
		{"a.js", "x = y as T", 6, "Expected ';' but found 'as'"},
		{"a.ts", "<div></div>", 6, "Expected a type but found '/'"},
		{"a.ts", "let s = '\\x4'", 9, "Invalid hexadecimal escape sequence"},
		{"a.ts", "type K<T> = { [K in keyof ]: T }", 26, "Expected a type but found ']'"},
		{"a.ts", "type X = keyof;", 14, "Expected a type but found ';'"},
		{"a.ts", "const f = <>(x: number) => x", 11, "Expected a type but found '>'"},
		{"a.ts", "type T = A extends { p: infer&R } ? 1 : 2", 29, "Expected identifier but found '&'"},
		{"a.js", "export const mode = 0755;", 20, "Legacy octal literals are not allowed in modules (write 0o755)"},
		{"a.mjs", "x = 09;", 4, "Legacy octal literals are not allowed in modules (write 0o755)"},
		{"a.js", "x = -2 ** 2", 4, "A unary expression on the left of '**' needs parentheses"},
		{"a.js", "x = a * typeof b ** 2", 8, "A unary expression on the left of '**' needs parentheses"},
		{"a.js", "export {};\nawait = 2;", 17, "'await' needs an operand in a module"},
		{"a.mjs", "await = 2;", 6, "'await' needs an operand in a module"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.path, []byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s %q: want error %q at %d, got %v", tt.path, tt.src, tt.msg, tt.pos, err)
			continue
		}
		if se.Pos != tt.pos || se.Message != tt.msg {
			t.Errorf("%s %q: got %d %q, want %d %q", tt.path, tt.src, se.Pos, se.Message, tt.pos, tt.msg)
		}
	}
}

// TestDeepNesting: 10,000 nested parentheses, arrays, objects, blocks, types
// or JSX give "too deeply nested", never a stack overflow.
func TestDeepNesting(t *testing.T) {
	const n = 10000
	tests := []struct{ path, src string }{
		{"a.ts", strings.Repeat("(", n) + "x" + strings.Repeat(")", n)},
		{"a.ts", strings.Repeat("[", n) + strings.Repeat("]", n)},
		{"a.ts", "x = " + strings.Repeat("{a:", n) + "1" + strings.Repeat("}", n)},
		{"a.ts", strings.Repeat("{", n) + strings.Repeat("}", n)},
		{"a.ts", "let x: " + strings.Repeat("Array<", n) + "T" + strings.Repeat(">", n)},
		{"a.ts", "let x: " + strings.Repeat("(", n) + "T" + strings.Repeat(")", n)},
		{"a.ts", strings.Repeat("-", n) + "x"},
		{"a.ts", strings.Repeat("a = ", n) + "x"},
		{"a.ts", strings.Repeat("if (a) ", n) + "x"},
		{"a.ts", strings.Repeat("a ? ", n) + "x" + strings.Repeat(" : y", n)},
		{"a.ts", strings.Repeat("() => ", n) + "x"},
		{"a.ts", strings.Repeat("f(", n) + strings.Repeat(")", n)},
		{"a.ts", "x = " + strings.Repeat("`${", n) + strings.Repeat("}`", n)},
		{"a.jsx", strings.Repeat("<a>", n) + strings.Repeat("</a>", n)},
		{"a.ts", strings.Repeat("(", n)},
		{"a.ts", strings.Repeat("a<", n)},
	}
	for _, tt := range tests {
		_, err := Parse(tt.path, []byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%.20q…: want a syntax error, got %v", tt.src, err)
			continue
		}
		if se.Message != "too deeply nested" {
			t.Errorf("%.20q…: got %q", tt.src, se.Message)
		}
	}
}
