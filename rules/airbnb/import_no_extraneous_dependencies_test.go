package airbnb

import (
	"strings"
	"testing"

	"github.com/bmatcuk/doublestar/v4"
)

// allowedByEveryGlob is allowedBy without the literal prefilter.
func allowedByEveryGlob(list []any, file, root string) bool {
	rel := strings.TrimPrefix(file, root+"/")
	for _, g := range list {
		glob, _ := g.(string)
		if ok, _ := doublestar.Match(glob, rel); ok {
			return true
		}
		if ok, _ := doublestar.Match(strings.TrimPrefix(glob, "/"), strings.TrimPrefix(file, "/")); ok && strings.HasPrefix(glob, "**/") {
			return true
		}
	}
	return false
}

func TestAllowedByPrefilterKeepsMatches(t *testing.T) {
	globs := append(append([]any{}, airbnbDevDependencyGlobs...), "src/{a,b}/*.ts", "x\\*y", "[ab]/c", "}{", "**", "*", "", 42,
		"*.{ts,tsx}", "src/**/{x,y}.ts", "a,b", "{,x}y", "x{a,*}", "**/{a/b,c}.js", "foo**bar", "{a,{b,c}}", "{}x", "x{}")
	files := []string{"test/a.ts", "tests/x/y.js", "spec/s.ts", "src/__tests__/a.tsx", "__mocks__/m.ts",
		"test.js", "test.tsx", "test-a.ts", "src/test-a.ts", "src/a.test.ts", "src/a_spec.jsx", "src/a.spec.mjs",
		"jest.config.js", "a/jest.config.ts", "webpack.config.prod.js", "Gruntfile", "a/Gruntfile.js",
		"a/.eslintrc.js", "src/a/x.ts", "src/b/y/z.ts", "x*y", "a/c", "}{", "src/pages/home/ui/Home.tsx", "é/test.js",
		"src/b/x.ts", "src/q/r/y.ts", "a,b", "y", "xy", "xa", "xzz", "a/b.js", "q/c.js", "fooXbar", "foo/bar", "a", "b", "x", "c"}
	for _, root := range []string{"/p", "/q"} {
		for _, f := range files {
			file := "/p/" + f
			if got, want := allowedBy(globs, file, root), allowedByEveryGlob(globs, file, root); got != want {
				t.Errorf("allowedBy(%q, root %q) = %v, want %v", file, root, got, want)
			}
			for _, g := range globs {
				one := []any{g}
				if got, want := allowedBy(one, file, root), allowedByEveryGlob(one, file, root); got != want {
					t.Errorf("glob %v on %q (root %q) = %v, want %v", g, file, root, got, want)
				}
			}
		}
	}
}
