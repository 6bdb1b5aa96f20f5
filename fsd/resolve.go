package fsd

import (
	"io/fs"
	"path"
	"sort"
	"strings"
)

// ResolverOptions configures a Resolver.
type ResolverOptions struct {
	// FS is the file system to read; nil means the real disk (OSFS).
	FS FS
	// Aliases are bundler-only aliases (vite/webpack) from the fsdlint config,
	// written like tsconfig paths: {"@/*": ["src/*"]}. They apply to bare
	// specifiers that tsconfig does not resolve.
	Aliases map[string][]string
	// AliasBase is the absolute folder alias targets are relative to.
	AliasBase string
	// Listings, when set, answers for folders the caller has already read (the
	// engine's discovery reads every folder): the complete, unfiltered listing
	// of an absolute, slash-separated, clean folder path, or false to read the
	// disk. Consulted only for folders resolution touches.
	Listings func(dir string) ([]fs.DirEntry, bool)
	// Files is the number of files whose imports will be resolved, to size the
	// caches (0: a few hundred). Caches sized for 10,000 files cost 2 ms to make,
	// a third of a small run.
	Files int
}

// Resolution is where an import specifier leads.
type Resolution struct {
	// Path is the absolute, slash-separated file the import reaches; "" when
	// unresolved or a bare package.
	Path string
	// External: a package (bare specifier, node builtin) or a file in node_modules.
	External bool
	// Reason says how the path was found ("relative", "paths", "baseUrl",
	// "imports", "alias", "classic", "asset") or why there is none ("package",
	// "builtin", "not found", "tsconfig error").
	Reason string
}

// Resolved reports whether the import reaches a file of the project.
func (r Resolution) Resolved() bool { return r.Path != "" && !r.External }

// Resolver resolves import specifiers to files the way TypeScript does for
// each file's tsconfig. Results are memoised per (project, folder, specifier);
// safe for concurrent use.
type Resolver struct {
	fs        FS
	files     *dirCache
	configs   *configLoader
	aliases   []pathEntry
	aliasBase string
	memo      *cache[memoKey, Resolution]
	pkgs      *cache[string, *packageJSON] // dir → its package.json (nil: none)
	scopes    *cache[string, *packageJSON] // dir → nearest package.json at/above dir
}

type memoKey struct {
	cfg       *TSConfig
	dir, spec string
}

// memoKeyFor keys what the answer depends on, so that imports from different
// folders share work: a bare specifier (outside classic resolution and
// "#imports") depends only on the config, not on the importing folder.
func memoKeyFor(cfg *TSConfig, dir, spec string) memoKey {
	switch {
	case isRelativeSpecifier(spec) || isAbsoluteSpecifier(spec):
	case cfg.ModuleResolution != ResolutionClassic && !strings.HasPrefix(spec, "#"):
		return memoKey{cfg, "", spec}
	}
	return memoKey{cfg, dir, spec}
}

// defaultConfig applies when a file has no tsconfig/jsconfig above it:
// TypeScript's defaults (node10 resolution).
var defaultConfig = &TSConfig{ModuleResolution: ResolutionNode10}

// NewResolver makes a resolver.
func NewResolver(opts ResolverOptions) *Resolver {
	fsys := opts.FS
	if fsys == nil {
		fsys = OSFS{}
	}
	hint := max(opts.Files, 256)
	files := &dirCache{fs: fsys, known: opts.Listings, lists: newCache[string, *dirInfo](min(hint/2, 4096))}
	r := &Resolver{
		fs: fsys, files: files, configs: newConfigLoader(fsys, files), aliasBase: opts.AliasBase,
		memo: newCache[memoKey, Resolution](min(hint*2, 16384)), pkgs: newCache[string, *packageJSON](min(hint/8, 1024)), scopes: newCache[string, *packageJSON](64),
	}
	keys := make([]string, 0, len(opts.Aliases))
	for k := range opts.Aliases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.aliases = append(r.aliases, pathEntry{Pattern: k, Targets: opts.Aliases[k]})
	}
	return r
}

// ConfigFor returns the tsconfig a file is compiled with (nil when none).
func (r *Resolver) ConfigFor(file string) *TSConfig {
	return r.configs.projectFor(path.Clean(file))
}

// ConfigErrors lists the broken tsconfig/jsconfig files met so far, sorted.
func (r *Resolver) ConfigErrors() []*ConfigError {
	errs := r.configs.errors()
	sort.Slice(errs, func(i, j int) bool {
		if errs[i].Path != errs[j].Path {
			return errs[i].Path < errs[j].Path
		}
		return errs[i].Msg < errs[j].Msg
	})
	return errs
}

