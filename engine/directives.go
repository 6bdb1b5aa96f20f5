package engine

import (
	"bytes"
	"strings"

	"github.com/fsdlint/fsdlint/tsparse"
)

// directiveKind is what a suppression comment does.
type directiveKind uint8

const (
	disableNextLine directiveKind = iota // the next line
	disableLine                          // the comment's own line
	disableRange                         // from here until a matching enable (or the end of the file)
	enableRange
)

// directive is one `fsdlint-…` or `eslint-…` suppression comment.
type directive struct {
	kind   directiveKind
	eslint bool     // names are ESLint rule names
	names  []string // as written; empty = every rule (every ESLint twin for eslint-…)
	start  int32    // comment range
	end    int32
	line   int // line of the comment's start
	endLn  int // line of its end
	// used records, per name (or "" for a nameless directive), whether it silenced a finding.
	used map[string]bool
}

var directiveKeywords = []struct {
	word string
	kind directiveKind
}{
	// longest first: "disable" is a prefix of the others
	{"disable-next-line", disableNextLine},
	{"disable-line", disableLine},
	{"disable", disableRange},
	{"enable", enableRange},
}

// parseDirectives finds the suppression comments of a file.
func parseDirectives(f *tsparse.File) []*directive {
	return directivesIn(f.Src, f.Comments, f.Lines())
}

// directivesIn finds the suppression comments among a file's comments.
func directivesIn(src []byte, comments []tsparse.Comment, lines *tsparse.LineTable) []*directive {
	var out []*directive
	for _, c := range comments {
		raw := src[c.Range.Start:c.Range.End]
		if !bytes.Contains(raw, []byte("lint-")) {
			continue // not "fsdlint-…" nor "eslint-…": most comments, no allocation
		}
		d := parseDirective(string(raw))
		if d == nil {
			continue
		}
		d.start, d.end = c.Range.Start, c.Range.End
		d.line = lines.Line(c.Range.Start)
		d.endLn = lines.Line(c.Range.End - 1)
		out = append(out, d)
	}
	return out
}

// parseDirective reads `fsdlint-disable-next-line a, b -- reason` out of one
// comment's text (delimiters included or not); nil when it is no directive.
func parseDirective(text string) *directive {
	text = strings.TrimPrefix(text, "//")
	if strings.HasPrefix(text, "/*") {
		text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
	}
	text = strings.TrimSpace(text)
	var d *directive
	switch {
	case strings.HasPrefix(text, "fsdlint-"):
		text = text[len("fsdlint-"):]
		d = &directive{used: map[string]bool{}}
	case strings.HasPrefix(text, "eslint-"):
		text = text[len("eslint-"):]
		d = &directive{used: map[string]bool{}, eslint: true}
	default:
		return nil
	}
	found := false
	for _, k := range directiveKeywords {
		if strings.HasPrefix(text, k.word) {
			rest := text[len(k.word):]
			if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' && rest[0] != '\r' {
				continue // e.g. "disable-linex"
			}
			d.kind, text, found = k.kind, rest, true
			break
		}
	}
	if !found {
		return nil
	}
	if i := strings.Index(text, "--"); i >= 0 {
		text = text[:i] // the reason
	}
	for _, name := range strings.Split(text, ",") {
		if name = strings.TrimSpace(name); name != "" {
			d.names = append(d.names, name)
		}
	}
	return d
}

// suppressor decides which findings of one file are silenced by its directives.
type suppressor struct {
	directives []*directive
	// eslintNames maps one of our rule names to the ESLint names it answers to.
	eslintNames func(rule string) []string
}

// covers reports which name of d (or "" for a nameless directive) applies to rule.
func (s *suppressor) covers(d *directive, rule string) (string, bool) {
	twins := s.eslintNames(rule)
	if len(d.names) == 0 {
		if d.eslint && len(twins) == 0 {
			return "", false // eslint-disable without names silences ESLint twins only
		}
		return "", true
	}
	for _, n := range d.names {
		if !d.eslint && n == rule {
			return n, true
		}
		if d.eslint {
			for _, t := range twins {
				if t == n {
					return n, true
				}
			}
		}
	}
	return "", false
}

// suppressed says whether a finding of rule at byte offset off on line is
// silenced, and marks the directive that did it as used.
func (s *suppressor) suppressed(rule string, off int32, line int) bool {
	var rangeBy *directive
	var rangeName string
	for _, d := range s.directives {
		switch d.kind {
		case disableNextLine:
			if line == d.endLn+1 {
				if n, ok := s.covers(d, rule); ok {
					d.used[n] = true
					return true
				}
			}
		case disableLine:
			if line == d.line {
				if n, ok := s.covers(d, rule); ok {
					d.used[n] = true
					return true
				}
			}
		case disableRange:
			if d.start <= off {
				if n, ok := s.covers(d, rule); ok {
					rangeBy, rangeName = d, n
				}
			}
		case enableRange:
			if d.start <= off {
				if _, ok := s.covers(d, rule); ok {
					rangeBy = nil
				}
			}
		}
	}
	if rangeBy != nil {
		rangeBy.used[rangeName] = true
		return true
	}
	return false
}

// unused lists each directive name that silenced nothing, for
// --report-unused-disable-directives. ESLint names fsdlint does not implement
// are ESLint's business and never reported; neither are nameless eslint-disable comments.
func (s *suppressor) unused(known func(eslintName string) bool) []unusedDirective {
	var out []unusedDirective
	for _, d := range s.directives {
		if d.kind == enableRange {
			continue
		}
		if len(d.names) == 0 {
			if !d.eslint && !d.used[""] {
				out = append(out, unusedDirective{d: d})
			}
			continue
		}
		for _, n := range d.names {
			if d.used[n] || (d.eslint && !known(n)) {
				continue
			}
			out = append(out, unusedDirective{d: d, name: n})
		}
	}
	return out
}

type unusedDirective struct {
	d    *directive
	name string
}

func (u unusedDirective) message() string {
	prefix := "fsdlint-"
	if u.d.eslint {
		prefix = "eslint-"
	}
	kind := [...]string{"disable-next-line", "disable-line", "disable", "enable"}[u.d.kind]
	if u.name == "" {
		return "Unused " + prefix + kind + " directive (no problems were reported)"
	}
	return "Unused " + prefix + kind + " directive (no problems were reported from '" + u.name + "')"
}
