package engine

import "testing"

func TestGitignoreMatching(t *testing.T) {
	g := parseGitignore("/r", []byte(`# comment
*.log
!keep.log
/root-only.ts
build/
docs/**/draft.md
a/**/z
**/tmp
\#literal
trailing\ 
`))
	cases := []struct {
		path  string
		isDir bool
		want  bool
	}{
		{"/r/x.log", false, true},
		{"/r/deep/x.log", false, true},
		{"/r/deep/keep.log", false, false},
		{"/r/root-only.ts", false, true},
		{"/r/sub/root-only.ts", false, false},
		{"/r/build", true, true},
		{"/r/build", false, false}, // dir-only pattern, a file named build
		{"/r/sub/build", true, true},
		{"/r/docs/a/b/draft.md", false, true},
		{"/r/docs/draft.md", false, true},
		{"/r/other/docs/draft.md", false, false},
		{"/r/a/z", false, true},
		{"/r/a/b/c/z", false, true},
		{"/r/x/tmp", true, true},
		{"/r/#literal", false, true},
		{"/r/trailing ", false, true},
		{"/r/fine.ts", false, false},
	}
	stack := ignoreStack{g}
	for _, c := range cases {
		name := c.path[len(c.path)-len(baseName(c.path)):]
		if got := stack.ignored(c.path, name, c.isDir); got != c.want {
			t.Errorf("%s (dir=%v): ignored=%v, want %v", c.path, c.isDir, got, c.want)
		}
	}
}

func TestDeeperGitignoreOverrides(t *testing.T) {
	outer := parseGitignore("/r", []byte("*.gen.ts\n"))
	inner := parseGitignore("/r/pkg", []byte("!*.gen.ts\n"))
	stack := ignoreStack{outer, inner}
	if stack.ignored("/r/pkg/a.gen.ts", "a.gen.ts", false) {
		t.Error("the deeper .gitignore's negation should re-include the file")
	}
	if !(ignoreStack{outer}).ignored("/r/a.gen.ts", "a.gen.ts", false) {
		t.Error("outer pattern should ignore")
	}
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}
