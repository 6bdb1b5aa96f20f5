package tsparse

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// EsbuildImports takes a file's imports through esbuild: the fallback for a file
// that tsparse rejects but esbuild accepts, so that it still counts for the
// project rules. Type-only statements and `import x = require("x")` are first
// rewritten to side-effect imports of the same length (esbuild drops them
// otherwise) and come back with their kind and TypeOnly flag. It returns an
// error when esbuild rejects the file.
//
// Limits: Names are not filled, and StatementRange is the specifier's range
// unless the scanner recognised the statement or call.
func EsbuildImports(path string, src []byte) ([]Import, error) {
	refs := scanModuleStatements(src)
	rewritten := rewriteForEsbuild(src, refs)

	var calls []resolveCall
	var errs []string
	for _, experimental := range experimentalDecoratorSettings {
		if calls, errs = esbuildResolveCalls(path, rewritten, experimental); len(errs) == 0 {
			break
		}
	}
	if len(errs) > 0 {
		return nil, errors.New(errs[0])
	}

	// esbuild asks the plugin once per (kind, path) of a file, so the scanner's
	// references supply the other occurrences of the same module.
	lines := NewLineTable(rewritten)
	var imports []Import
	seen := map[int32]bool{}
	add := func(imp Import) {
		if !seen[imp.SpecifierRange.Start] {
			seen[imp.SpecifierRange.Start] = true
			imports = append(imports, imp)
		}
	}
	for _, rc := range calls {
		for _, ref := range refs {
			if esbuildKindOf(ref) == rc.kind && literalValue(src, ref.Specifier) == rc.path {
				add(Import{Specifier: rc.path, Kind: ref.Kind, TypeOnly: ref.TypeOnly,
					SpecifierRange: ref.Specifier, StatementRange: Range{ref.Keyword, ref.End}})
			}
		}
		start := esbuildOffset(lines, rewritten, rc.loc)
		end := start + int32(rc.loc.Length)
		kind, ok := importKindOf(rc.kind)
		if !ok || !isLiteralSpecifier(src, start, end) {
			continue // a template with substitutions, or not an import the facts count
		}
		add(Import{Specifier: rc.path, Kind: kind, SpecifierRange: Range{start, end}, StatementRange: Range{start, end}})
	}
	sort.SliceStable(imports, func(i, j int) bool {
		return imports[i].SpecifierRange.Start < imports[j].SpecifierRange.Start
	})
	return imports, nil
}

// esbuildKindOf is the kind esbuild reports for a reference the scanner found;
// rewritten ones are `import "x"` statements by then.
func esbuildKindOf(ref moduleStatement) api.ResolveKind {
	if rewrittenForEsbuild(ref) {
		return api.ResolveJSImportStatement
	}
	switch ref.Kind {
	case ImportRequire:
		return api.ResolveJSRequireCall
	case ImportDynamic:
		return api.ResolveJSDynamicImport
	}
	return api.ResolveJSImportStatement
}

// importKindOf maps esbuild's kinds to the facts' kinds; esbuild does not tell
// `export … from` from `import`, nor `import x = require()` from `require()`,
// which the scanner's match above settles for top-level statements.
func importKindOf(k api.ResolveKind) (ImportKind, bool) {
	switch k {
	case api.ResolveJSImportStatement:
		return ImportStatic, true
	case api.ResolveJSRequireCall:
		return ImportRequire, true
	case api.ResolveJSDynamicImport:
		return ImportDynamic, true
	}
	return "", false
}

// isLiteralSpecifier accepts src[start:end] when it is a quoted string or a
// template without substitutions, the specifiers the facts count.
func isLiteralSpecifier(src []byte, start, end int32) bool {
	if start < 0 || int(end) > len(src) || end-start < 2 {
		return false
	}
	switch src[start] {
	case '"', '\'':
		return true
	case '`':
		return !bytes.Contains(src[start:end], []byte("${"))
	}
	return false
}

// resolveCall is one import esbuild asked the plugin to resolve.
type resolveCall struct {
	path string
	kind api.ResolveKind
	loc  *api.Location
}

const resolveTag = "fsdlint-resolve "

// esbuildResolveCalls bundles src as the only entry point with a plugin that
// marks every import external (nothing is read from disk) and attaches a
// location-less warning to each; esbuild fills in the specifier's location.
// It returns esbuild's error messages when the file does not parse.
func esbuildResolveCalls(path string, src []byte, experimentalDecorators bool) ([]resolveCall, []string) {
	var mu sync.Mutex
	var calls []resolveCall
	record := api.Plugin{Name: "fsdlint-record-imports", Setup: func(b api.PluginBuild) {
		b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
			mu.Lock()
			id := len(calls)
			calls = append(calls, resolveCall{path: args.Path, kind: args.Kind})
			mu.Unlock()
			return api.OnResolveResult{
				Path:     args.Path,
				External: true,
				Warnings: []api.Message{{Text: resolveTag + strconv.Itoa(id)}},
			}, nil
		})
	}}
	result := api.Build(api.BuildOptions{
		Stdin:  &api.StdinOptions{Contents: string(src), Sourcefile: path, Loader: esbuildLoader(path)},
		Bundle: true,
		Write:  false,
		Format: api.FormatESModule, // top-level await is fine
		// The output is thrown away; indented printing of deeply nested
		// blocks is quadratic (100,000 nested blocks took minutes).
		MinifyWhitespace: true,

		LogLevel: api.LogLevelSilent,
		// Type-only statements were rewritten before; verbatim keeps the rest.
		TsconfigRaw: esbuildTsconfig(experimentalDecorators, true),
		Plugins:     []api.Plugin{record},
	})
	if len(result.Errors) > 0 {
		msgs := make([]string, len(result.Errors))
		for i, m := range result.Errors {
			msgs[i] = formatEsbuildMessage(m)
		}
		return nil, msgs
	}
	var out []resolveCall
	for _, w := range result.Warnings {
		idText, ok := strings.CutPrefix(w.Text, resolveTag)
		if !ok || w.Location == nil {
			continue
		}
		id, err := strconv.Atoi(idText)
		if err != nil || id < 0 || id >= len(calls) {
			continue
		}
		rc := calls[id]
		rc.loc = w.Location
		out = append(out, rc)
	}
	return out, nil
}

func formatEsbuildMessage(m api.Message) string {
	if m.Location == nil {
		return m.Text
	}
	return fmt.Sprintf("%s:%d:%d: %s", m.Location.File, m.Location.Line, m.Location.Column+1, m.Text)
}
