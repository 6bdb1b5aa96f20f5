package hostile

import (
	"strings"
	"testing"
)

// contentCase is one hostile file and the finding it must get.
type contentCase struct {
	name, src string
	rule      string
	line, col int    // 0: not checked (the position is esbuild's or arbitrary)
	message   string // a part of the message
}

func deep(opener, closer string, n int) string {
	return strings.Repeat(opener, n) + "1" + strings.Repeat(closer, n)
}

// binaryBytes is every byte value in a fixed order, NUL first.
func binaryBytes() string {
	b := make([]byte, 0, 4096)
	for i := 0; i < 4096; i++ {
		b = append(b, byte(i*131+7*(i/256)))
	}
	b[0] = 0
	return string(b)
}

var contentCases = []contentCase{
	{name: "binary.ts", src: binaryBytes(), rule: "parse-error", line: 1, col: 1},
	{name: "bad-utf8-ident.ts", src: "export const \xff = 1;\n", rule: "parse-error", line: 1, col: 14, message: `"\xff"`},
	// Invalid UTF-8 inside a string literal is just bytes: the file is linted.
	{name: "bad-utf8-string.ts", src: "export const s = \"\xff\xfe\"; export const t = 1 == 2;\n", rule: "eqeqeq", line: 1, col: 43},
	{name: "bom.ts", src: "\ufeffexport const x = 1 == 2;\n", rule: "eqeqeq", line: 1},
	{name: "crlf.ts", src: "const a = 1;\r\nexport const b = a == 2;\r\n", rule: "eqeqeq", line: 2, col: 20},
	{name: "lone-cr.ts", src: "const a = 1;\rexport const b = a == 2;\r", rule: "eqeqeq", line: 2, col: 20},
	{name: "unterminated-string.ts", src: `export const s = "abc`, rule: "parse-error", line: 1, col: 22, message: "Unterminated string"},
	{name: "unterminated-template.ts", src: "export const s = `abc ${", rule: "parse-error", line: 1, col: 25},
	{name: "unterminated-template-text.ts", src: "export const s = `abc", rule: "parse-error", line: 1},
	{name: "unterminated-comment.ts", src: "export const s = 1; /* abc", rule: "parse-error", line: 1, col: 27, message: "*/"},
	{name: "unterminated-regex.ts", src: "export const s = /abc", rule: "parse-error", line: 1, col: 22, message: "regular expression"},
	{name: "unterminated-jsx.tsx", src: "export const s = <div>abc", rule: "parse-error", line: 1, col: 26, message: "div"},
	{name: "unterminated-jsx-attr.tsx", src: `export const s = <div title="abc`, rule: "parse-error", line: 1},
	// Past the parser's nesting limit: one positioned parse error, fast.
	{name: "deep-parens.ts", src: "export const d = " + deep("(", ")", 100000) + ";\n", rule: "parse-error", line: 1, message: "too deeply nested"},
	{name: "deep-arrays.ts", src: "export const d = " + deep("[", "]", 100000) + ";\n", rule: "parse-error", line: 1, message: "too deeply nested"},
	{name: "deep-blocks.ts", src: deep("{", "}", 100000) + "\n", rule: "parse-error", line: 1, message: "too deeply nested"},
	{name: "deep-jsx.tsx", src: "export const d = " + deep("<a>", "</a>", 100000) + ";\n", rule: "parse-error", line: 1, message: "too deeply nested"},
	{name: "deep-types.ts", src: "export type T = " + strings.Repeat("Array<", 100000) + "string" + strings.Repeat(">", 100000) + ";\n", rule: "parse-error", line: 1, message: "too deeply nested"},
	// 1 MB on one line, a finding at its very end.
	{name: "long-line.ts", src: "export const l = [" + strings.Repeat("1,", 500000) + "]; export const m = 1 == 2;\n", rule: "eqeqeq", line: 1, col: 1000041},
}

func TestHostileContent(t *testing.T) {
	for _, c := range contentCases {
		t.Run(c.name, func(t *testing.T) {
			dir := tree(t, map[string]string{c.name: c.src})
			o := check(t, dir)
			if o.code != 1 {
				t.Fatalf("exit code %d, want 1 (error findings); stderr: %s", o.code, o.stderr)
			}
			o.wantSibling(t, "")
			f := o.wantOne(t, c.rule, c.name)
			if c.line != 0 && f.Line != c.line {
				t.Errorf("%s at line %d, want %d (%s)", c.rule, f.Line, c.line, f.Message)
			}
			if c.col != 0 && f.Column != c.col {
				t.Errorf("%s at column %d, want %d (%s)", c.rule, f.Column, c.col, f.Message)
			}
			if !strings.Contains(f.Message, c.message) {
				t.Errorf("message %q does not mention %q", f.Message, c.message)
			}
		})
	}
}

// TestHostileAllTogether puts every hostile file in one tree: each still gets
// its own finding, and the sibling too.
func TestHostileAllTogether(t *testing.T) {
	files := map[string]string{}
	for _, c := range contentCases {
		files[c.name] = c.src
	}
	dir := tree(t, files)
	for _, jobs := range []string{"1", "4"} {
		o := check(t, dir, "-j", jobs)
		if o.code != 1 {
			t.Fatalf("-j %s: exit code %d, want 1; stderr: %s", jobs, o.code, o.stderr)
		}
		o.wantSibling(t, "")
		for _, c := range contentCases {
			o.wantOne(t, c.rule, c.name)
		}
	}
}

// TestHostileHugeFile lints a 20 MB generated file to its last line.
func TestHostileHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB file: skipped with -short")
	}
	const line = "export function f(a: number, b: string): string { const x = a + 1; return b.repeat(x > 3 ? 1 : 2); }\n"
	n := 20<<20/len(line) + 1
	src := strings.Repeat(line, n) + "export const last = 1 == 2;\n"
	dir := tree(t, map[string]string{"huge.ts": src})
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	f := o.wantOne(t, "eqeqeq", "huge.ts")
	if f.Line != n+1 || f.Column != 23 {
		t.Errorf("eqeqeq at %d:%d, want %d:23", f.Line, f.Column, n+1)
	}
}
