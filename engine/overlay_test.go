package engine

import (
	"path/filepath"
	"testing"
)

func TestOverlayReplacesAddsAndRemovesFiles(t *testing.T) {
	root := writeTree(t, map[string]string{
		"src/edited.ts":                 "a === b\n", // the overlay gives it a violation
		"src/deleted.ts":                "a == b\n",  // the overlay deletes it
		"src/kept.ts":                   "x == y\n",  // untouched
		"src/node_modules/dep/index.ts": "",          // never checked, even when the overlay adds to it
	})
	slash := filepath.ToSlash(root)
	res := check(t, root, "", func(o *Options) {
		o.Overlay = map[string][]byte{
			slash + "/src/edited.ts":                 []byte("\n\na == b\n"),
			slash + "/src/deleted.ts":                nil,
			slash + "/src/added.ts":                  []byte("c == d\n"),
			slash + "/src/node_modules/dep/extra.ts": []byte("e == f\n"),
		}
	})
	want := "src/added.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='\n" +
		"src/edited.ts:3:3 error eqeqeq: Expected '===' and instead saw '=='\n" +
		"src/kept.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='\n"
	if got := lines(res); got != want {
		t.Fatalf("findings:\n%s\nwant:\n%s", got, want)
	}
	if res.FilesChecked != 3 {
		t.Fatalf("FilesChecked = %d, want 3 (added, edited, kept)", res.FilesChecked)
	}
	if got := string(res.Sources["src/edited.ts"]); got != "\n\na == b\n" {
		t.Fatalf("Sources holds %q, want the overlay's contents", got)
	}
}

func TestFocusLimitsFileRules(t *testing.T) {
	root := writeTree(t, map[string]string{"a.ts": "a == b\n", "b.ts": "c == d\n"})
	slash := filepath.ToSlash(root)
	res := check(t, root, `{"rules": {"test/project": "warn"}}`, func(o *Options) {
		o.Focus = map[string]bool{slash + "/b.ts": true}
	})
	// the file rules ran on b.ts only, and only b.ts's findings are kept
	want := "b.ts:1:1 warn test/project: seen in pass 2\n" +
		"b.ts:1:3 error eqeqeq: Expected '===' and instead saw '=='\n"
	if got := lines(res); got != want {
		t.Fatalf("findings:\n%s\nwant:\n%s", got, want)
	}
}
