package fsd

import (
	"sort"
	"strings"
)

// paths applies `paths`-style patterns (tsconfig compilerOptions.paths or the
// fsdlint aliases): an exact key wins, else the pattern with the longest prefix
// before its '*'; its substitutions are tried in order.
func (st *resolveState) paths(exts extSet, entries []pathEntry, base, spec string, load loader) (string, bool) {
	st.matchedAny = false
	var match *pathEntry
	star, hasStar := "", false
	for i := range entries {
		if entries[i].Pattern == spec && !strings.Contains(spec, "*") {
			match = &entries[i]
			break
		}
	}
	if match == nil {
		best := -1
		for i, e := range entries {
			idx := strings.IndexByte(e.Pattern, '*')
			if idx < 0 {
				continue
			}
			prefix, suffix := e.Pattern[:idx], e.Pattern[idx+1:]
			if len(prefix) > best && len(spec) >= len(prefix)+len(suffix) &&
				strings.HasPrefix(spec, prefix) && strings.HasSuffix(spec, suffix) {
				best = len(prefix)
				match = &entries[i]
				star, hasStar = spec[len(prefix):len(spec)-len(suffix)], true
			}
		}
	}
	if match == nil {
		return "", false
	}
	st.matchedAny = true
	if match.Pattern != "*" {
		st.pathsMatched = true
	}
	for _, subst := range match.Targets {
		p := subst
		if hasStar {
			p = strings.Replace(subst, "*", star, 1)
		}
		candidate := joinPathKeepSlash(base, p)
		// A substitution may name a file with its extension.
		if extensionOf(subst) != "" && st.r.files.isFile(candidate) {
			return candidate, true
		}
		if found, ok := load(exts, candidate); ok {
			return found, true
		}
	}
	return "", false
}

// imports resolves "#name" through the "imports" field of the nearest
// package.json (node's PACKAGE_IMPORTS_RESOLVE as TypeScript implements it).
func (st *resolveState) imports(exts extSet, dir, spec string) (string, bool) {
	if spec == "#" || strings.HasPrefix(spec, "#/") {
		return "", false
	}
	scope := st.r.packageScope(dir)
	if scope == nil || scope.imports == nil || scope.imports.kind != 'o' {
		return "", false
	}
	table := scope.imports
	if !strings.HasSuffix(spec, "/") && !strings.Contains(spec, "*") {
		if t := table.get(spec); t != nil {
			return st.importTarget(exts, scope, t, "", false)
		}
	}
	var keys []string
	for _, k := range table.keys {
		if strings.Count(k, "*") == 1 || strings.HasSuffix(k, "/") {
			keys = append(keys, k)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return comparePatternKeys(keys[i], keys[j]) < 0 })
	for _, k := range keys {
		t := table.get(k)
		star := strings.IndexByte(k, '*')
		switch {
		case star >= 0 && !strings.HasSuffix(k, "*") && strings.HasPrefix(spec, k[:star]) && strings.HasSuffix(spec, k[star+1:]) && len(spec) >= len(k)-1:
			return st.importTarget(exts, scope, t, spec[star:len(spec)-(len(k)-1-star)], true)
		case strings.HasSuffix(k, "*") && strings.HasPrefix(spec, k[:len(k)-1]):
			return st.importTarget(exts, scope, t, spec[len(k)-1:], true)
		case strings.HasPrefix(spec, k):
			return st.importTarget(exts, scope, t, spec[len(k):], false)
		}
	}
	return "", false
}

// comparePatternKeys orders pattern keys most specific first (node's PATTERN_KEY_COMPARE).
func comparePatternKeys(a, b string) int {
	ai, bi := strings.IndexByte(a, '*'), strings.IndexByte(b, '*')
	baseA, baseB := len(a), len(b)
	if ai >= 0 {
		baseA = ai + 1
	}
	if bi >= 0 {
		baseB = bi + 1
	}
	switch {
	case baseA > baseB:
		return -1
	case baseB > baseA:
		return 1
	case ai < 0:
		return 1
	case bi < 0:
		return -1
	case len(a) > len(b):
		return -1
	case len(b) > len(a):
		return 1
	}
	return 0
}

// importTarget follows one "imports" target: a "./" path inside the package,
// conditions in written order, or an array of fallbacks. Targets naming
// another package are left to the bundler (external).
func (st *resolveState) importTarget(exts extSet, scope *packageJSON, t *orderedJSON, subpath string, pattern bool) (string, bool) {
	switch t.kind {
	case 's':
		target := t.str
		if !pattern && subpath != "" && !strings.HasSuffix(target, "/") {
			return "", false
		}
		if !strings.HasPrefix(target, "./") {
			return "", false
		}
		if badSegments(target[2:]) || badSegments(subpath) {
			return "", false
		}
		resolved := scope.dir + "/" + target[2:]
		var final string
		if pattern {
			final = strings.ReplaceAll(resolved, "*", subpath)
		} else {
			final = resolved + subpath
		}
		return st.fromPackageField(exts, joinPath("/", final))
	case 'o':
		for i, cond := range t.keys {
			if cond == "default" || contains(st.cfg.Conditions, cond) || (strings.HasPrefix(cond, "types@") && contains(st.cfg.Conditions, "types")) {
				if p, ok := st.importTarget(exts, scope, t.vals[i], subpath, pattern); ok {
					return p, true
				}
			}
		}
	case 'a':
		for _, v := range t.vals {
			if p, ok := st.importTarget(exts, scope, v, subpath, pattern); ok {
				return p, true
			}
		}
	}
	return "", false
}

// badSegments: "." , ".." or node_modules segments are invalid in targets.
func badSegments(p string) bool {
	for _, s := range strings.Split(p, "/") {
		if s == "." || s == ".." || s == "node_modules" {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// classic is TypeScript's classic resolution: files only (no index, no
// package.json); bare names are looked up in every folder from dir upward.
func (st *resolveState) classic(dir, spec string) (Resolution, bool) {
	passes := []extSet{extTS | extDecl, extJS}
	if st.cfg.ResolveJSON {
		passes[1] |= extJSON
	}
	for _, exts := range passes {
		if res, ok := st.settings(exts, dir, spec, st.fileLoader); ok {
			return res, true
		}
		if isRelativeSpecifier(spec) || isAbsoluteSpecifier(spec) {
			if p, ok := st.loadFile(exts, joinPath(dir, spec)); ok {
				return Resolution{Path: p, Reason: "relative"}, true
			}
			continue
		}
		for d := dir; ; d = parentDir(d) {
			if p, ok := st.loadFile(exts, joinPath(d, spec)); ok {
				return Resolution{Path: p, Reason: "classic"}, true
			}
			if parentDir(d) == d {
				break
			}
		}
	}
	return Resolution{}, false
}
