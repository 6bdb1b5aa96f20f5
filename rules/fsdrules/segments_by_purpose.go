package fsdrules

import (
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
)

// essenceNames are segment names that say what the code is, not what it is
// for (Steiger 0.7's list: generic, React, Vue, Redux, Angular).
var essenceNames = setOf(
	"component", "components", "helper", "helpers", "util", "utils", "constant", "constants", "const", "consts",
	"type", "types", "store", "stores", "modal", "modals", "service", "services", "function", "functions",
	"class", "classes", "enum", "enums", "interface", "interfaces", "decorator", "decorators", "schema", "schemas",
	"handler", "handlers", "fixture", "fixtures", "middleware", "middlewares", "validator", "validators",
	"validation", "validations", "resolver", "resolvers", "mutation", "mutations", "asset", "assets",
	"hook", "hooks", "context", "provider", "providers",
	"composable", "composables", "directive", "directives",
	"action", "actions", "reducer", "reducers", "selector", "selectors", "effect", "effects", "saga", "sagas", "thunk", "thunks",
	"pipe", "pipes",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// SegmentsByPurpose: fsd/segments-by-purpose.
var SegmentsByPurpose = &rules.Rule{
	Name:     "fsd/segments-by-purpose",
	Category: rules.CategoryArchitecture,
	Summary:  "Require segment names that describe purpose (ui, model, api), not essence (components, hooks, types)",
	Doc: rules.Doc{
		Description: "The FSD docs: segment names must describe purpose, not essence; \"`components`, `hooks`, " +
			"and `types` are bad segment names\" because they scatter one feature's code over folders by file " +
			"kind and say nothing about what the code is for. Group by purpose: `ui`, `model`, `api`, `lib`, " +
			"`config`, or a custom purpose such as `i18n` or `routes`.",
		Incorrect: []string{"src/entities/user/hooks/useUser.ts", "src/shared/types.ts"},
		Correct:   []string{"src/entities/user/model/useUser.ts", "src/shared/api/types.ts"},
	},
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell("CONVENTIONAL", "LOW", 15),
	Project: func(ctx *rules.ProjectContext) {
		check := func(segs []*fsd.Segment) {
			for _, s := range segs {
				if essenceNames[s.Name] {
					reportPath(ctx, "fsd/segments-by-purpose", s.Path, "This segment's name should describe the purpose of its contents, not what the contents are.")
				}
			}
		}
		for _, l := range structureLayers(ctx.Model) {
			if !l.Sliced {
				check(l.Segments)
				continue
			}
			for _, s := range realSlices(l) {
				check(s.Segments)
			}
		}
	},
}
