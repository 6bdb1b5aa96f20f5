package tsparse

import (
	"fmt"
	"strings"
	"testing"
)

// lexAll scans src in the ordinary context and prints "kind@start:end" per
// token, with a leading "\n" mark when a line terminator came before it.
func lexAll(src string) string {
	l := &lexer{src: []byte(src), str: src, legacyOctal: -1}
	var out []string
	for {
		l.next()
		if l.tok == TEOF {
			return strings.Join(out, " ")
		}
		nl := ""
		if l.nl {
			nl = "\\n"
		}
		out = append(out, fmt.Sprintf("%s%s@%d:%d", nl, l.text(), l.start, l.pos))
	}
}

func TestLexerTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a>>=b", "a@0:1 >@1:2 >@2:3 =@3:4 b@4:5"}, // `>` is always alone; the parser joins
		{"a?.b?.5:c", "a@0:1 ?.@1:3 b@3:4 ?@4:5 .5@5:7 :@7:8 c@8:9"},
		{"x /= 1 ** 2", "x@0:1 /=@2:4 1@5:6 **@7:9 2@10:11"},
		{"1_000 0x1F 0o7 0b1 1n .5e-3 08 017", "1_000@0:5 0x1F@6:10 0o7@11:14 0b1@15:18 1n@19:21 .5e-3@22:27 08@28:30 017@31:34"},
		{"a\r\nb\u2028c /* \n */ d", "a@0:1 \\nb@3:4 \\nc@7:8 \\nd@17:18"},
		{"\\u0061b #p ü", "\\u0061b@0:7 #p@8:10 ü@11:13"},
		{"`a${", "`a${@0:4"},
		{"'a\\'b' \"c\"", "'a\\'b'@0:6 \"c\"@7:10"},
	}
	for _, tt := range tests {
		if got := lexAll(tt.src); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestLexerValues(t *testing.T) {
	l := &lexer{src: []byte(`'\x41\u{1F600}\uD83D\uDE00\n\101' \u0069f`), legacyOctal: -1}
	l.str = string(l.src)
	l.next()
	if l.tok != TString || l.value != "A😀😀\nA" {
		t.Errorf("string value %q", l.value)
	}
	l.next()
	if l.tok != TIdent || l.value != "if" || !l.escaped {
		t.Errorf("escaped keyword: tok %v value %q escaped %v", l.tok, l.value, l.escaped)
	}
}
