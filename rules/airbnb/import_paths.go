package airbnb

import (
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// importExtensionsOptions is ["ignorePackages", {ext: "never"|"always"|"ignorePackages"}].
type importExtensionsOptions struct {
	Default        string
	IgnorePackages bool
	Pattern        map[string]string
}

var airbnbExtensions = importExtensionsOptions{Default: "always", IgnorePackages: true,
	Pattern: map[string]string{"js": "never", "mjs": "never", "jsx": "never", "ts": "never", "tsx": "never"}}

// startsWithWordChar is the plugin's /^\w/ test for a module name.
func startsWithWordChar(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

var importExtensions = &rules.Rule{
	Name:            "import/extensions",
	ESLintNames:     []string{"import/extensions"},
	Category:        rules.CategoryImports,
	Summary:         "Forbid script extensions in relative imports and require the others (Airbnb's list)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "A path import must leave out .js/.mjs/.jsx/.ts/.tsx and must write any other extension " +
			"(`./data.json`, `./a.css`); package imports are not checked. Paths are resolved as Airbnb's ESLint " +
			"set-up does (the node resolver, no tsconfig paths), so an unresolvable alias such as `@/shared/ui` " +
			"is reported as missing an extension, exactly as in ESLint. Type-only imports skip the missing-extension check.",
		Incorrect: []string{"import a from './a.ts';", "import data from './data';  // data.json"},
		Correct:   []string{"import a from './a';", "import data from './data.json';", "import x from 'lodash/fp';"},
		Options:   `["ignorePackages", {"js": "never", "mjs": "never", "jsx": "never", "ts": "never", "tsx": "never"}] (Airbnb).`,
	},
	Options: &rules.OptionsSpec{
		Default: func() any { return airbnbExtensions },
		Parse: func(args []json.RawMessage) (any, error) {
			o := importExtensionsOptions{Default: "never", Pattern: map[string]string{}}
			for i, a := range args {
				var s string
				if json.Unmarshal(a, &s) == nil {
					o.Default = s
					continue
				}
				var m map[string]json.RawMessage
				if err := json.Unmarshal(a, &m); err != nil {
					return nil, fmt.Errorf("option %d: a string or an object", i+1)
				}
				for k, v := range m {
					var mod string
					if k == "ignorePackages" {
						if err := json.Unmarshal(v, &o.IgnorePackages); err != nil {
							return nil, fmt.Errorf("ignorePackages: %w", err)
						}
						continue
					}
					if err := json.Unmarshal(v, &mod); err != nil {
						return nil, fmt.Errorf("option %d: %s must be a string", i+1, k)
					}
					o.Pattern[k] = mod
				}
			}
			if o.Default == "ignorePackages" {
				o.Default, o.IgnorePackages = "always", true
			}
			return o, nil
		},
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(importExtensionsOptions)
		if !ok {
			o = airbnbExtensions
		}
		modifier := func(ext string) string {
			if m, ok := o.Pattern[ext]; ok {
				return m
			}
			return o.Default
		}
		imports := importsOf(c)
		for _, src := range imports.sources {
			spec := src.Spec.Value
			if spec == "" || isBuiltIn(spec) {
				continue
			}
			importPath := spec
			if i := strings.IndexByte(importPath, '?'); i >= 0 {
				importPath = importPath[:i]
			}
			if isExternalRootModule(importPath) {
				continue
			}
			resolved := imports.resolve(importPath)
			if resolved == "" && !strings.HasPrefix(importPath, ".") && !strings.HasPrefix(importPath, "/") {
				// An unresolved bare specifier is a tsconfig path alias ("@/pages/home")
				// or a package that is not installed. ESLint with only the node resolver
				// asks an extension of every alias import; with the TypeScript resolver
				// Airbnb-TS projects configure, an alias reaches a .ts/.tsx file and
				// needs none. fsdlint follows the latter instead of crying wolf.
				continue
			}
			base := importPath
			if resolved != "" {
				base = resolved
			}
			ext := strings.TrimPrefix(path.Ext(base), ".")
			isPackage := startsWithWordChar(importPath) && imports.res.importKind(importPath, resolved, c.Path) == "external" || isScopedName(importPath)
			if ext == "" || !strings.HasSuffix(importPath, "."+ext) {
				if src.TypeOnly {
					continue
				}
				required := modifier(ext) == "always" && (!o.IgnorePackages || !isPackage)
				if required && modifier(ext) != "never" {
					what := ""
					if ext != "" {
						what = `"` + ext + `" `
					}
					c.ReportRange(src.Spec.Range, `Missing file extension `+what+`for "`+spec+`"`)
				}
			} else if modifier(ext) == "never" && imports.resolve(strings.TrimSuffix(importPath, path.Ext(importPath))) == resolved {
				c.ReportRange(src.Spec.Range, `Unexpected use of file extension "`+ext+`" for "`+spec+`"`)
			}
		}
	},
}

// isExternalRootModule: a package name without a subpath ("react", "@scope/pkg").
func isExternalRootModule(p string) bool {
	if p == "." || p == ".." {
		return false
	}
	slashes := strings.Count(p, "/")
	return slashes == 0 || isScopedName(p) && slashes <= 1
}

// importKindOf is eslint-plugin-import's importType for a resolved path.
func (r nodeResolver) importKind(name, resolved, file string) string {
	switch {
	case strings.HasPrefix(name, "/"):
		return "absolute"
	case resolved == "" && isBuiltIn(name):
		return "builtin"
	case name == ".." || strings.HasPrefix(name, "../"):
		return "parent"
	case name == "." || name == "./" || name == "./index" || name == "./index.js":
		return "index"
	case strings.HasPrefix(name, "./"):
		return "sibling"
	}
	if resolved != "" {
		root := r.packageRoot(path.Dir(file))
		rel := strings.TrimPrefix(resolved, root+"/")
		if !strings.HasPrefix(resolved, root+"/") || strings.HasPrefix(rel, "node_modules/") {
			return "external"
		}
		return "internal"
	}
	if startsWithWordChar(name) || isScopedName(name) {
		return "external"
	}
	return "unknown"
}

// packageRoot is the directory of the nearest package.json above dir (dir itself when none).
func (r nodeResolver) packageRoot(dir string) string {
	if d := r.packageDir(dir); d != "" {
		return d
	}
	return dir
}

// packageDir is the nearest folder at or above dir holding a package.json,
// "" when none; known per folder, so each folder is looked at once.
func (r nodeResolver) packageDir(dir string) string {
	l := listingOf(dir, r.known)
	if known := l.packageDir.Load(); known != nil {
		return *known
	}
	found := ""
	if r.statKind(path.Join(dir, "package.json")) == 1 {
		found = dir
	} else if !(dir == "/" || dir == "." || dir == path.Dir(dir)) {
		found = r.packageDir(path.Dir(dir))
	}
	l.packageDir.Store(&found)
	return found
}

type uselessPathOptions struct {
	CommonJS       bool `json:"commonjs"`
	NoUselessIndex bool `json:"noUselessIndex"`
}

var importNoUselessPathSegments = &rules.Rule{
	Name:            "import/no-useless-path-segments",
	ESLintNames:     []string{"import/no-useless-path-segments"},
	Category:        rules.CategoryImports,
	Summary:         "Disallow unnecessary segments in import paths",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Fix:             rules.SafeFix,
	Options:         objectOptions(uselessPathOptions{CommonJS: true}),
	Doc: rules.Doc{
		Description: "`./../x`, `./a//b`, `./pages/` and a path that leaves and re-enters the same folder " +
			"(`../myproj/x` inside myproj) name the same file as a shorter path. The fix writes the shorter path. " +
			"`/index` is only reported with `noUselessIndex` (off in Airbnb).",
		Incorrect: []string{"import a from './../a';", "import b from './b/';"},
		Correct:   []string{"import a from '../a';", "import b from './b';"},
		Options:   `{"commonjs": true, "noUselessIndex": false} (Airbnb).`,
	},
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(uselessPathOptions)
		imports := importsOf(c)
		for _, src := range imports.sources {
			if _, isRequire := src.Node.(*tsparse.CallExpr); isRequire && !o.CommonJS {
				continue
			}
			if proposed, ok := uselessPathProposal(imports, src.Spec.Value, o); ok {
				fix := rules.Fix{Message: "Use " + proposed, Safety: rules.SafeFix,
					Edits: []rules.Edit{{Start: src.Spec.Range.Start, End: src.Spec.Range.End, NewText: jsonString(proposed)}}}
				c.ReportRange(src.Spec.Range, `Useless path segments for "`+src.Spec.Value+`", should be "`+proposed+`"`, fix)
			}
		}
	},
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

var indexPathRe = regexp.MustCompile(`.*/index(\.mjs|\.js|\.jsx|\.ts|\.tsx|\.d\.ts)?$`)

func toRelativePath(p string) string {
	p = strings.TrimRight(p, "/")
	// The plugin's /^((\.\.)|(\.))($|\/)/.
	if p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
		return p
	}
	return "./" + p
}

