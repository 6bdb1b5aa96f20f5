package sonar

import "testing"

func TestLinesFollowSonarQubeLineModel(t *testing.T) {
	// Lines: "a\té" | "" | "x😀y" (CRLF before) | "p\u2028q" (lone CR before; U+2028 is
	// not a break for Sonar) | "" (the trailing \n opens an empty last line).
	src := []byte("\xEF\xBB\xBFa\té\n\r\nx😀y\rp\u2028q\n")
	l := NewLines(src)
	wantLens := []int{3, 0, 4, 3, 0}
	if l.Count() != len(wantLens) {
		t.Fatalf("Count = %d, want %d", l.Count(), len(wantLens))
	}
	for i, want := range wantLens {
		if got := l.Len(i + 1); got != want {
			t.Errorf("Len(%d) = %d, want %d", i+1, got, want)
		}
	}
	cases := []struct {
		off, line, col int
	}{
		{0, 1, 0},  // inside the BOM: start of line 1 (the scanner drops the BOM)
		{3, 1, 0},  // "a"
		{5, 1, 2},  // "é" after a tab (one unit)
		{7, 1, 3},  // the \n: end of line 1
		{6, 1, 2},  // middle of "é": back to its start
		{8, 2, 0},  // the empty CRLF line
		{9, 2, 0},  // between \r and \n: end of line 2
		{10, 3, 0}, // "x"
		{11, 3, 1}, // the emoji
		{15, 3, 3}, // "y": the emoji took two UTF-16 units
		{17, 4, 0}, // after the lone \r
		{18, 4, 1}, // U+2028 stays inside line 4
		{21, 4, 2}, // "q"
		{23, 5, 0}, // EOF: the empty last line
		{99, 5, 0}, // past EOF: clamped
		{-4, 1, 0}, // negative: clamped
	}
	for _, c := range cases {
		line, col := l.Pos(c.off)
		if line != c.line || col != c.col {
			t.Errorf("Pos(%d) = %d:%d, want %d:%d", c.off, line, col, c.line, c.col)
		}
	}
}

func TestLinesWithoutTrailingNewline(t *testing.T) {
	l := NewLines([]byte("one\ntwo"))
	if l.Count() != 2 || l.Len(2) != 3 {
		t.Fatalf("Count=%d Len(2)=%d, want 2 and 3", l.Count(), l.Len(2))
	}
	if line, col := l.Pos(7); line != 2 || col != 3 {
		t.Errorf("Pos(EOF) = %d:%d, want 2:3", line, col)
	}
	if NewLines(nil).Count() != 1 {
		t.Errorf("an empty file has one (empty) line for SonarQube")
	}
}
