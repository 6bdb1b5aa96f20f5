package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

const sharedLibThreshold = 15

// SharedLibGrouping: fsd/shared-lib-grouping.
var SharedLibGrouping = &rules.Rule{
	Name:     "fsd/shared-lib-grouping",
	Category: rules.CategoryArchitecture,
	Summary:  "Suggest grouping shared/lib when it has more than 15 modules",
	Doc: rules.Doc{
		Description: "`shared/lib` is where internal libraries live, and it tends to become a junk drawer. " +
			"When it holds more modules than a reader can scan, group related ones (`lib/dates`, `lib/dom`, " +
			"`lib/format`) so each has a clear purpose and a public API.",
		Incorrect: []string{"src/shared/lib/ with 16 or more files and folders"},
		Correct:   []string{"src/shared/lib/dates/, src/shared/lib/dom/, src/shared/lib/format/"},
		Options:   "`{\"threshold\": 15}`: the most direct children shared/lib may have.",
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("MODULAR", "LOW", 30),
	Options:         thresholdSpec(sharedLibThreshold),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if l.Name != fsd.LayerShared {
				continue
			}
			for _, s := range l.Segments {
				if s.Name != "lib" || s.IsFile() {
					continue
				}
				n, limit := s.Dir.ChildCount(), thresholdFor(ctx, s.Path, sharedLibThreshold)
				if n > limit {
					reportPath(ctx, "fsd/shared-lib-grouping", s.Path, fmt.Sprintf(
						"Shared/lib has %d modules, which is above the recommended threshold of %d. Consider grouping them.", n, limit))
				}
			}
		}
	},
}
