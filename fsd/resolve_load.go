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

// probe is one extension tried when the pass allows its kind of file.
type probe struct {
	kind extSet
	ext  string
}

// Probe orders per extension the specifier was written with, in TypeScript's
// order (tryAddingExtensions): TypeScript sources, declarations, then JS.
var (
	probesPlain = []probe{{extTS, ".ts"}, {extTS, ".tsx"}, {extDecl, ".d.ts"}, {extJS, ".js"}, {extJS, ".jsx"}}
	probesJSX   = []probe{{extTS, ".tsx"}, {extTS, ".ts"}, {extDecl, ".d.ts"}, {extJS, ".jsx"}, {extJS, ".js"}}
	probesESM   = []probe{{extTS, ".mts"}, {extDecl, ".d.mts"}, {extJS, ".mjs"}}
	probesCJS   = []probe{{extTS, ".cts"}, {extDecl, ".d.cts"}, {extJS, ".cjs"}}
	probesJSON  = []probe{{extDecl, ".d.json.ts"}, {extJSON, ".json"}}
)

// tryAddingExtensions probes base+extension (original is the extension the
// specifier was written with, "" when none). One folder listing answers all
// probes, without building a string per probe.
func (st *resolveState) tryAddingExtensions(base string, exts extSet, original string) (string, bool) {
	var probes []probe
	switch original {
	case ".mjs", ".mts", ".d.mts":
		probes = probesESM
	case ".cjs", ".cts", ".d.cts":
		probes = probesCJS
	case ".json":
		probes = probesJSON
	case ".tsx", ".jsx":
		probes = probesJSX
	case ".ts", ".d.ts", ".js", "":
		probes = probesPlain
	default:
		// Arbitrary extensions (".css"): only a declaration file "x.d.css.ts".
		if strings.HasSuffix(base+original, ".d"+original) {
			return "", false
		}
		probes = []probe{{extDecl, ".d" + original + ".ts"}}
	}
	dir, stem := splitPath(base)
	names := st.hintNames
	if dir != st.hintDir || names == nil {
		names = st.r.files.list(dir)
	}
	if names == nil {
		return "", false
	}
	var buf [256]byte
	for _, p := range probes {
		if exts&p.kind == 0 {
			continue
		}
		name := append(append(buf[:0], stem...), p.ext...)
		if names[string(name)] == kindFile {
			return base + p.ext, true
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
	if v, ok := r.pkgs.load(dir); ok {
		return v
	}
	var pkg *packageJSON
	if p := joinPath(dir, "package.json"); r.files.isFile(p) {
		if src, err := r.fs.ReadFile(p); err == nil {
			pkg = parsePackageJSON(dir, src)
		}
	}
	return r.pkgs.loadOrStore(dir, pkg)
}

// packageScope is the nearest package.json at or above dir.
func (r *Resolver) packageScope(dir string) *packageJSON {
	if v, ok := r.scopes.load(dir); ok {
		return v
	}
	pkg := r.packageJSON(dir)
	if pkg == nil && parentDir(dir) != dir {
		pkg = r.packageScope(parentDir(dir))
	}
	r.scopes.store(dir, pkg)
	return pkg
}
