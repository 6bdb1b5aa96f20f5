package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoReservedFolderNames: fsd/no-reserved-folder-names.
var NoReservedFolderNames = &rules.Rule{
	Name:     "fsd/no-reserved-folder-names",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid segment names (ui, api, lib, model, config, @x) for folders inside a segment",
	Doc: rules.Doc{
		Description: "Inside a segment, a folder called `ui`, `model` or `@x` reads like a segment or a " +
			"cross-import API and makes paths ambiguous (`entities/user/ui/card/ui`). Name inner folders by what " +
			"they hold. Known friction: component folders in `shared/ui` that have their own `ui` subfolder " +
			"(steiger#46); turn the rule off for such paths in the config.",
		Incorrect: []string{"src/entities/user/ui/card/model/useCard.ts", "src/shared/lib/@x/helper.ts"},
		Correct:   []string{"src/entities/user/ui/card/useCard.ts"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 10),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			var segs []*fsd.Segment
			if l.Sliced {
				for _, s := range realSlices(l) {
					segs = append(segs, s.Segments...)
				}
			} else {
				segs = l.Segments
			}
			for _, seg := range segs {
				if seg.IsFile() {
					continue
				}
				for _, child := range seg.Dir.Dirs {
					child.Walk(func(d *fsd.Dir) {
						switch {
						case d.Name == fsd.CrossImportToken:
							reportPath(ctx, "fsd/no-reserved-folder-names", d.Path, `Having a folder with the name "@x" inside a segment could be confusing because that name is reserved for cross-import public APIs. Consider renaming it.`)
						case fsd.IsConventionalSegment(d.Name):
							reportPath(ctx, "fsd/no-reserved-folder-names", d.Path, fmt.Sprintf("Having a folder with the name %q inside a segment could be confusing because that name is commonly used for segments. Consider renaming it.", d.Name))
						}
					})
				}
			}
		}
	},
}
