package fsdrules

import (
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// ImportLocality: fsd/import-locality.
var ImportLocality = &rules.Rule{
	Name:     "fsd/import-locality",
	Category: rules.CategoryArchitecture,
	Summary:  "Require relative imports inside a slice and absolute (alias) imports across slices",
	Doc: rules.Doc{
		Description: "The FSD docs: \"When they are in the same slice, always use relative imports … When they " +
			"are in different slices, always use absolute imports, for example, with an alias.\" Relative paths " +
			"keep a slice movable as a whole; absolute paths make every dependency on another slice visible in " +
			"the import line and avoid circular imports through the slice's own index. Shared and App count as " +
			"one slice each: imports inside them should be relative.",
		Incorrect: []string{
			"// src/features/auth/ui/Login.tsx\nimport { login } from '@/features/auth/model/login'",
			"// src/features/auth/ui/Login.tsx\nimport { User } from '../../../entities/user'",
		},
		Correct: []string{
			"// src/features/auth/ui/Login.tsx\nimport { login } from '../model/login'\nimport { User } from '@/entities/user'",
		},
	},
	DefaultSeverity: rules.Off,
	ESLintNames:     []string{"@conarti/feature-sliced/absolute-relative"},
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 2),
	Project: func(ctx *rules.ProjectContext) {
		eachImport(ctx, func(e *importEdge) {
			if e.FromLoc.Layer == "" || e.ToLoc.Layer == "" || !enabled(ctx, e.From) {
				return
			}
			spec := e.Import.Specifier
			first, _, _ := strings.Cut(spec, "/")
			relative := first == "." || first == ".."
			same := e.FromLoc.Layer == e.ToLoc.Layer && e.FromLoc.Slice == e.ToLoc.Slice
			switch {
			case relative && !same:
				reportImport(ctx, "fsd/import-locality", e, fmt.Sprintf("Import from %q should not be relative.", spec))
			case !relative && same:
				reportImport(ctx, "fsd/import-locality", e, fmt.Sprintf("Import from %q should be relative.", spec))
			}
		})
	},
}
