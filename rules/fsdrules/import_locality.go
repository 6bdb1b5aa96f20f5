package fsdrules

import (
	"fmt"
	"path"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"

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
			"one slice each: imports inside them should be relative.\n\n" +
			"Fix (safe): an aliased import inside the slice is rewritten to the relative path of the same file.",
		Incorrect: []string{
			"// src/features/auth/ui/Login.tsx\nimport { login } from '@/features/auth/model/login'",
			"// src/features/auth/ui/Login.tsx\nimport { User } from '../../../entities/user'",
		},
		Correct: []string{
			"// src/features/auth/ui/Login.tsx\nimport { login } from '../model/login'\nimport { User } from '@/entities/user'",
		},
	},
	DefaultSeverity: rules.Off,
	Fix:             rules.SafeFix,
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
				var fixes []rules.Fix
				if rel, ok := relativeSpecifier(spec, e.From, e.Target); ok && e.Import.SpecifierRange.Len() >= 2 {
					fixes = append(fixes, rules.Fix{Message: "Import from " + rel, Safety: rules.SafeFix,
						Edits: []rules.Edit{{Start: e.Import.SpecifierRange.Start + 1, End: e.Import.SpecifierRange.End - 1, NewText: rel}}})
				}
				reportImport(ctx, "fsd/import-locality", e, fmt.Sprintf("Import from %q should be relative.", spec), fixes...)
			}
		})
	},
}

// relativeSpecifier spells the import of target from file `from` relatively,
// in the same style as spec: with or without the extension, naming the
// folder when spec named a folder's index.
func relativeSpecifier(spec, from, target string) (string, bool) {
	ext := path.Ext(target)
	rel := relativePath(path.Dir(from), target)
	switch {
	case strings.HasSuffix(spec, ext):
	case strings.HasSuffix(spec, "/"+fsd.Stem(path.Base(target))):
		rel = strings.TrimSuffix(rel, ext)
	case fsd.Stem(path.Base(target)) == "index":
		rel = path.Dir(rel)
	default:
		return "", false // spec maps to target in a way we cannot mirror (e.g. .js for .ts)
	}
	if rel == "." || rel == "" {
		return "", false
	}
	if rel != ".." && !strings.HasPrefix(rel, "../") {
		rel = "./" + rel
	}
	return rel, true
}
