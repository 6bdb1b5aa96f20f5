package fsdrules

import "strings"

// English plural detection for slice names, close to what Steiger gets from
// the `pluralize` package: a word is plural when pluralizing it changes
// nothing. Uncountable words count as plural there, so they do here.

var uncountableWords = setOf(
	"advice", "aircraft", "analytics", "audio", "cash", "chess", "clothing", "commerce", "data", "debris",
	"equipment", "firmware", "fish", "fun", "garbage", "hardware", "health", "homework",
	"information", "jeans", "justice", "mail", "media", "music", "news", "personnel", "police",
	"research", "rice", "series", "sheep", "software", "species", "staff", "traffic", "transportation",
	"wealth", "welfare", "wildlife",
)

var irregularPlurals = setOf(
	"people", "men", "women", "children", "oxen", "teeth", "feet", "geese", "mice", "lice", "dice",
	"criteria", "phenomena", "indices", "matrices", "vertices", "appendices", "cacti", "fungi", "radii",
	"alumni", "syllabi", "viri", "stimuli", "foci", "curricula", "memoranda", "quora", "agenda",
)

var irregularSingulars = setOf(
	"person", "man", "woman", "child", "ox", "tooth", "foot", "goose", "mouse", "louse", "die",
	"criterion", "phenomenon", "index", "matrix", "vertex", "appendix", "cactus", "fungus", "radius",
	"alumnus", "syllabus", "virus", "stimulus", "focus", "curriculum", "memorandum", "quorum",
)

// isPlural says whether a (single, English) word is plural.
func isPlural(word string) bool {
	w := strings.ToLower(word)
	switch {
	case uncountableWords[w], irregularPlurals[w]:
		return true
	case irregularSingulars[w]:
		return false
	case strings.HasSuffix(w, "ous"), strings.HasSuffix(w, "ese"), strings.HasSuffix(w, "deer"),
		strings.HasSuffix(w, "emus"), strings.HasSuffix(w, "enus"): // menus, emus
		return true // uncountable patterns (various, chinese, deer)
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "alias"), strings.HasSuffix(w, "gas"), strings.HasSuffix(w, "tlas"), strings.HasSuffix(w, "tmas"):
		return false // class, status, analysis, alias, atlas: pluralizing adds "es"
	case strings.HasSuffix(w, "s"):
		return true
	}
	return false
}
