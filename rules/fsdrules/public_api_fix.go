package fsdrules

import (
	"path"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// indexFiles maps the linted files by path.
func indexFiles(ctx *rules.ProjectContext) map[string]*rules.ProjectFile {
	m := make(map[string]*rules.ProjectFile, len(ctx.Files))
	for _, f := range ctx.Files {
		m[f.Path] = f
	}
	return m
}

var sourceExts = setOf(".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs")

// isModuleFile: a source file that belongs in a public API (not a test,
// story or declaration file).
func isModuleFile(name string) bool {
	if !sourceExts[path.Ext(name)] || strings.HasSuffix(name, ".d.ts") {
		return false
	}
	for _, kind := range []string{".test.", ".spec.", ".stories.", ".story."} {
		if strings.Contains(name, kind) {
			return false
		}
	}
	return true
}

// createIndexFix makes the unsafe fix of fsd/public-api: a new index file in
// dir that re-exports each module below it by name (every name its facts
// export), or with `export *` when the module's facts are unknown.
func createIndexFix(files map[string]*rules.ProjectFile, dir *fsd.Dir) rules.Fix {
	var b strings.Builder
	ts := false
	seen := map[string]bool{} // a name exported twice would not compile: the first module keeps it
	addModule := func(spec, file string) {
		ext := path.Ext(file)
		if ext == ".ts" || ext == ".tsx" || ext == ".mts" || ext == ".cts" {
			ts = true
		}
		writeReexport(&b, spec, files[file], seen)
	}
	for _, d := range dir.Dirs {
		if d.Name == fsd.CrossImportToken {
			continue // cross-import APIs are not part of the public API
		}
		if idx := firstIndex(d); idx != "" {
			addModule("./"+d.Name, idx)
			continue
		}
		for _, f := range d.Files {
			if isModuleFile(path.Base(f)) {
				addModule("./"+d.Name+"/"+fsd.Stem(path.Base(f)), f)
			}
		}
	}
	for _, f := range dir.Files {
		if name := path.Base(f); isModuleFile(name) && !fsd.IsIndexName(name) {
			addModule("./"+fsd.Stem(name), f)
		}
	}
	indexName := "index.js"
	if ts {
		indexName = "index.ts"
	}
	return rules.Fix{
		Message: "Create " + indexName + " re-exporting the modules inside",
		Safety:  rules.UnsafeFix,
		Path:    dir.Path + "/" + indexName,
		Edits:   []rules.Edit{{Start: 0, End: 0, NewText: b.String()}},
	}
}

func firstIndex(d *fsd.Dir) string {
	for _, f := range d.Files {
		if name := path.Base(f); fsd.IsIndexName(name) && isModuleFile(name) {
			return f
		}
	}
	return ""
}

// writeReexport writes `export { a, b } from 'spec'` (and `export type { T }`
// for type-only names); `export *` when the exports are unknown.
func writeReexport(b *strings.Builder, spec string, f *rules.ProjectFile, seen map[string]bool) {
	if f == nil || f.Facts == nil {
		b.WriteString("export * from '" + spec + "'\n")
		return
	}
	var values, types []string
	for _, e := range f.Facts.Exports {
		if e.Name == "default" || seen[e.Name] {
			continue // a default export needs a name the fix cannot choose
		}
		seen[e.Name] = true
		if e.TypeOnly {
			types = append(types, e.Name)
		} else {
			values = append(values, e.Name)
		}
	}
	writeNames(b, "export", values, spec)
	writeNames(b, "export type", types, spec)
	for _, all := range f.Facts.ExportsAll {
		b.WriteString("export * from '" + joinSpecifier(spec, all) + "'\n")
	}
}

func writeNames(b *strings.Builder, keyword string, names []string, spec string) {
	if len(names) == 0 {
		return
	}
	sort.Strings(names)
	b.WriteString(keyword + " { " + strings.Join(names, ", ") + " } from '" + spec + "'\n")
}

// joinSpecifier rebases a relative `export *` specifier of a module at spec
// onto the new index's folder; other specifiers stay as written.
func joinSpecifier(spec, inner string) string {
	if !strings.HasPrefix(inner, ".") {
		return inner
	}
	return "./" + path.Join(path.Dir(spec), inner)
}

var _ = tsparse.Export{}
