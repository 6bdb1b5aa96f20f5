package tsparse

import "testing"

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
