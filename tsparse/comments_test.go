package tsparse

import (
	"fmt"
	"strings"
	"testing"
)

// TestComments: every comment once, in source order, even where the parser
// looked ahead or backtracked over it.
func TestComments(t *testing.T) {
	tests := []struct{ path, src, want string }{
		{"a.ts", "// a\n/* b */ x /* c\n */", "0:4 line, 5:12 block, 15:23 block"},
		{"a.ts", "(/* p */ a) + ((/* q */ b) => 1)", "1:8 block, 16:23 block"},
		{"a.ts", "f</* t */ T>(x); a < /* u */ b", "2:9 block, 21:28 block"},
		{"a.tsx", "<div /* a */ b={/* c */ 1}>// text, not a comment</div>", "5:12 block, 16:23 block"},
		{"a.ts", "#!/bin/node\n/// <reference path=\"x\" />\nx", "12:38 line"},
	}
	for _, tt := range tests {
		f, err := Parse(tt.path, []byte(tt.src))
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		var got []string
		for _, c := range f.Comments {
			kind := "line"
			if c.Block {
				kind = "block"
			}
			got = append(got, fmt.Sprintf("%d:%d %s", c.Range.Start, c.Range.End, kind))
		}
		if strings.Join(got, ", ") != tt.want {
			t.Errorf("%q: got %s, want %s", tt.src, strings.Join(got, ", "), tt.want)
		}
	}
}
