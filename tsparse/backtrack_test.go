package tsparse

import (
	"strings"
	"testing"
)

// parseWork parses src and returns how many tokens the lexer scanned.
func parseWork(path, src string) int {
	p := &parser{}
	p.ts = strings.HasSuffix(path, ".ts") || strings.HasSuffix(path, ".tsx")
	p.jsx = !strings.HasSuffix(path, ".ts")
	p.lx.src = []byte(src)
	p.lx.str = src
	func() {
		defer func() { recover() }()
		p.next()
		for p.lx.tok != TEOF {
			p.parseStatement()
		}
	}()
	return p.lx.scanned
}

// TestNoExponentialBacktracking: nested ambiguous constructs (arrow or
// parentheses, type arguments or comparison, function type or parenthesised
// type…) cost at most a few scans per byte per nesting level (look-ahead is
// quadratic in the nesting depth), never 2^depth.
func TestNoExponentialBacktracking(t *testing.T) {
	n := 30
	r := strings.Repeat
	cases := map[string]string{
		"assign-defaults":   r("(a = ", n) + "x" + r(")", n),
		"cond-colon":        r("a ? (b) : ", n) + "c",
		"colon-parens":      r("(a ? (b): ", n) + "c" + r(")", n),
		"ts-assert":         r("<T>(", n) + "x" + r(")", n),
		"async-calls":       r("async (", n) + "x" + r(")", n),
		"generic-chain":     r("f<g<", n) + "x",
		"lt-parens":         r("a < (", n) + "b" + r(")", n),
		"paren-types":       "let x: " + r("(A | ", n) + "B" + r(")", n),
		"fn-types":          "let x: " + r("(a: (", n) + "B" + r(") => C)", n),
		"infer":             "type X = A extends " + r("infer X extends ", n) + "Y ? 1 : 2",
		"obj-params":        r("({a: ", n) + "1" + r("})", n),
		"arrays-assign":     r("[", n) + "x" + r("]", n) + " = y",
		"arrow-in-defaults": r("(a = (b) => ", n) + "x" + r(")", n),
		"colon-arrow":       r("a ? (b): c => ", n) + "d : e",
		"generic-call-args": r("f<T>(", n) + "x" + r(")", n),
		"typeargs-parens":   r("f<(", n) + "x" + r(")>", n),
		"async-arrow-nest":  r("async (a = async (", n) + "x" + r(")) => 1", n),
		"lt-gt":             r("a < b > (", n) + "c" + r(")", n),
		"colon-defaults":    r("(a = (b): ", n) + "c" + r(")", n),
		"nested-maybe":      "q ? " + r("(a = ", n) + "x" + r("): y", n) + " : z",
	}
	// unbalanced parentheses (nesting limit reached long before the end)
	unbalanced := "-" + r("(", 100000)
	if work := parseWork("a.ts", unbalanced); work > 2*maxDepth*maxArrowLookahead {
		t.Errorf("unbalanced parentheses: %d token scans for %d bytes", work, len(unbalanced))
	}
	for name, src := range cases {
		for _, path := range []string{"a.ts", "a.tsx"} {
			if work := parseWork(path, src); work > 4*n*len(src) {
				t.Errorf("%s %s: %d token scans for %d bytes", name, path, work, len(src))
			}
		}
	}
}
