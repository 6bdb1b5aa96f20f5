package fsdrules

import (
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// neutralWords are slice names that read as neither singular nor plural.
var neutralWords = setOf("k8s", "kubernetes", "media")

// InconsistentNaming: fsd/inconsistent-naming.
var InconsistentNaming = &rules.Rule{
	Name:     "fsd/inconsistent-naming",
	Category: rules.CategoryArchitecture,
	Summary:  "Require entity slice names to be all singular or all plural",
	Doc: rules.Doc{
		Description: "Entities name business objects. When some are singular (`user`) and others plural " +
			"(`posts`), every import makes the reader guess. Within each group of the Entities layer, names " +
			"should agree; the majority wins, a tie prefers plural. Neutral words (k8s, kubernetes, media) " +
			"are ignored. Names are read as single English words.",
		Incorrect: []string{"src/entities/user, src/entities/posts, src/entities/comments"},
		Correct:   []string{"src/entities/users, src/entities/posts, src/entities/comments"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 10),
	Project: func(ctx *rules.ProjectContext) {
		for _, r := range ctx.Model.Roots() {
			l := r.Layer(fsd.LayerEntities)
			if l == nil {
				continue
			}
			groups, order := slicesByGroup(realSlices(l))
			for _, g := range order {
				plural, singular := 0, 0
				for _, name := range groups[g] {
					switch {
					case neutralWords[lower(name)]:
					case isPlural(name):
						plural++
					default:
						singular++
					}
				}
				if plural == 0 || singular == 0 {
					continue
				}
				path := l.Dir.Path
				if g != "" {
					path += "/" + g
				}
				msg := "Inconsistent pluralization of slice names. Prefer all plural names"
				if plural < singular {
					msg = "Inconsistent pluralization of slice names. Prefer all singular names"
				}
				reportPath(ctx, "fsd/inconsistent-naming", path, msg)
			}
		}
	},
}
