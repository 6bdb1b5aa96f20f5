package airbnb

import (
	"path"
	"strings"
	"testing"
)

func TestIsCleanAbsIsPathClean(t *testing.T) {
	for _, p := range []string{"/", "//", "/a", "/a/", "/a/b", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", "/.", "/..",
		"/.a", "/a..", "/a/.b/c", "/...", "a", "", "./a", "/a/b/.js", "/a/b/..js"} {
		if got, want := isCleanAbs(p), strings.HasPrefix(p, "/") && path.Clean(p) == p; got != want {
			t.Errorf("isCleanAbs(%q) = %v, want %v", p, got, want)
		}
	}
}
