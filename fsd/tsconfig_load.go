package fsd

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
)

// configLoader reads tsconfig files once each and applies `extends` chains.
// Safe for concurrent use.
type configLoader struct {
	fs    FS
	files *dirCache

	mu      sync.Mutex
	layers  map[string]*layerResult
	configs map[string]*configResult
	errs    map[string]*ConfigError
}

type layerResult struct {
	layer *configLayer
	err   error
}

type configResult struct {
	once sync.Once
	cfg  *TSConfig
	err  error
}

func newConfigLoader(fsys FS, files *dirCache) *configLoader {
	return &configLoader{
		fs: fsys, files: files,
		layers:  map[string]*layerResult{},
		configs: map[string]*configResult{},
		errs:    map[string]*ConfigError{},
	}
}

// load returns the config at path with its extends chain applied.
func (l *configLoader) load(path string) (*TSConfig, error) {
	l.mu.Lock()
	r, ok := l.configs[path]
	if !ok {
		r = &configResult{}
		l.configs[path] = r
	}
	l.mu.Unlock()
	r.once.Do(func() {
		merged, err := l.chain(path, nil)
		if err != nil {
			r.err = err
			l.record(err)
			return
		}
		leaf, _ := l.layer(path)
		r.cfg = finish(leaf, merged)
	})
	return r.cfg, r.err
}

func (l *configLoader) record(err error) {
	var ce *ConfigError
	if !errors.As(err, &ce) {
		return
	}
	l.mu.Lock()
	if _, seen := l.errs[ce.Path+"\x00"+ce.Msg]; !seen {
		l.errs[ce.Path+"\x00"+ce.Msg] = ce
	}
	l.mu.Unlock()
}

func (l *configLoader) layer(path string) (*configLayer, error) {
	l.mu.Lock()
	r, ok := l.layers[path]
	l.mu.Unlock()
	if ok {
		return r.layer, r.err
	}
	layer, err := readLayer(l.fs, path)
	l.mu.Lock()
	l.layers[path] = &layerResult{layer, err}
	l.mu.Unlock()
	return layer, err
}

// chain merges path's extends chain into a fresh layer: bases first (in array
// order, each with its own bases), then the file itself. It fails only when
// path itself cannot be read or parsed.
func (l *configLoader) chain(path string, visiting []string) (*configLayer, error) {
	for _, v := range visiting {
		if v == path {
			return nil, &ConfigError{Path: visiting[0], Msg: "cyclic \"extends\": " + strings.Join(append(visiting, path), " -> ")}
		}
	}
	own, err := l.layer(path)
	if err != nil {
		return nil, err
	}
	visiting = append(visiting, path)
	merged := &configLayer{path: own.path, dir: own.dir, isJSConfig: own.isJSConfig}
	// Like TypeScript, a base that cannot be used is reported and skipped: the
	// config's own options still apply.
	for _, ext := range own.extends {
		target, ok := l.resolveExtends(ext, own.dir)
		if !ok {
			l.record(&ConfigError{Path: path, Msg: "\"extends\" target not found: " + ext})
			continue
		}
		base, err := l.chain(target, visiting)
		if err != nil {
			l.record(err)
			continue
		}
		mergeLayer(merged, base)
	}
	mergeLayer(merged, own)
	return merged, nil
}

// resolveExtends finds the file an "extends" entry names: a path relative to
// the config (".json" added when missing), or a package config found in
// node_modules folders from the config's folder up.
func (l *configLoader) resolveExtends(spec, dir string) (string, bool) {
	if isRelativeSpecifier(spec) || isAbsoluteSpecifier(spec) {
		p := joinPath(dir, spec)
		if l.files.isFile(p) {
			return p, true
		}
		if !strings.HasSuffix(p, ".json") && l.files.isFile(p+".json") {
			return p + ".json", true
		}
		return "", false
	}
	name, sub := splitPackageSpecifier(spec)
	for d := dir; ; d = parentDir(d) {
		pkg := joinPath(d, "node_modules/"+name)
		if l.files.isDir(pkg) {
			if p, ok := l.packageConfig(pkg, sub); ok {
				return p, true
			}
		}
		if parentDir(d) == d {
			return "", false
		}
	}
}

// packageConfig picks a config file inside an installed package. A package
// with "exports" is read through them only (as TypeScript and node do);
// otherwise the "tsconfig" field (or tsconfig.json) names the package's own
// config, and a sub-path is a file, the file with ".json" added, or a folder
// holding tsconfig.json.
func (l *configLoader) packageConfig(pkg, sub string) (string, bool) {
	var pj struct {
		TSConfig string          `json:"tsconfig"`
		Exports  json.RawMessage `json:"exports"`
	}
	if src, err := l.fs.ReadFile(pkg + "/package.json"); err == nil {
		_ = json.Unmarshal(src, &pj) // a broken package.json counts as empty
	}
	if len(pj.Exports) > 0 && string(pj.Exports) != "null" {
		return l.exportedConfig(pkg, sub, pj.Exports)
	}
	if sub == "" {
		if pj.TSConfig != "" {
			if p := joinPath(pkg, pj.TSConfig); l.files.isFile(p) {
				return p, true
			}
		}
		p := pkg + "/tsconfig.json"
		return p, l.files.isFile(p)
	}
	p := joinPath(pkg, sub)
	for _, c := range []string{p, p + ".json", p + "/tsconfig.json"} {
		if l.files.isFile(c) {
			return c, true
		}
	}
	return "", false
}

