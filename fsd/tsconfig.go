package fsd

import (
	"fmt"
	"strings"
)

// ModuleResolution is TypeScript's moduleResolution kind, after defaults.
type ModuleResolution string

const (
	ResolutionNode10   ModuleResolution = "node10"
	ResolutionBundler  ModuleResolution = "bundler"
	ResolutionNode16   ModuleResolution = "node16"
	ResolutionNodeNext ModuleResolution = "nodenext"
	ResolutionClassic  ModuleResolution = "classic"
)

// TSConfig is a tsconfig.json/jsconfig.json with its `extends` chain applied:
// what resolution needs, and enough of files/include/exclude to tell which
// project of a solution a file belongs to. Paths are absolute, slash-separated.
type TSConfig struct {
	Path string
	Dir  string

	BaseURL          string      // "" when not set
	Paths            []pathEntry // compilerOptions.paths, targets not yet joined
	PathsBase        string      // the folder `paths` targets are relative to
	ModuleResolution ModuleResolution
	AllowJS          bool
	ResolveJSON      bool
	ResolveImports   bool // package.json "imports" (resolvePackageJsonImports)
	Conditions       []string

	Files      []string // absolute; nil when "files" is not set
	Include    []string // absolute patterns; nil when "include" is not set
	Exclude    []string // absolute patterns; nil when "exclude" is not set
	OutDir     string
	References []string // absolute paths of referenced config files
}

// configValue is a path-valued option with the folder of the config file
// that set it (relative paths are relative to that file, `${configDir}` to the
// config being loaded).
type configValue struct {
	val, dir string
}

// configLayer is one file of an extends chain with the options it sets.
type configLayer struct {
	path, dir string
	extends   []string

	baseURL          *configValue
	paths            []pathEntry
	pathsDir         string // set together with paths
	hasPaths         bool
	module           string
	moduleResolution string
	target           string
	allowJS          *bool
	checkJS          *bool
	resolveJSON      *bool
	resolveImports   *bool
	conditions       []string
	hasConditions    bool
	outDir           *configValue
	files            *configList
	include          *configList
	exclude          *configList
	references       []string
	isJSConfig       bool
}

type configList struct {
	items []string
	dir   string
}

func readLayer(fsys FS, path string) (*configLayer, error) {
	src, err := fsys.ReadFile(path)
	if err != nil {
		return nil, &ConfigError{Path: path, Msg: "cannot read: " + err.Error()}
	}
	var raw rawConfig
	if err := parseJSONC(path, src, &raw); err != nil {
		return nil, err
	}
	dir := parentDir(path)
	l := &configLayer{path: path, dir: dir, isJSConfig: strings.HasSuffix(path, "/jsconfig.json")}
	fail := func(msg string) error { return &ConfigError{Path: path, Msg: msg} }

	if l.extends, err = decodeExtends(raw.Extends); err != nil {
		return nil, fail(err.Error())
	}
	opts := raw.CompilerOptions
	if v, ok := decodeString(opts["baseUrl"]); ok {
		l.baseURL = &configValue{v, dir}
	}
	if p, ok := opts["paths"]; ok && string(p) != "null" {
		if l.paths, err = decodePaths(p); err != nil {
			return nil, fail(err.Error())
		}
		l.hasPaths, l.pathsDir = true, dir
	}
	l.module, _ = decodeString(opts["module"])
	l.moduleResolution, _ = decodeString(opts["moduleResolution"])
	l.target, _ = decodeString(opts["target"])
	l.allowJS = optBool(opts["allowJs"])
	l.checkJS = optBool(opts["checkJs"])
	l.resolveJSON = optBool(opts["resolveJsonModule"])
	l.resolveImports = optBool(opts["resolvePackageJsonImports"])
	if c, ok, _ := decodeStrings(opts["customConditions"]); ok {
		l.conditions, l.hasConditions = c, true
	}
	if v, ok := decodeString(opts["outDir"]); ok {
		l.outDir = &configValue{v, dir}
	}
	for _, f := range []struct {
		name string
		raw  []byte
		dst  **configList
	}{{"files", raw.Files, &l.files}, {"include", raw.Include, &l.include}, {"exclude", raw.Exclude, &l.exclude}} {
		items, ok, err := decodeStrings(f.raw)
		if err != nil {
			return nil, fail(fmt.Sprintf("%q: %v", f.name, err))
		}
		if ok {
			*f.dst = &configList{items, dir}
		}
	}
	refs, err := decodeReferences(raw.References)
	if err != nil {
		return nil, fail(err.Error())
	}
	for _, r := range refs {
		l.references = append(l.references, joinPath(dir, r))
	}
	return l, nil
}

func optBool(raw []byte) *bool {
	if b, ok := decodeBool(raw); ok {
		return &b
	}
	return nil
}