func uselessPathProposal(imports *fileImports, importPath string, o uselessPathOptions) (string, bool) {
	if !strings.HasPrefix(importPath, ".") {
		return "", false
	}
	resolved := imports.resolve(importPath)
	normed := toRelativePath(posixNormalize(importPath))
	if normed != importPath && resolved == imports.resolve(normed) {
		return normed, true
	}
	if o.NoUselessIndex && indexPathRe.MatchString(importPath) {
		parent := path.Dir(importPath)
		if parent != "." && parent != ".." {
			for _, ext := range []string{".js", ".mjs", ".jsx", ".ts", ".tsx", ".d.ts"} {
				if imports.resolve(parent+ext) != "" {
					return parent + "/", true
				}
			}
		}
		return parent, true
	}
	if strings.HasPrefix(importPath, "./") || resolved == "" {
		return "", false
	}
	rel, ok := relativePath(imports.dir, resolved)
	if !ok {
		return "", false
	}
	expected := strings.Split(rel, "/")
	parts := strings.Split(strings.TrimPrefix(importPath, "./"), "/")
	countParents := func(segs []string) int {
		n := 0
		for _, s := range segs {
			if s == ".." {
				n++
			}
		}
		return n
	}
	have, want := countParents(parts), countParents(expected)
	diff := have - want
	if diff <= 0 {
		return "", false
	}
	kept := append(append([]string{}, parts[:want]...), parts[min(have+diff, len(parts)):]...)
	return toRelativePath(strings.Join(kept, "/")), true
}