// configConditions are TypeScript's conditions for an `extends` lookup
// (node16 rules, CommonJS).
var configConditions = []string{"require", "types", "node"}

// exportedConfig resolves "./sub" (or ".") through a package's "exports":
// an exact key or one "*" pattern, string targets or conditions.
func (l *configLoader) exportedConfig(pkg, sub string, raw json.RawMessage) (string, bool) {
	exports, err := decodeOrdered(raw)
	if err != nil {
		return "", false
	}
	key := "."
	if sub != "" {
		key = "./" + sub
	}
	// "exports": "./x.json" or {"require": …} stands for {".": …}.
	if exports.kind != 'o' || (len(exports.keys) > 0 && !strings.HasPrefix(exports.keys[0], ".")) {
		exports = &orderedJSON{kind: 'o', keys: []string{"."}, vals: []*orderedJSON{exports}}
	}
	target, star := exports.get(key), ""
	if target == nil {
		best := -1
		for i, k := range exports.keys {
			before, after, ok := strings.Cut(k, "*")
			if ok && len(before) > best && strings.HasPrefix(key, before) && strings.HasSuffix(key, after) && len(key) >= len(k)-1 {
				best, target, star = len(before), exports.vals[i], key[len(before):len(key)-len(after)]
			}
		}
	}
	var follow func(t *orderedJSON) (string, bool)
	follow = func(t *orderedJSON) (string, bool) {
		switch {
		case t == nil:
		case t.kind == 's' && strings.HasPrefix(t.str, "./"):
			p := joinPath(pkg, strings.ReplaceAll(t.str, "*", star))
			if l.files.isFile(p) {
				return p, true
			}
			if !strings.HasSuffix(p, ".json") && l.files.isFile(p+".json") {
				return p + ".json", true
			}
		case t.kind == 'o':
			for i, c := range t.keys {
				if c == "default" || contains(configConditions, c) {
					if p, ok := follow(t.vals[i]); ok {
						return p, true
					}
				}
			}
		case t.kind == 'a':
			for _, v := range t.vals {
				if p, ok := follow(v); ok {
					return p, true
				}
			}
		}
		return "", false
	}
	return follow(target)
}

// splitPackageSpecifier splits "@scope/pkg/sub/path" into "@scope/pkg" and "sub/path".
func splitPackageSpecifier(spec string) (name, sub string) {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
		if len(parts) == 3 {
			sub = parts[2]
		}
		return name, sub
	}
	name, sub, _ = strings.Cut(spec, "/")
	return name, sub
}

// nearestConfig is the closest tsconfig.json (or, in a folder without one,
// jsconfig.json) at or above dir; nil when there is none.
func (l *configLoader) nearestConfig(dir string) *TSConfig {
	info := l.files.info(dir)
	if n := info.nearest.Load(); n != nil {
		return n.cfg
	}
	var cfg *TSConfig
	found := false
	for _, name := range []string{"tsconfig.json", "jsconfig.json"} {
		if info.names[name] == kindFile {
			found = true
			if c, err := l.load(joinPath(dir, name)); err == nil {
				cfg = c
			}
			break
		}
	}
	if !found && parentDir(dir) != dir {
		cfg = l.nearestConfig(parentDir(dir))
	}
	info.nearest.Store(&nearestConfig{cfg})
	return cfg
}

// projectFor is the config a file is compiled with: its nearest config, or,
// when that one does not include the file but references projects, the first
// referenced project (depth first) that does — a solution-style root config.
func (l *configLoader) projectFor(file string) *TSConfig {
	cfg := l.nearestConfig(parentDir(file))
	if cfg == nil || len(cfg.References) == 0 || cfg.includes(file) {
		return cfg
	}
	if ref := l.referencedProject(cfg, file, map[string]bool{cfg.Path: true}); ref != nil {
		return ref
	}
	return cfg
}

func (l *configLoader) referencedProject(cfg *TSConfig, file string, seen map[string]bool) *TSConfig {
	for _, ref := range cfg.References {
		p := ref
		if !strings.HasSuffix(p, ".json") {
			p += "/tsconfig.json"
		}
		if seen[p] {
			continue
		}
		seen[p] = true
		rc, err := l.load(p)
		if err != nil {
			continue
		}
		if rc.includes(file) {
			return rc
		}
		if found := l.referencedProject(rc, file, seen); found != nil {
			return found
		}
	}
	return nil
}

// errors returns the config errors met so far.
func (l *configLoader) errors() []*ConfigError {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]*ConfigError, 0, len(l.errs))
	for _, e := range l.errs {
		out = append(out, e)
	}
	return out
}
