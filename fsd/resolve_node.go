package fsd

import "strings"

// extSet is the kinds of file a resolution pass may end on (TypeScript's Extensions).
type extSet uint8

const (
	extTS   extSet = 1 << iota // .ts .tsx .mts .cts
	extJS                      // .js .jsx .mjs .cjs
	extDecl                    // .d.ts .d.mts .d.cts
	extJSON                    // .json
)

// resolveState is one resolution of one specifier.
type resolveState struct {
	r            *Resolver
	cfg          *TSConfig
	pathsMatched bool // a tsconfig/alias `paths` pattern (other than "*") matched
	matchedAny   bool // the last paths() call matched a pattern
	// hintDir's listing is at hand (the importing file's folder): most
	// relative imports probe there.
	hintDir   string
	hintNames map[string]entryKind
}

type loader func(exts extSet, candidate string) (string, bool)

// node is TypeScript's node10/node16/bundler resolution for one pass of
// extensions (nodeModuleNameResolverWorker's tryResolve), minus node_modules.
func (st *resolveState) node(exts extSet, dir, spec string) (Resolution, bool) {
	if res, ok := st.settings(exts, dir, spec, st.nodeLoader); ok {
		return res, true
	}
	if isRelativeSpecifier(spec) || isAbsoluteSpecifier(spec) {
		if p, ok := st.nodeLoader(exts, joinPathKeepSlash(dir, spec)); ok {
			return Resolution{Path: p, Reason: "relative"}, true
		}
		return Resolution{}, false
	}
	if st.cfg.ResolveImports && strings.HasPrefix(spec, "#") {
		if p, ok := st.imports(exts, dir, spec); ok {
			return Resolution{Path: p, Reason: "imports"}, true
		}
	}
	return Resolution{}, false
}

// settings applies compilerOptions.paths (bare and absolute specifiers), else
// baseUrl (bare specifiers).
func (st *resolveState) settings(exts extSet, dir, spec string, load loader) (Resolution, bool) {
	cfg := st.cfg
	if cfg.Paths != nil && !isRelativeSpecifier(spec) {
		p, ok := st.paths(exts, cfg.Paths, cfg.PathsBase, spec, load)
		if ok {
			return Resolution{Path: p, Reason: "paths"}, true
		}
		if st.matchedAny {
			// A matching pattern ends the search through settings (no baseUrl).
			return Resolution{}, false
		}
	}
	if cfg.BaseURL != "" && !isRelativeSpecifier(spec) && !isAbsoluteSpecifier(spec) {
		if p, ok := load(exts, joinPathKeepSlash(cfg.BaseURL, spec)); ok {
			return Resolution{Path: p, Reason: "baseUrl"}, true
		}
	}
	return Resolution{}, false
}
