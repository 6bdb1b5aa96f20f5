package fsdrules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// PublicAPI: fsd/public-api.
var PublicAPI = &rules.Rule{
	Name:     "fsd/public-api",
	Category: rules.CategoryArchitecture,
	Summary:  "Require a public API (index file) on every slice and every shared segment",
	Doc: rules.Doc{
		Description: "The FSD docs: \"Every slice (and segment on layers that don't have slices) must contain a " +
			"public API definition. Modules outside of this slice/segment can only reference the public API, not " +
			"the internal file structure.\" A public API is an index file (`index.ts`, or `index.client.ts` / " +
			"`index.server.ts` for environment-specific entry points). Without one, every import has to reach " +
			"into internals, and refactoring a slice breaks its users.\n\n" +
			"In `shared/ui` and `shared/lib`, either one index for the segment or one index per top-level folder " +
			"(`shared/ui/button/index.ts`, better for tree-shaking) is accepted. The App layer needs none.\n\n" +
			"Fix (unsafe, opt-in): creates `index.ts` (`index.js` when the slice has no TypeScript) re-exporting " +
			"the names each segment exports. Review it: a public API should expose only what others need.",
		Incorrect: []string{"src/entities/user/ui/UserCard.tsx\nsrc/entities/user/model/store.ts\n(no src/entities/user/index.ts)"},
		Correct:   []string{"// src/entities/user/index.ts\nexport { UserCard } from './ui/UserCard'\nexport { useUser } from './model/store'"},
	},
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell("MODULAR", "MEDIUM", 15),
	Fix:             rules.UnsafeFix,
	Project: func(ctx *rules.ProjectContext) {
		files := indexFiles(ctx)
		for _, l := range structureLayers(ctx.Model) {
			switch {
			case l.Sliced:
				for _, s := range realSlices(l) {
					if len(s.Indexes) == 0 {
						reportPath(ctx, "fsd/public-api", s.Dir.Path, "This slice is missing a public API.", createIndexFix(files, s.Dir))
					}
				}
			case l.Name == fsd.LayerApp:
				// the app layer is the top: nothing imports it, it needs no public API
			default:
				checkSharedPublicAPI(ctx, files, l)
			}
		}
	},
}

func checkSharedPublicAPI(ctx *rules.ProjectContext, files map[string]*rules.ProjectFile, l *fsd.Layer) {
	for _, seg := range l.Segments {
		if len(seg.Indexes) > 0 {
			continue
		}
		if seg.Name != "ui" && seg.Name != "lib" {
			reportPath(ctx, "fsd/public-api", seg.Path, "This segment is missing a public API.", createIndexFix(files, seg.Dir))
			continue
		}
		// shared/ui, shared/lib: one index per top-level folder is fine too.
		for _, d := range seg.Dir.Dirs {
			if !hasIndex(d) {
				reportPath(ctx, "fsd/public-api", d.Path, fmt.Sprintf("This top-level folder in shared/%s is missing a public API.", seg.Name), createIndexFix(files, d))
			}
		}
	}
}

func hasIndex(d *fsd.Dir) bool {
	for _, n := range d.FileNames() {
		if fsd.IsIndexName(n) {
			return true
		}
	}
	return false
}
