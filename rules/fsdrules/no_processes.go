package fsdrules

import (
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoProcesses: fsd/no-processes.
var NoProcesses = &rules.Rule{
	Name:     "fsd/no-processes",
	Category: rules.CategoryArchitecture,
	Summary:  "Flag the deprecated processes layer",
	Doc: rules.Doc{
		Description: "The FSD docs deprecated the Processes layer: \"moving its contents to `features` and `app` " +
			"instead\" is the recommended migration. fsdlint still understands `processes/` (its files get " +
			"locations and the import rules check them) but reports the folder once.",
		Incorrect: []string{"src/processes/checkout/model/flow.ts"},
		Correct:   []string{"src/features/checkout/model/flow.ts", "src/app/providers/checkout-flow.ts"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 60),
	Project: func(ctx *rules.ProjectContext) {
		for _, r := range ctx.Model.Roots() {
			for _, d := range r.Dir.Dirs {
				if _, rest := fsd.SplitLayerPrefix(d.Name); rest == fsd.LayerProcesses {
					reportPath(ctx, "fsd/no-processes", d.Path, `Layer "processes" is deprecated, avoid using it`)
				}
			}
		}
	},
}
