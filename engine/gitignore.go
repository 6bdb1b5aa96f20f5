package engine

import (
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// gitignore is one .gitignore file's patterns, relative to the folder it is in.
type gitignore struct {
	dir      string // absolute, slash-separated folder holding the file
	patterns []ignorePattern
}

type ignorePattern struct {
	glob     string
	negate   bool // "!pattern" re-includes
	dirOnly  bool // "pattern/" matches folders only
	anchored bool // a "/" at the start or in the middle: relative to dir, else any depth
}

// parseGitignore reads .gitignore syntax: comments, blank lines, `\` escapes
// for a leading `#`/`!` and trailing spaces, `!` negation, trailing `/`, `**`.
func parseGitignore(dir string, src []byte) *gitignore {
	g := &gitignore{dir: dir}
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSuffix(line, "\r")
		line = trimUnescapedTrailingSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var p ignorePattern
		if strings.HasPrefix(line, "!") {
			p.negate = true
			line = line[1:]
		} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			p.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if strings.Contains(line, "/") {
			p.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		if line == "" || !doublestar.ValidatePattern(line) {
			continue
		}
		p.glob = line
		g.patterns = append(g.patterns, p)
	}
	return g
}

func trimUnescapedTrailingSpace(s string) string {
	for strings.HasSuffix(s, " ") && !strings.HasSuffix(s, `\ `) {
		s = s[:len(s)-1]
	}
	return strings.ReplaceAll(s, `\ `, " ")
}

// match says whether the file says anything about rel (the path relative to
// g.dir): ignored, re-included, or (decided=false) nothing. The last matching
// pattern decides, as in git.
func (g *gitignore) match(rel, name string, isDir bool) (ignored, decided bool) {
	for i := len(g.patterns) - 1; i >= 0; i-- {
		p := g.patterns[i]
		if p.dirOnly && !isDir {
			continue
		}
		subject := name
		if p.anchored {
			subject = rel
		}
		if ok, _ := doublestar.Match(p.glob, subject); ok {
			return !p.negate, true
		}
	}
	return false, false
}

// ignoreStack is the .gitignore files that apply in one folder, outermost first.
type ignoreStack []*gitignore

// ignored asks the innermost file first: a deeper .gitignore overrides a shallower one.
func (s ignoreStack) ignored(path, name string, isDir bool) bool {
	for i := len(s) - 1; i >= 0; i-- {
		g := s[i]
		rel := strings.TrimPrefix(path, strings.TrimSuffix(g.dir, "/")+"/")
		if ign, decided := g.match(rel, name, isDir); decided {
			return ign
		}
	}
	return false
}
