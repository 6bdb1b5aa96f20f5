package fsdrules

import (
	"path"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// factIndex finds the facts and graph node of linted files by path.
type factIndex struct {
	ctx   *rules.ProjectContext
	files map[string]*rules.ProjectFile
}

func newFactIndex(ctx *rules.ProjectContext) *factIndex {
	return &factIndex{ctx: ctx, files: indexFiles(ctx)}
}

// exports says whether module p exports name, following `export * from`
// through the graph (depth-limited against cycles).
func (fi *factIndex) exports(p, name string, depth int) bool {
	f := fi.files[p]
	if f == nil || f.Facts == nil || depth > 8 {
		return false
	}
	for _, e := range f.Facts.Exports {
		if e.Name == name {
			return true
		}
	}
	if name == "default" || fi.ctx.Graph == nil {
		return false // `export *` never re-exports a default
	}
	n := fi.ctx.Graph.Node(p)
	if n == nil {
		return false
	}
	for _, all := range f.Facts.ExportsAll {
		for _, ed := range n.Edges {
			if ed.Import.Kind == tsparse.ImportExport && ed.Import.Specifier == all && ed.Target != "" && !ed.External &&
				fi.exports(ed.Target, name, depth+1) {
				return true
			}
		}
	}
	return false
}

// sidestepFix rewrites the specifier to the first public API that exports
// every name the import uses. Imports without names (side effects, dynamic
// import, require) and namespace imports get no fix: their meaning would change.
func sidestepFix(fi *factIndex, e *importEdge, apis []publicAPI) (rules.Fix, bool) {
	imp := e.Import
	if len(imp.Names) == 0 {
		return rules.Fix{}, false
	}
	for _, api := range apis {
		index := mainIndex(api.indexes)
		if index == "" {
			continue
		}
		ok := true
		for _, n := range imp.Names {
			if n.Imported == "*" || !fi.exports(index, n.Imported, 0) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		spec, ok := rewriteSpecifier(imp.Specifier, e.From, e.Target, api.dir)
		if !ok || imp.SpecifierRange.Len() < 2 {
			continue
		}
		return rules.Fix{
			Message: "Import from the public API " + spec,
			Safety:  rules.SafeFix,
			// Keep the quotes; replace the text between them.
			Edits: []rules.Edit{{Start: imp.SpecifierRange.Start + 1, End: imp.SpecifierRange.End - 1, NewText: spec}},
		}, true
	}
	return rules.Fix{}, false
}

// mainIndex picks `index.*` over `index.client.*`/`index.server.*` (which
// serve one environment only): only a plain index is a safe target.
func mainIndex(indexes []string) string {
	for _, f := range indexes {
		if fsd.Stem(path.Base(f)) == "index" && !strings.HasSuffix(f, ".d.ts") {
			return f
		}
	}
	return ""
}

// rewriteSpecifier turns the specifier that reached target into one that
// reaches apiDir, in the same style: relative specifiers stay relative,
// aliased ones keep their alias (the trailing path parts below apiDir are cut).
func rewriteSpecifier(spec, from, target, apiDir string) (string, bool) {
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") {
		rel := relativePath(path.Dir(from), apiDir)
		if !strings.HasPrefix(rel, ".") {
			rel = "./" + rel
		}
		return rel, true
	}
	inside := strings.TrimPrefix(target, apiDir+"/")
	if inside == target {
		return "", false
	}
	parts := strings.Split(inside, "/")
	last := parts[len(parts)-1]
	// The specifier may name the file with or without extension, or its folder (index).
	candidates := []string{strings.Join(parts, "/"), strings.Join(append(parts[:len(parts)-1:len(parts)-1], fsd.Stem(last)), "/")}
	if fsd.IsIndexName(last) && len(parts) > 1 {
		candidates = append(candidates, strings.Join(parts[:len(parts)-1], "/"))
	}
	trimmed := strings.TrimSuffix(spec, "/")
	for _, c := range candidates {
		if c != "" && strings.HasSuffix(trimmed, "/"+c) {
			return strings.TrimSuffix(trimmed, "/"+c), true
		}
	}
	return "", false
}

// relativePath is the slash path from dir to target.
func relativePath(dir, target string) string {
	d := strings.Split(strings.Trim(dir, "/"), "/")
	t := strings.Split(strings.Trim(target, "/"), "/")
	i := 0
	for i < len(d) && i < len(t) && d[i] == t[i] {
		i++
	}
	var parts []string
	for range d[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, t[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}
