package fsdrules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// wordPattern splits camelCase, PascalCase, kebab-case and snake_case names into words.
var wordPattern = regexp.MustCompile(`(?:[A-Z]+|[a-z]+)[a-z]*`)

// RepetitiveNaming: fsd/repetitive-naming.
var RepetitiveNaming = &rules.Rule{
	Name:     "fsd/repetitive-naming",
	Category: rules.CategoryArchitecture,
	Summary:  "Flag a word repeated in every slice name of a layer or group",
	Doc: rules.Doc{
		Description: "When every slice of a layer (or group, with more than two slices) repeats a word — " +
			"`user-page`, `cart-page`, `home-page` on the Pages layer — the word adds nothing: the layer or group " +
			"already says it. Drop it, or make it a slice group.",
		Incorrect: []string{"src/pages/home-page, src/pages/cart-page, src/pages/profile-page"},
		Correct:   []string{"src/pages/home, src/pages/cart, src/pages/profile"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 10),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if !l.Sliced {
				continue
			}
			groups, order := slicesByGroup(realSlices(l))
			for _, g := range order {
				names := groups[g]
				if len(names) <= 2 {
					continue
				}
				path := l.Dir.Path
				if g != "" {
					path += "/" + g
				}
				for _, w := range wordsInAll(names) {
					reportPath(ctx, "fsd/repetitive-naming", path, fmt.Sprintf("Repetitive word %q in slice names.", w))
				}
			}
		}
	},
}

// wordsInAll returns the lower-cased words that occur in every name, in the
// order they first appear.
func wordsInAll(names []string) []string {
	var out []string
	first := wordPattern.FindAllString(names[0], -1)
	seen := map[string]bool{}
	for _, w := range first {
		w = strings.ToLower(w)
		if seen[w] {
			continue
		}
		seen[w] = true
		inAll := true
		for _, n := range names[1:] {
			if !containsWord(n, w) {
				inAll = false
				break
			}
		}
		if inAll {
			out = append(out, w)
		}
	}
	return out
}

func containsWord(name, word string) bool {
	for _, w := range wordPattern.FindAllString(name, -1) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}
