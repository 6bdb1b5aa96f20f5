package airbnb

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// This file mimics eslint-import-resolver-node as Airbnb's TS config sets it
// up (extensions .mjs .js .jsx .json .ts .tsx .d.ts, symlinks preserved,
// package.json "module" / "jsnext:main" preferred over "main"), so that the
// import/* rules see the same files ESLint does. Results are memoised per
// (directory, specifier) for the whole process.

// nodeExtensions are the node resolver's extensions in Airbnb's TS React config.
var nodeExtensions = []string{".mjs", ".js", ".jsx", ".json", ".ts", ".tsx", ".d.ts"}

// nodeBuiltins are Node's core modules (require('module').builtinModules, Node 22).
var nodeBuiltins = map[string]bool{}

func init() {
	for _, m := range strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants
		crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector
		inspector/promises module net os path path/posix path/win32 perf_hooks process punycode querystring readline
		readline/promises repl stream stream/consumers stream/promises stream/web string_decoder sys timers
		timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib`) {
		nodeBuiltins[m] = true
	}
}

// isCoreModule is is-core-module for the current Node: "fs", "fs/promises", "node:fs", "node:test".
func isCoreModule(name string) bool {
	if strings.HasPrefix(name, "node:") {
		rest := strings.TrimPrefix(name, "node:")
		return nodeBuiltins[rest] || rest == "test" || rest == "sea" || rest == "sqlite" || rest == "test/reporters"
	}
	return nodeBuiltins[name]
}

// isBuiltIn is eslint-plugin-import's isBuiltIn: the base module is a core module.
func isBuiltIn(name string) bool {
	base := name
	if isScopedName(name) {
		parts := strings.SplitN(name, "/", 3)
		if len(parts) >= 2 {
			base = parts[0] + "/" + parts[1]
		}
	} else {
		base, _, _ = strings.Cut(name, "/")
	}
	return isCoreModule(base)
}

// isScopedName is eslint-plugin-import's isScoped, /^@[^/]+\/?[^/]+/: an
// "@", then two or more characters other than "/" with at most one "/"
// among them (after the first).
func isScopedName(name string) bool {
	if !strings.HasPrefix(name, "@") {
		return false
	}
	first, rest, hasSlash := strings.Cut(name[1:], "/")
	if first == "" {
		return false
	}
	if utf8.RuneCountInString(first) >= 2 {
		return true
	}
	return hasSlash && rest != "" && rest[0] != '/'
}

// resolveKey names a bare specifier's resolution by the nearest folder
// with a node_modules: every folder below it up to the next one resolves
// the specifier alike.
type resolveKey struct{ modulesDir, spec string }

var resolveCache sync.Map // resolveKey -> string ("" = not found)

// nodeResolver answers file-system questions from folder listings; known
// holds the engine's (rules.FileContext.Listings), nil outside a run.
type nodeResolver struct{ known diskListings }

// resolverFor is the resolver a rule uses on c's file.
func resolverFor(c *rules.FileContext) nodeResolver {
	forgetOtherRuns(c.Run)
	return nodeResolver{c.Listings}
}

func (r nodeResolver) statKind(p string) byte { return statKind(p, r.known) }

// resolve resolves spec from directory dir; "" when not found (core
// modules are "" too: the resolver finds them without a path). Path
// specifiers are answered from folder listings each time; bare ones are
// remembered per node_modules folder.
func (r nodeResolver) resolve(dir, spec string) string {
	if isCoreModule(spec) {
		return ""
	}
	if isPathSpecifier(spec) {
		return r.resolvePath(dir, spec)
	}
	modulesDirs := r.nodeModulesAbove(dir)
	if len(modulesDirs) == 0 {
		return ""
	}
	k := resolveKey{modulesDirs[0], spec}
	if v, ok := resolveCache.Load(k); ok {
		return v.(string)
	}
	res := r.resolveInNodeModules(modulesDirs, spec)
	resolveCache.Store(k, res)
	return res
}

func isPathSpecifier(spec string) bool {
	return spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/")
}

func (r nodeResolver) resolvePath(dir, spec string) string {
	p := spec
	if !strings.HasPrefix(spec, "/") {
		p = path.Join(dir, spec)
	} else {
		p = path.Clean(p)
	}
	if spec == "." || spec == ".." || strings.HasSuffix(spec, "/") {
		p += "/"
	}
	if f := r.loadAsFile(p); f != "" {
		return f
	}
	return r.loadAsDirectory(strings.TrimSuffix(p, "/"))
}

func (r nodeResolver) resolveInNodeModules(modulesDirs []string, spec string) string {
	for _, d := range modulesDirs {
		p := path.Join(d, "node_modules", spec)
		if f := r.loadAsFile(p); f != "" {
			return f
		}
		if f := r.loadAsDirectory(p); f != "" {
			return f
		}
	}
	return ""
}

// nodeModulesAbove lists dir and its ancestors, nearest first, that hold a
// node_modules folder (and are not one): where a bare specifier is looked
// up. Most folders have none; the answer is kept per folder.
func (r nodeResolver) nodeModulesAbove(dir string) []string {
	l := listingOf(dir, r.known)
	if known := l.modulesDirs.Load(); known != nil {
		return *known
	}
	var found []string
	if path.Base(dir) != "node_modules" && r.statKind(path.Join(dir, "node_modules")) == 2 {
		found = []string{dir}
	}
	if !(dir == "/" || dir == "." || dir == path.Dir(dir)) {
		if above := r.nodeModulesAbove(path.Dir(dir)); len(above) > 0 {
			found = append(found[:len(found):len(found)], above...)
		}
	}
	l.modulesDirs.Store(&found)
	return found
}

func (r nodeResolver) loadAsFile(p string) string {
	if !strings.HasSuffix(p, "/") && r.statKind(p) == 1 {
		return p
	}
	if ext, ok := r.listedExtension(p); ok {
		if ext == "" {
			return ""
		}
		return p + ext
	}
	for _, ext := range nodeExtensions {
		if r.statKind(p+ext) == 1 {
			return p + ext
		}
	}
	return ""
}

func (r nodeResolver) loadAsDirectory(p string) string {
	if pkg := r.readPackageJSON(path.Join(p, "package.json")); pkg != nil {
		main := pkg.Main
		for _, alt := range []string{pkg.Module, pkg.JSNextMain} {
			if alt != "" && r.resolve(p, "./"+strings.TrimPrefix(alt, "./")) != "" {
				main = alt
				break
			}
		}
		if main != "" {
			m := path.Join(p, main)
			if f := r.loadAsFile(m); f != "" {
				return f
			}
			if f := r.loadAsDirectory(m); f != "" {
				return f
			}
		}
	}
	return r.loadAsFile(path.Join(p, "index"))
}

type packageJSON struct {
	Name                 string            `json:"name"`
	Main                 string            `json:"main"`
	Module               string            `json:"module"`
	JSNextMain           string            `json:"jsnext:main"`
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
	BundledDependencies  json.RawMessage   `json:"bundledDependencies"`
	BundleDependencies   json.RawMessage   `json:"bundleDependencies"`
}

var packageCache sync.Map // path -> *packageJSON (nil when absent or invalid)

func (r nodeResolver) readPackageJSON(p string) *packageJSON {
	if r.statKind(p) != 1 {
		return nil // most folders have none: the listing says so without a cache entry
	}
	if v, ok := packageCache.Load(p); ok {
		return v.(*packageJSON)
	}
	var pkg *packageJSON
	if data, err := os.ReadFile(filepath.FromSlash(p)); err == nil {
		var x packageJSON
		if json.Unmarshal(data, &x) == nil {
			pkg = &x
		}
	}
	packageCache.Store(p, pkg)
	return pkg
}

// posixNormalize is Node's path.posix.normalize.
func posixNormalize(p string) string {
	if p == "" {
		return "."
	}
	abs := strings.HasPrefix(p, "/")
	trailing := strings.HasSuffix(p, "/")
	var out []string
	for _, seg := range strings.Split(p, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(out) > 0 && out[len(out)-1] != ".." {
				out = out[:len(out)-1]
			} else if !abs {
				out = append(out, "..")
			}
		default:
			out = append(out, seg)
		}
	}
	s := strings.Join(out, "/")
	if s == "" && !abs {
		s = "."
	}
	if s != "" && trailing {
		s += "/"
	}
	if abs {
		s = "/" + s
	}
	return s
}

// moduleSource is one module reference eslint-module-utils' moduleVisitor
// (with commonjs) visits: the specifier literal and the node that holds it.
type moduleSource struct {
	Spec     *tsparse.StringLit
	Node     tsparse.Node // import/export declaration, import() or require() call
	TypeOnly bool         // import type / export type
}
