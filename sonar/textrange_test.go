package sonar

import (
	"fmt"
	"testing"
)

func rangeString(tr *TextRange) string {
	if tr.StartColumn == nil {
		return fmt.Sprintf("L%d", tr.StartLine)
	}
	return fmt.Sprintf("%d:%d-%d:%d", tr.StartLine, *tr.StartColumn, *tr.EndLine, *tr.EndColumn)
}

func TestRangeOf(t *testing.T) {
	//                 0123 4 5  6    7 8 9  (bytes)
	src := []byte("ab\n\nc😀\r\nend")
	l := NewLines(src)
	cases := []struct {
		name       string
		start, end int
		want       string
	}{
		{"plain", 0, 2, "1:0-1:2"},
		{"zero width mid-line widens to the next char", 1, 1, "1:1-1:2"},
		{"zero width at line end widens to the previous char", 2, 2, "1:1-1:2"},
		{"range ending after the newline stops at the line end", 0, 3, "1:0-1:2"},
		{"empty line: whole line, no column", 3, 3, "L2"},
		{"range starting on an empty line", 3, 6, "L2"},
		{"zero width before an emoji takes both surrogates", 5, 5, "3:1-3:3"},
		{"zero width after an emoji takes both surrogates", 9, 9, "3:1-3:3"},
		{"emoji itself", 5, 9, "3:1-3:3"},
		{"multi-line", 1, 14, "1:1-4:3"},
		{"zero width at EOF (no trailing newline)", 14, 14, "4:2-4:3"},
		{"end before start is treated as empty", 2, 0, "1:1-1:2"},
		{"past EOF is clamped", 20, 30, "4:2-4:3"},
	}
	for _, c := range cases {
		if got := rangeString(l.RangeOf(c.start, c.end)); got != c.want {
			t.Errorf("%s: RangeOf(%d,%d) = %s, want %s", c.name, c.start, c.end, got, c.want)
		}
	}
}

// Every byte range of tricky files must give a location SonarQube accepts.
func TestRangeOfAlwaysAcceptedBySonarQube(t *testing.T) {
	files := map[string]string{
		"crlf.ts":     "const a = 1;\r\n\r\nlet b\t= 'é';\r\n",
		"emoji.ts":    "// 😀😀\nconst s = \"👩‍👩‍👧\";",
		"cr.ts":       "a\rb\r\rc",
		"u2028.ts":    "x\u2028y\u2029z\n",
		"bom.ts":      "\xEF\xBB\xBFimport x from 'y'\n",
		"empty.ts":    "",
		"newlines.ts": "\n\n\n",
		"invalid.ts":  "a\xffb\xc3\n\xe2\x82",
	}
	read := func(p string) ([]byte, bool) { s, ok := files[p]; return []byte(s), ok }
	for name, text := range files {
		l := NewLines([]byte(text))
		for s := 0; s <= len(text)+1; s++ {
			for e := s - 1; e <= len(text)+1; e++ {
				rep := &Report{Rules: []Rule{{ID: "r", Name: "r", EngineID: EngineID, Impacts: []Impact{{"MAINTAINABILITY", "LOW"}}}},
					Issues: []Issue{{RuleID: "r", PrimaryLocation: Location{Message: "m", FilePath: name, TextRange: l.RangeOf(s, e)}}}}
				for _, err := range Check(rep, read) {
					t.Errorf("%s [%d,%d) → %s: %v", name, s, e, rangeString(rep.Issues[0].PrimaryLocation.TextRange), err)
				}
			}
		}
	}
}
