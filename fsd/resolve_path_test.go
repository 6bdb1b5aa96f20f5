package fsd

import (
	"path"
	"testing"
)

// joinPath's fast way must give what path.Clean gives.
func TestJoinPathMatchesPathClean(t *testing.T) {
	dirs := []string{"/", "/a", "/a/b", "/a/b/c"}
	rels := []string{"x", "./x", "../x", "../../x", "../../../../x", "./../x", "x/y", "x/./y", "x/../y", "x/", "./x/", ".", "..", "./", "../", "x//y", "x/..", "x/.", "..x", ".x", "./.x", "x..", "x.ts", "../x.d.ts"}
	for _, d := range dirs {
		for _, r := range rels {
			if got, want := joinPath(d, r), path.Clean(d+"/"+r); got != want {
				t.Errorf("joinPath(%q, %q) = %q, want %q", d, r, got, want)
			}
		}
	}
	if got := joinPath("/a", "/b/../c"); got != "/c" {
		t.Errorf("absolute: %q", got)
	}
}
