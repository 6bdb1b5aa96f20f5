package airbnb

import (
	"os"
	"path"
	"path/filepath"
	"strings"

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
			"eslint-plugin-import. Modules compare by their specifier with relative paths normalised and a script " +
			"extension (.ts/.tsx/.js/.jsx/.mjs/.cjs) dropped; differing specifiers are then resolved on disk as the " +
			"plugin's node resolver would (an unresolvable one only matches itself). Every " +
			"declaration of a duplicated module is reported. (The plugin can merge them; fsdlint reports only.)",
		Incorrect: []string{"import { a } from './m';\nimport { b } from './m';"},
		Correct:   []string{"import { a, b } from './m';", "import { a } from './m';\nimport type { T } from './m';"},
	},
	File: func(c *rules.FileContext) {
		checkDuplicateImports(c, c.File.Body)
		tsparse.InspectFile(c.File, func(n tsparse.Node) bool {
			if m, ok := n.(*tsparse.ModuleDecl); ok && m.Body != nil {
				checkDuplicateImports(c, m.Body.Body)
			}
			return true
		})
	},
}

func checkDuplicateImports(c *rules.FileContext, body []tsparse.Stmt) {
	groups := map[string][]*tsparse.ImportDecl{}
	var order []string
	dir := path.Dir(c.Path)
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
		k := kind + "\x00" + moduleKey(dir, imp.Source.Value)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], imp)
	}
	for _, k := range order {
		for _, dups := range splitByResolution(dir, groups[k]) {
			if len(dups) < 2 {
				continue
			}
			for _, imp := range dups {
				c.ReportRange(imp.Source.Range, "'"+imp.Source.Value+"' imported multiple times.")
			}
		}
	}
}

// splitByResolution keeps together the imports of one cheap key that really
// name the same module: the same specifier, or relative specifiers that
// resolve to the same file (as eslint-import-resolver-node would find it).
// An unresolvable specifier only matches itself, as in the plugin.
func splitByResolution(dir string, imps []*tsparse.ImportDecl) [][]*tsparse.ImportDecl {
	if len(imps) < 2 {
		return nil
	}
	bySpec := map[string][]*tsparse.ImportDecl{}
	var specs []string
	for _, imp := range imps {
		if bySpec[imp.Source.Value] == nil {
			specs = append(specs, imp.Source.Value)
		}
		bySpec[imp.Source.Value] = append(bySpec[imp.Source.Value], imp)
	}
	if len(specs) == 1 {
		return [][]*tsparse.ImportDecl{imps}
	}
	byTarget := map[string][]*tsparse.ImportDecl{}
	var targets []string
	for _, spec := range specs {
		target := "spec:" + spec
		if resolved, ok := resolveRelative(dir, spec); ok {
			target = "file:" + resolved
		}
		if byTarget[target] == nil {
			targets = append(targets, target)
		}
		byTarget[target] = append(byTarget[target], bySpec[spec]...)
	}
	var out [][]*tsparse.ImportDecl
	for _, t := range targets {
		out = append(out, byTarget[t])
	}
	return out
}

// resolverExtensions are the node resolver's extensions in Airbnb's TS config.
var resolverExtensions = []string{".mjs", ".js", ".jsx", ".json", ".ts", ".tsx", ".d.ts"}

// resolveRelative finds the file a relative specifier names: the path itself,
// the path plus an extension, or its index file.
func resolveRelative(dir, spec string) (string, bool) {
	spec, _, _ = strings.Cut(spec, "?")
	if !strings.HasPrefix(spec, ".") && !strings.HasPrefix(spec, "/") {
		return "", false
	}
	p := spec
	if !strings.HasPrefix(spec, "/") {
		p = path.Join(dir, spec)
	}
	isFile := func(f string) bool {
		fi, err := os.Stat(filepath.FromSlash(f))
		return err == nil && fi.Mode().IsRegular()
	}
	if isFile(p) {
		return p, true
	}
	for _, ext := range resolverExtensions {
		if isFile(p + ext) {
			return p + ext, true
		}
	}
	for _, ext := range resolverExtensions {
		if isFile(p + "/index" + ext) {
			return p + "/index" + ext, true
		}
	}
	return "", false
}

func hasInlineTypeSpecifier(imp *tsparse.ImportDecl) bool {
	for _, s := range imp.Named {
		if s.TypeOnly {
			return true
		}
	}
	return false
}

// moduleKey normalises a specifier the way resolution would identify it:
// relative paths are joined to the importing directory and lose a script
// extension; package specifiers stay as written (without a query string).
func moduleKey(dir, spec string) string {
	spec, _, _ = strings.Cut(spec, "?")
	if !strings.HasPrefix(spec, ".") && !strings.HasPrefix(spec, "/") {
		return spec
	}
	p := spec
	if !strings.HasPrefix(spec, "/") {
		p = path.Join(dir, spec)
	}
	p = path.Clean(p)
	for _, ext := range []string{".d.ts", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs"} {
		if strings.HasSuffix(p, ext) {
			return strings.TrimSuffix(p, ext)
		}
	}
	return p
}