// relativePath is Node's path.relative for absolute slash paths.
func relativePath(from, to string) (string, bool) {
	if !strings.HasPrefix(from, "/") || !strings.HasPrefix(to, "/") {
		return "", false
	}
	f := strings.Split(strings.Trim(from, "/"), "/")
	t := strings.Split(strings.Trim(to, "/"), "/")
	i := 0
	for i < len(f) && i < len(t) && f[i] == t[i] {
		i++
	}
	var out []string
	for range f[i:] {
		out = append(out, "..")
	}
	out = append(out, t[i:]...)
	return strings.Join(out, "/"), true
}

var importNoSelfImport = &rules.Rule{
	Name:            "import/no-self-import",
	ESLintNames:     []string{"import/no-self-import"},
	Category:        rules.CategoryImports,
	Summary:         "Disallow a module importing itself",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "`import x from './foo'` inside foo.ts (or `.` inside index.ts) is a mistake: the module " +
			"imports its own, possibly half-initialised, bindings. Resolution is the node resolver's, as in ESLint.",
		Incorrect: []string{"// foo.ts\nimport { x } from './foo';"},
		Correct:   []string{"// foo.ts\nimport { x } from './bar';"},
	},
	File: func(c *rules.FileContext) {
		imports := importsOf(c)
		for _, src := range imports.sources {
			if imports.resolve(src.Spec.Value) == c.Path {
				c.ReportRange(src.Node.Span(), "Module imports itself.")
			}
		}
	},
}
