package tsparse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestLineTablePositions(t *testing.T) {
	cases := []struct {
		name      string
		src       string
		off       int32
		line, col int
	}{
		{"start", "abc", 0, 1, 1},
		{"LF", "a\nbc", 3, 2, 2},
		{"CRLF is one break", "a\r\nbc", 4, 2, 2},
		{"lone CR", "a\rbc", 3, 2, 2},
		{"U+2028", "a\u2028b", 4, 2, 1},
		{"emoji is two UTF-16 units", "😀x", 4, 1, 3},
		{"é is one unit", "éx", 2, 1, 2},
		{"BOM is not a column", "\uFEFFab", 4, 1, 2},
		{"BOM only on line 1", "\uFEFFa\nb", 5, 2, 1},
		{"past the end clamps", "ab", 99, 1, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			line, col := NewLineTable([]byte(tc.src)).Position(tc.off)
			if line != tc.line || col != tc.col {
				t.Errorf("Position(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
			}
		})
	}
}

func TestLineTableText(t *testing.T) {
	lt := NewLineTable([]byte("one\r\ntwo\rthree\nfour"))
	want := []string{"one", "two", "three", "four"}
	if lt.Lines() != len(want) {
		t.Fatalf("%d lines, want %d", lt.Lines(), len(want))
	}
	for i, w := range want {
		if got := string(lt.LineText(i + 1)); got != w {
			t.Errorf("line %d = %q, want %q", i+1, got, w)
		}
	}
}

// TestPositionMemoAgreesWithAFreshCount: Position counts columns on from the
// last answer when it can; in any order of questions its answers must be the
// ones a table asked nothing before gives.
func TestPositionMemoAgreesWithAFreshCount(t *testing.T) {
	srcs := []string{
		"\uFEFFconst a = 1;\nlet é = 'ü𝒳'; // x\r\nb\rc\u2028d𝒳e\n",
		strings.Repeat("abcdefgh😀ijk", 300) + "\n" + strings.Repeat("x", 50),
		"\uFEFF" + strings.Repeat("a", 20),
		"\xff\xfe invalid \xc3 bytes\n\xe2\x80",
		"",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, src := range srcs {
		shared := NewLineTable([]byte(src))
		for q := 0; q < 2000; q++ {
			off := int32(rng.IntN(len(src)+3)) - 1
			if q%3 == 0 { // runs of rising offsets, as findings come
				off = int32(min(len(src), q%(len(src)+1)+q/3%7))
			}
			gotL, gotC := shared.Position(off)
			wantL, wantC := NewLineTable([]byte(src)).Position(off)
			if gotL != wantL || gotC != wantC {
				t.Fatalf("%q at %d: got %d:%d, want %d:%d", src, off, gotL, gotC, wantL, wantC)
			}
		}
	}
}
