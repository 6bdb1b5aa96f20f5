package fsdrules

import (
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// NoUIInApp: fsd/no-ui-in-app.
var NoUIInApp = &rules.Rule{
	Name:     "fsd/no-ui-in-app",
	Category: rules.CategoryArchitecture,
	Summary:  "Forbid a ui segment in the app layer",
	Doc: rules.Doc{
		Description: "The App layer holds what makes the application run: entry point, providers, router, global " +
			"styles and store. UI that the user sees belongs to pages (or widgets) so that it is sliced by " +
			"purpose; an `app/ui` segment tends to grow into an unsliced second application.",
		Incorrect: []string{"src/app/ui/Header.tsx"},
		Correct:   []string{"src/widgets/header/ui/Header.tsx", "src/app/providers/RouterProvider.tsx"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("MODULAR", "LOW", 15),
	Project: func(ctx *rules.ProjectContext) {
		for _, l := range structureLayers(ctx.Model) {
			if l.Name != fsd.LayerApp {
				continue
			}
			for _, s := range l.Segments {
				if s.Name == "ui" {
					reportPath(ctx, "fsd/no-ui-in-app", s.Path, `Layer "app" should not have "ui" segment.`)
				}
			}
		}
	},
}