// mergeLayer applies `over` (a config or one it extends later) on top of `base`.
func mergeLayer(base, over *configLayer) {
	if over.baseURL != nil {
		base.baseURL = over.baseURL
	}
	if over.hasPaths {
		base.paths, base.pathsDir, base.hasPaths = over.paths, over.pathsDir, true
	}
	setStr := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	setStr(&base.module, over.module)
	setStr(&base.moduleResolution, over.moduleResolution)
	setStr(&base.target, over.target)
	for _, b := range []struct{ dst, src **bool }{
		{&base.allowJS, &over.allowJS}, {&base.checkJS, &over.checkJS},
		{&base.resolveJSON, &over.resolveJSON}, {&base.resolveImports, &over.resolveImports},
	} {
		if *b.src != nil {
			*b.dst = *b.src
		}
	}
	if over.hasConditions {
		base.conditions, base.hasConditions = over.conditions, true
	}
	if over.outDir != nil {
		base.outDir = over.outDir
	}
	if over.files != nil {
		base.files = over.files
	}
	if over.include != nil {
		base.include = over.include
	}
	if over.exclude != nil {
		base.exclude = over.exclude
	}
}

// finish turns the merged chain of the config at leaf into a TSConfig.
func finish(leaf *configLayer, m *configLayer) *TSConfig {
	abs := func(v configValue) string {
		if rest, ok := strings.CutPrefix(v.val, "${configDir}"); ok {
			return joinPath(leaf.dir, "./"+rest)
		}
		return joinPath(v.dir, v.val)
	}
	absList := func(l *configList) []string {
		if l == nil {
			return nil
		}
		out := make([]string, 0, len(l.items))
		for _, it := range l.items {
			out = append(out, abs(configValue{it, l.dir}))
		}
		return out
	}
	c := &TSConfig{Path: leaf.path, Dir: leaf.dir, References: leaf.references}
	if m.baseURL != nil {
		c.BaseURL = abs(*m.baseURL)
	}
	if m.hasPaths {
		c.Paths = m.paths
		c.PathsBase = m.pathsDir
		if c.BaseURL != "" {
			c.PathsBase = c.BaseURL
		}
		// `${configDir}` in a substitution is the leaf's folder.
		for i, e := range c.Paths {
			for j, t := range e.Targets {
				if rest, ok := strings.CutPrefix(t, "${configDir}"); ok {
					targets := append([]string(nil), e.Targets...)
					targets[j] = joinPath(leaf.dir, "./"+rest)
					c.Paths[i].Targets = targets
				}
			}
		}
	}
	if m.outDir != nil {
		c.OutDir = abs(*m.outDir)
	}
	c.ModuleResolution = moduleResolutionOf(m)
	c.AllowJS = leaf.isJSConfig
	if m.allowJS != nil {
		c.AllowJS = *m.allowJS
	} else if m.checkJS != nil {
		c.AllowJS = *m.checkJS
	}
	c.ResolveJSON = c.ModuleResolution == ResolutionBundler
	if m.resolveJSON != nil {
		c.ResolveJSON = *m.resolveJSON
	}
	c.ResolveImports = c.ModuleResolution != ResolutionNode10 && c.ModuleResolution != ResolutionClassic
	if m.resolveImports != nil && c.ResolveImports {
		c.ResolveImports = *m.resolveImports
	}
	c.Conditions = conditionsFor(c.ModuleResolution, m.conditions)
	c.Files, c.Include, c.Exclude = absList(m.files), absList(m.include), absList(m.exclude)
	return c
}

// moduleResolutionOf applies TypeScript 5.9's defaults: from `module`, and
// `module` from `target` (ES5 by default: CommonJS, hence node10).
func moduleResolutionOf(m *configLayer) ModuleResolution {
	switch strings.ToLower(m.moduleResolution) {
	case "node", "node10":
		return ResolutionNode10
	case "bundler":
		return ResolutionBundler
	case "node16":
		return ResolutionNode16
	case "nodenext":
		return ResolutionNodeNext
	case "classic":
		return ResolutionClassic
	}
	module := strings.ToLower(m.module)
	if module == "" {
		switch strings.ToLower(m.target) {
		case "", "es3", "es5":
			module = "commonjs"
		default:
			module = "es2015"
		}
	}
	switch module {
	case "commonjs":
		return ResolutionNode10
	case "node16", "node18", "node20":
		return ResolutionNode16
	case "nodenext":
		return ResolutionNodeNext
	case "preserve":
		return ResolutionBundler
	}
	return ResolutionClassic
}

// conditionsFor is TypeScript's getConditions for an import with no explicit
// resolution mode: bundler resolves as ESM, node16/nodenext as CommonJS.
func conditionsFor(mr ModuleResolution, custom []string) []string {
	var c []string
	switch mr {
	case ResolutionBundler:
		c = []string{"import", "types"}
	case ResolutionNode16, ResolutionNodeNext:
		c = []string{"require", "types", "node"}
	default:
		return nil
	}
	return append(c, custom...)
}
