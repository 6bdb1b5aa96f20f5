package airbnb

import (
	"path"
	"strings"
	"unicode"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type jsxPascalCaseOptions struct {
	AllowAllCaps           bool     `json:"allowAllCaps"`
	AllowLeadingUnderscore bool     `json:"allowLeadingUnderscore"`
	AllowNamespace         bool     `json:"allowNamespace"`
	Ignore                 []string `json:"ignore"`
}

var reactJSXPascalCase = &rules.Rule{
	Name:            "react/jsx-pascal-case",
	ESLintNames:     []string{"react/jsx-pascal-case"},
	Category:        rules.CategoryReact,
	Summary:         "Require PascalCase for user-defined JSX components",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "A JSX tag that is not a DOM tag (does not start with a lower-case letter) must be PascalCase; " +
			"with Airbnb's `allowAllCaps`, SCREAMING_SNAKE_CASE is allowed too. Each part of `A.B` and `a:b` is " +
			"checked; one-letter names pass.",
		Incorrect: []string{"<Foo_bar />", "<FOO_bar />"},
		Correct:   []string{"<FooBar />", "<FOO_BAR />", "<div />"},
		Options:   `{"allowAllCaps": true, "ignore": []} (Airbnb); also allowLeadingUnderscore, allowNamespace.`,
	},
	Options: objectOptions(jsxPascalCaseOptions{AllowAllCaps: true, Ignore: []string{}}),
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(jsxPascalCaseOptions)
		if !ok {
			o = jsxPascalCaseOptions{AllowAllCaps: true}
		}
		tsparse.Each(c.File, func(op *tsparse.JSXOpening) {
			if isDOMComponent(op) {
				return
			}
			name := elementType(op.Name)
			parts := []string{name}
			if strings.Contains(name, ":") {
				parts = strings.Split(name, ":")
			} else if strings.Contains(name, ".") {
				parts = strings.Split(name, ".")
			}
			for i, part := range parts {
				if i > 0 && o.AllowNamespace {
					break
				}
				if len([]rune(part)) == 1 {
					return
				}
				check := part
				if o.AllowLeadingUnderscore && strings.HasPrefix(part, "_") {
					check = part[1:]
				}
				if isPascalCase(check) || o.AllowAllCaps && isAllCaps(check) || ignoredName(o.Ignore, part) {
					continue
				}
				msg := "Imported JSX component " + part + " must be in PascalCase"
				if o.AllowAllCaps {
					msg += " or SCREAMING_SNAKE_CASE"
				}
				c.ReportRange(op.Range, msg)
				break
			}
		})
	},
}

func isUpperChar(r rune) bool { return unicode.ToUpper(r) == r && unicode.ToLower(r) != r }
func isLowerChar(r rune) bool { return unicode.ToLower(r) == r && unicode.ToUpper(r) != r }
func isDigitChar(r rune) bool { return r >= '0' && r <= '9' }

func isPascalCase(name string) bool {
	rs := []rune(name)
	if len(rs) == 0 || !isUpperChar(rs[0]) {
		return false
	}
	hasLowerOrDigit := false
	for _, r := range rs[1:] {
		if unicode.ToLower(r) == unicode.ToUpper(r) && !isDigitChar(r) {
			return false
		}
		if isLowerChar(r) || isDigitChar(r) {
			hasLowerOrDigit = true
		}
	}
	return hasLowerOrDigit
}

func isAllCaps(name string) bool {
	rs := []rune(name)
	if len(rs) == 0 || !(isUpperChar(rs[0]) || isDigitChar(rs[0])) {
		return false
	}
	for _, r := range rs[1 : len(rs)-1] {
		if !(isUpperChar(r) || isDigitChar(r) || r == '_') {
			return false
		}
	}
	last := rs[len(rs)-1]
	return isUpperChar(last) || isDigitChar(last)
}

func ignoredName(ignore []string, name string) bool {
	for _, g := range ignore {
		if ok, _ := path.Match(g, name); ok || g == name {
			return true
		}
	}
	return false
}