// Resolve resolves specifier as imported by fromFile (absolute path).
func (r *Resolver) Resolve(fromFile, specifier string) Resolution {
	return r.ForFile(fromFile).Resolve(specifier)
}

// FileResolver resolves the imports of one file: its folder and tsconfig are
// looked up once for all of them.
type FileResolver struct {
	r     *Resolver
	dir   string
	cfg   *TSConfig
	names map[string]entryKind // the listing of dir, which "./x" imports probe
}

// ForFile prepares the resolution of fromFile's imports.
func (r *Resolver) ForFile(fromFile string) FileResolver {
	from := fromFile
	if strings.IndexByte(from, '\\') >= 0 {
		from = strings.ReplaceAll(from, "\\", "/")
	}
	if strings.Contains(from, "//") || strings.Contains(from, "/.") || strings.HasSuffix(from, "/") {
		from = path.Clean(from)
	}
	cfg := r.configs.projectFor(from)
	if cfg == nil {
		cfg = defaultConfig
	}
	dir := parentDir(from)
	return FileResolver{r: r, dir: dir, cfg: cfg, names: r.files.list(dir)}
}

// Resolve resolves one specifier of the file.
func (f FileResolver) Resolve(specifier string) Resolution {
	r := f.r
	// A relative specifier is resolved afresh: its probes are a few lookups
	// in cached folder listings, cheaper than remembering answers that are
	// rarely asked twice (profiled on a generated 10k-file FSD tree).
	memo := !isRelativeSpecifier(specifier)
	key := memoKeyFor(f.cfg, f.dir, specifier)
	if memo {
		if v, ok := r.memo.load(key); ok {
			return v
		}
	}
	res := r.resolve(f.cfg, f.dir, specifier, f.names)
	if res.Path != "" && underNodeModules(res.Path) {
		res.External = true
	}
	if memo {
		r.memo.store(key, res)
	}
	return res
}

func (r *Resolver) resolve(cfg *TSConfig, dir, spec string, names map[string]entryKind) Resolution {
	switch {
	case spec == "":
		return Resolution{Reason: "not found"}
	case strings.HasPrefix(spec, "node:"):
		return Resolution{External: true, Reason: "builtin"}
	}
	st := &resolveState{r: r, cfg: cfg, hintDir: dir, hintNames: names}
	if cfg.ModuleResolution == ResolutionClassic {
		if res, ok := st.classic(dir, spec); ok {
			return res
		}
	} else {
		passes := []extSet{extTS | extDecl | extJS}
		if cfg.ModuleResolution == ResolutionNode10 {
			passes = []extSet{extTS | extDecl, extJS}
		}
		for _, exts := range passes {
			if cfg.ResolveJSON && exts&extJS != 0 {
				exts |= extJSON
			}
			if res, ok := st.node(exts, dir, spec); ok {
				return res
			}
		}
	}
	return r.fallback(dir, spec, st.pathsMatched)
}

// fallback handles what TypeScript does not resolve: bundler aliases from the
// fsdlint config, existing non-code files (styles, images) and bare packages.
func (r *Resolver) fallback(dir, spec string, pathsMatched bool) Resolution {
	relative := isRelativeSpecifier(spec) || isAbsoluteSpecifier(spec)
	st := &resolveState{r: r, cfg: defaultConfig}
	all := extTS | extDecl | extJS | extJSON
	if !relative && len(r.aliases) > 0 {
		if p, ok := st.paths(all, r.aliases, r.aliasBase, spec, st.nodeLoader); ok {
			return Resolution{Path: p, Reason: "alias"}
		}
		if st.pathsMatched {
			return Resolution{Reason: "not found"}
		}
	}
	if relative {
		// Bundlers load other files as assets, with an optional query
		// ("./icon.svg?react", "./worker.ts?worker").
		file, _, _ := strings.Cut(spec, "?")
		if p := joinPath(dir, file); r.files.isFile(p) {
			return Resolution{Path: p, Reason: "asset"}
		}
		return Resolution{Reason: "not found"}
	}
	if pathsMatched || strings.HasPrefix(spec, "#") {
		// A matched alias or a package.json import is the project's own module.
		return Resolution{Reason: "not found"}
	}
	return Resolution{External: true, Reason: "package"}
}
