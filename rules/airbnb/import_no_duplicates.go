package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var importNoDuplicates = &rules.Rule{
	Name:            "import/no-duplicates",
	ESLintNames:     []string{"import/no-duplicates"},
	Category:        rules.CategoryImports,
	Summary:         "Disallow importing the same module in several import declarations",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "Two import declarations of the same module should be merged. Type-only imports (`import type`, " +
			"or with inline `type` specifiers) and namespace imports are grouped apart from value imports, as in " +
			"eslint-plugin-import. Modules compare by the file the node resolver finds (as in Airbnb's ESLint " +
			"set-up), or by the specifier when it cannot be resolved. Every " +
			"declaration of a duplicated module is reported. (The plugin can merge them; fsdlint reports only.)",
		Incorrect: []string{"import { a } from './m';\nimport { b } from './m';"},
		Correct:   []string{"import { a, b } from './m';", "import { a } from './m';\nimport type { T } from './m';"},
	},
	File: func(c *rules.FileContext) {
		checkDuplicateImports(c, c.File.Body)
		tsparse.Each(c.File, func(m *tsparse.ModuleDecl) {
			if m.Body != nil {
				checkDuplicateImports(c, m.Body.Body)
			}
		})
	},
}

func checkDuplicateImports(c *rules.FileContext, body []tsparse.Stmt) {
	groups := map[string][]*tsparse.ImportDecl{}
	var order []string
	imports := importsOf(c)
	for _, s := range body {
		imp, ok := s.(*tsparse.ImportDecl)
		if !ok || imp.Source == nil {
			continue
		}
		kind := "value"
		switch {
		case imp.TypeOnly && imp.Default != nil:
			kind = "default-type"
		case imp.TypeOnly || hasInlineTypeSpecifier(imp):
			kind = "named-type"
		case imp.Namespace != nil:
			kind = "namespace"
		}
		// The plugin's key: the resolved file, or the specifier when unresolvable.
		module := "spec:" + imp.Source.Value
		if resolved := imports.resolve(imp.Source.Value); resolved != "" {
			module = "file:" + resolved
		}
		k := kind + "\x00" + module
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], imp)
	}
	for _, k := range order {
		if len(groups[k]) < 2 {
			continue
		}
		for _, imp := range groups[k] {
			c.ReportRange(imp.Source.Range, "'"+imp.Source.Value+"' imported multiple times.")
		}
	}
}

func hasInlineTypeSpecifier(imp *tsparse.ImportDecl) bool {
	for _, s := range imp.Named {
		if s.TypeOnly {
			return true
		}
	}
	return false
}
