package fsd

import "strings"

// joinPathKeepSlash joins like TypeScript's normalizePathForCJSResolution: a
// trailing slash, "." or ".." makes the candidate a folder only ("dir/").
func joinPathKeepSlash(dir, rel string) string {
	p := joinPath(dir, rel)
	_, last := splitPath(strings.TrimRight(rel, "/"))
	if p != "/" && (strings.HasSuffix(rel, "/") || last == "." || last == "..") {
		return p + "/"
	}
	return p
}

// nodeLoader is nodeLoadModuleByRelativeName: the candidate as a file, then
// as a folder (package.json types/main, index).
func (st *resolveState) nodeLoader(exts extSet, candidate string) (string, bool) {
	if !strings.HasSuffix(candidate, "/") {
		if p, ok := st.loadFile(exts, candidate); ok {
			return p, true
		}
	}
	return st.loadDirectory(exts, strings.TrimSuffix(candidate, "/"))
}

// fileLoader is classic resolution's loader: files only, never folders.
func (st *resolveState) fileLoader(exts extSet, candidate string) (string, bool) {
	return st.loadFile(exts, strings.TrimSuffix(candidate, "/"))
}

// loadFile is loadModuleFromFile: replace a JS/TS extension by the TS ones,
// then add extensions to the name as written.
func (st *resolveState) loadFile(exts extSet, candidate string) (string, bool) {
	if p, ok := st.loadFileNoImplicitExtension(exts, candidate); ok {
		return p, true
	}
	return st.tryAddingExtensions(candidate, exts, "")
}

var removableExtensions = []string{".d.ts", ".d.mts", ".d.cts", ".mjs", ".mts", ".cjs", ".cts", ".ts", ".js", ".tsx", ".jsx", ".json"}

// extensionOf returns the known extension a path ends with ("" when none).
func extensionOf(p string) string {
	for _, e := range removableExtensions {
		if strings.HasSuffix(p, e) {
			return e
		}
	}
	return ""
}

func (st *resolveState) loadFileNoImplicitExtension(exts extSet, candidate string) (string, bool) {
	_, base := splitPath(candidate)
	if !strings.Contains(base, ".") {
		return "", false
	}
	ext := extensionOf(candidate)
	if ext == "" {
		ext = candidate[strings.LastIndexByte(candidate, '.'):]
	}
	return st.tryAddingExtensions(candidate[:len(candidate)-len(ext)], exts, ext)
}

// tryAddingExtensions probes in TypeScript's order for the extension the
// specifier was written with (original is "" when it had none).
func (st *resolveState) tryAddingExtensions(base string, exts extSet, original string) (string, bool) {
	try := func(list ...string) (string, bool) {
		for _, e := range list {
			if st.r.files.isFile(base + e) {
				return base + e, true
			}
		}
		return "", false
	}
	ts, decl, js, json := exts&extTS != 0, exts&extDecl != 0, exts&extJS != 0, exts&extJSON != 0
	var order [][]string
	add := func(on bool, list ...string) {
		if on {
			order = append(order, list)
		}
	}
	switch original {
	case ".mjs", ".mts", ".d.mts":
		add(ts, ".mts")
		add(decl, ".d.mts")
		add(js, ".mjs")
	case ".cjs", ".cts", ".d.cts":
		add(ts, ".cts")
		add(decl, ".d.cts")
		add(js, ".cjs")
	case ".json":
		add(decl, ".d.json.ts")
		add(json, ".json")
	case ".tsx", ".jsx":
		add(ts, ".tsx", ".ts")
		add(decl, ".d.ts")
		add(js, ".jsx", ".js")
	case ".ts", ".d.ts", ".js", "":
		add(ts, ".ts", ".tsx")
		add(decl, ".d.ts")
		add(js, ".js", ".jsx")
	default:
		// Arbitrary extensions (".css"): only a declaration file "x.d.css.ts".
		if decl && !strings.HasSuffix(base+original, ".d"+original) {
			add(true, ".d"+original+".ts")
		}
	}
	for _, list := range order {
		if p, ok := try(list...); ok {
			return p, true
		}
	}
	return "", false
}

// loadDirectory is loadNodeModuleFromDirectory for a local folder: the
// package.json "typings"/"types" (declaration passes) or "main" field, then index.
func (st *resolveState) loadDirectory(exts extSet, dir string) (string, bool) {
	if pkg := st.r.packageJSON(dir); pkg != nil {
		field := ""
		if exts&extDecl != 0 {
			field = pkg.typings
			if field == "" {
				field = pkg.types
			}
		}
		if field == "" {
			field = pkg.main
		}
		if field != "" {
			file := joinPath(dir, field)
			if p, ok := st.fromPackageField(exts, file); ok {
				return p, true
			}
			expanded := exts
			if exts == extDecl {
				expanded = extTS | extDecl
			}
			if p, ok := st.loadFile(expanded, file); ok {
				return p, true
			}
			if p, ok := st.loadFile(expanded, file+"/index"); ok {
				return p, true
			}
		}
	}
	return st.loadFile(exts, joinPath(dir, "index"))
}

// fromPackageField is loadFileNameFromPackageJsonField: a path with a TS
// extension is taken as is; otherwise its JS extension is mapped to TS.
func (st *resolveState) fromPackageField(exts extSet, file string) (string, bool) {
	tsImpl := hasAnySuffix(file, ".ts", ".tsx", ".mts", ".cts")
	tsDecl := hasAnySuffix(file, ".d.ts", ".d.mts", ".d.cts")
	if (exts&extTS != 0 && tsImpl) || (exts&extDecl != 0 && tsDecl) {
		return file, st.r.files.isFile(file)
	}
	return st.loadFileNoImplicitExtension(exts, file)
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// packageJSON reads dir/package.json once (nil when there is none).
func (r *Resolver) packageJSON(dir string) *packageJSON {
	if v, ok := r.pkgs.Load(dir); ok {
		return v.(*packageJSON)
	}
	var pkg *packageJSON
	if p := joinPath(dir, "package.json"); r.files.isFile(p) {
		if src, err := r.fs.ReadFile(p); err == nil {
			pkg = parsePackageJSON(dir, src)
		}
	}
	v, _ := r.pkgs.LoadOrStore(dir, pkg)
	return v.(*packageJSON)
}

// packageScope is the nearest package.json at or above dir.
func (r *Resolver) packageScope(dir string) *packageJSON {
	if v, ok := r.scopes.Load(dir); ok {
		return v.(*packageJSON)
	}
	pkg := r.packageJSON(dir)
	if pkg == nil && parentDir(dir) != dir {
		pkg = r.packageScope(parentDir(dir))
	}
	r.scopes.Store(dir, pkg)
	return pkg
}
