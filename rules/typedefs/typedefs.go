// Package typedefs: ts/consistent-type-definitions: type aliases over interfaces.
package typedefs

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// Rules are this package's rules, in the order the docs list them.
var Rules = []*rules.Rule{ConsistentTypeDefinitions}

// ConsistentTypeDefinitions is ts/consistent-type-definitions.
var ConsistentTypeDefinitions = &rules.Rule{
	Name:     "ts/consistent-type-definitions",
	Category: rules.CategoryTypes,
	Summary:  "Define object types with `type` aliases (or, optionally, with `interface`), and convert the other kind",
	Doc: rules.Doc{
		Description: "With `\"type\"` (the default) every `interface` declaration is reported at its name, anywhere: " +
			"modules, namespaces, `declare` blocks and `.d.ts` files. Type aliases show their shape in editor previews " +
			"and cannot merge by accident with another declaration of the same name.\n\n" +
			"The fix rewrites `interface A<T> extends B, C { … }` as `type A<T> = { … } & B & C` (exactly as " +
			"typescript-eslint does) and `export default interface A {…}` as a type followed by `export default A`; " +
			"comments of the `extends` clause are kept. There is no fix, and the message says why, where a type " +
			"alias would change the meaning: declaration merging (another interface, class, function, enum or " +
			"namespace of the same name in the same scope), `declare global` / `declare module \"…\"` augmentations, " +
			"interfaces in the global scope of a `.d.ts` file without imports or exports (they merge across files, " +
			"e.g. `Window`, `NodeJS.ProcessEnv`), interfaces using the polymorphic `this` type, interfaces whose " +
			"`extends` clause refers to themselves (the alias would be circular), and interfaces with `in`/`out` " +
			"type parameters and an `extends` clause (variance annotations are not allowed on an intersection).\n\n" +
			"With `\"interface\"` the direction is reversed: object-literal type aliases (`type A = { … }`) are " +
			"reported and converted to interfaces, as typescript-eslint does.\n\n" +
			"Note that `extends` and `&` differ for conflicting members: `extends` reports the conflict, an " +
			"intersection turns the member into `never`. An interface augmented from another file " +
			"(`declare module \"./x\" { interface A {…} }`) is not known to this per-file rule: its own file's " +
			"interface is converted and the augmentation then fails (TS2300). Run the type checker after the fix.",
		Incorrect: []string{
			"interface User {\n  id: string;\n  name: string;\n}",
			"export interface Props extends BaseProps, HTMLAttributes<HTMLDivElement> {\n  title: string;\n}",
			"export default interface Config {\n  debug: boolean;\n}",
		},
		Correct: []string{
			"type User = {\n  id: string;\n  name: string;\n};",
			"export type Props = {\n  title: string;\n} & BaseProps & HTMLAttributes<HTMLDivElement>;",
			"type Config = {\n  debug: boolean;\n};\nexport default Config;",
		},
		Options: "`[\"error\", \"type\"]` (default) or `[\"error\", \"interface\"]`; an optional second argument " +
			"`{\"ignoreDeclarationFiles\": true}` skips `.d.ts` files (default false).",
	},
	DefaultSeverity: rules.Error,
	ESLintNames:     []string{"@typescript-eslint/consistent-type-definitions"},
	Sonar: rules.Sonar{
		Type:               "CODE_SMELL",
		Severity:           "MINOR",
		CleanCodeAttribute: "CONVENTIONAL",
		Impacts:            []rules.Impact{{SoftwareQuality: "MAINTAINABILITY", Severity: "LOW"}},
		EffortMinutes:      2,
	},
	Fix:              rules.SafeFix,
	Options:          &rules.OptionsSpec{Default: defaultOptions, Parse: parseOptions},
	DeclarationFiles: true,
	File:             run,
}

func run(ctx *rules.FileContext) {
	opts, _ := ctx.Options.(Options)
	if opts.Prefer == "" {
		opts.Prefer = preferType
	}
	if opts.IgnoreDeclarationFiles && isDeclarationFile(ctx.Path) {
		return
	}
	if opts.Prefer == preferInterface {
		_, aliases, _ := collect(ctx.File, "type")
		reportTypeLiteralAliases(ctx, aliases)
		return
	}
	ifaces, _, decls := collect(ctx.File, "interface")
	reportInterfaces(ctx, ifaces, decls)
}

func isDeclarationFile(path string) bool {
	for _, ext := range []string{".d.ts", ".d.mts", ".d.cts"} {
		if strings.HasSuffix(path, ext) {
			return true
		}
	}
	return false
}
