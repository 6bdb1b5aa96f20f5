package airbnb

import (
	"encoding/json"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// extraneousDepsOptions: devDependencies etc. are true/false or a glob list
// (nil means "not set", which allows them).
type extraneousDepsOptions struct {
	DevDependencies      any  `json:"devDependencies"`
	OptionalDependencies any  `json:"optionalDependencies"`
	PeerDependencies     any  `json:"peerDependencies"`
	BundledDependencies  any  `json:"bundledDependencies"`
	IncludeInternal      bool `json:"includeInternal"`
	IncludeTypes         bool `json:"includeTypes"`
}

// airbnbDevDependencyGlobs is Airbnb's list with airbnb-typescript's ts/tsx copies.
var airbnbDevDependencyGlobs = []any{"test/**", "tests/**", "spec/**", "**/__tests__/**", "**/__mocks__/**",
	"test.{js,jsx}", "test.{ts,tsx}", "test-*.{js,jsx}", "test-*.{ts,tsx}", "**/*{.,_}{test,spec}.{js,jsx}",
	"**/*{.,_}{test,spec}.{ts,tsx}", "**/jest.config.js", "**/jest.config.ts", "**/jest.setup.js",
	"**/jest.setup.ts", "**/vue.config.js", "**/vue.config.ts", "**/webpack.config.js", "**/webpack.config.ts",
	"**/webpack.config.*.js", "**/webpack.config.*.ts", "**/rollup.config.js", "**/rollup.config.ts",
	"**/rollup.config.*.js", "**/rollup.config.*.ts", "**/gulpfile.js", "**/gulpfile.ts", "**/gulpfile.*.js",
	"**/gulpfile.*.ts", "**/Gruntfile{,.js}", "**/Gruntfile{,.ts}", "**/protractor.conf.js",
	"**/protractor.conf.ts", "**/protractor.conf.*.js", "**/protractor.conf.*.ts", "**/karma.conf.js",
	"**/karma.conf.ts", "**/.eslintrc.js", "**/.eslintrc.ts"}

var importNoExtraneousDependencies = &rules.Rule{
	Name:            "import/no-extraneous-dependencies",
	ESLintNames:     []string{"import/no-extraneous-dependencies"},
	Category:        rules.CategoryImports,
	Summary:         "Require imported packages to be declared in the nearest package.json",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         objectOptions(extraneousDepsOptions{DevDependencies: airbnbDevDependencyGlobs, OptionalDependencies: false}),
	Doc: rules.Doc{
		Description: "A package that is imported but not listed in the nearest package.json (a workspace " +
			"package's own package.json in a monorepo) works only by accident of hoisting. `dependencies`, " +
			"`peerDependencies` and `bundledDependencies` are allowed everywhere; `devDependencies` only in files " +
			"matching Airbnb's globs (tests, mocks, tool configs; matched against the path below the package.json " +
			"folder and the absolute path); `optionalDependencies` nowhere (Airbnb). As in eslint-plugin-import, " +
			"only packages the node resolver can find are checked, and type-only imports are ignored.",
		Incorrect: []string{"// package.json lists lodash only in devDependencies\nimport _ from 'lodash';  // in src/app.ts"},
		Correct:   []string{"import React from 'react';  // listed in dependencies"},
		Options:   `{"devDependencies": [Airbnb's globs], "optionalDependencies": false} (Airbnb); also peerDependencies, bundledDependencies, includeInternal, includeTypes.`,
	},
	File: checkExtraneousDependencies,
}

type depFields struct {
	deps, dev, opt, peer map[string]string
	bundled              map[string]bool
}

func depFieldsOf(pkg *packageJSON) depFields {
	d := depFields{bundled: map[string]bool{}}
	if pkg == nil {
		return d
	}
	d.deps, d.dev, d.opt, d.peer = pkg.Dependencies, pkg.DevDependencies, pkg.OptionalDependencies, pkg.PeerDependencies
	for _, raw := range []json.RawMessage{pkg.BundleDependencies, pkg.BundledDependencies} {
		if len(raw) == 0 {
			continue
		}
		var list []string
		if json.Unmarshal(raw, &list) != nil {
			var obj map[string]any
			if json.Unmarshal(raw, &obj) == nil {
				for k := range obj {
					list = append(list, k)
				}
			}
		}
		for _, n := range list {
			d.bundled[n] = true
		}
		break
	}
	return d
}

type depStatus struct{ deps, dev, opt, peer, bundled bool }

func (d depFields) status(name string, s depStatus) depStatus {
	parts := strings.Split(name, "/")
	for i, part := range parts {
		if strings.HasPrefix(part, "@") {
			continue
		}
		ancestor := strings.Join(parts[:i+1], "/")
		_, inDeps := d.deps[ancestor]
		_, inDev := d.dev[ancestor]
		_, inOpt := d.opt[ancestor]
		_, inPeer := d.peer[ancestor]
		s.deps, s.dev, s.opt, s.peer = s.deps || inDeps, s.dev || inDev, s.opt || inOpt, s.peer || inPeer
		s.bundled = s.bundled || d.bundled[ancestor]
	}
	return s
}

// allowedBy is the plugin's testConfig: true/false, a glob list, or unset (allowed).
func allowedBy(config any, file, root string) bool {
	switch v := config.(type) {
	case nil:
		return true
	case bool:
		return v
	case []any:
		globs := compiledGlobs(v)
		// Only "**/" globs are tried on the absolute path.
		return globs.matchAny(strings.TrimPrefix(file, root+"/"), false) || globs.matchAny(strings.TrimPrefix(file, "/"), true)
	}
	return true
}

// globList is a compiled glob list with its globs indexed by the last three
// bytes every match must end with, so that a file is tried only against the
// globs its name's end allows (a .tsx file: 8 of Airbnb's 41).
type globList struct {
	globs  []devGlob
	anyEnd []int            // globs without such an ending
	byEnd  map[string][]int // ending -> globs
}

const globEnd = 3

func newGlobList(globs []devGlob) *globList {
	l := &globList{globs: globs, byEnd: map[string][]int{}}
	for i, g := range globs {
		if g.suffixes == nil || slices.ContainsFunc(g.suffixes, func(s string) bool { return len(s) < globEnd }) {
			l.anyEnd = append(l.anyEnd, i)
			continue
		}
		for _, s := range g.suffixes {
			end := s[len(s)-globEnd:]
			if ids := l.byEnd[end]; len(ids) == 0 || ids[len(ids)-1] != i {
				l.byEnd[end] = append(ids, i)
			}
		}
	}
	return l
}

// matchAny: some glob (only "**/" ones when anyDepthOnly) matches name.
func (l *globList) matchAny(name string, anyDepthOnly bool) bool {
	if l.matchSome(l.anyEnd, name, anyDepthOnly) {
		return true
	}
	return len(name) >= globEnd && l.matchSome(l.byEnd[name[len(name)-globEnd:]], name, anyDepthOnly)
}

func (l *globList) matchSome(ids []int, name string, anyDepthOnly bool) bool {
	for _, i := range ids {
		g := &l.globs[i]
		if anyDepthOnly && !g.anyDepth || !g.mayMatch(name) {
			continue
		}
		if ok, _ := doublestar.Match(g.pattern, name); ok {
			return true
		}
	}
	return false
}

// devGlob is one glob of a testConfig list with what a match must contain,
// so that most files skip doublestar for most of Airbnb's 41 globs.
type devGlob struct {
	pattern  string
	anyDepth bool       // starts with "**/"
	prefix   string     // a match starts with this
	contains [][]string // a match contains one string of each group
	suffixes []string   // a match ends with one of these (nil: no constraint)
	noSlash  bool       // the glob cannot match a path holding a '/'
}

var globLists sync.Map // *any (the list's first element) -> *globList

// compiledGlobs analyses a glob list once; options lists live as long as the run.
func compiledGlobs(list []any) *globList {
	if len(list) == 0 {
		return &globList{}
	}
	if v, ok := globLists.Load(&list[0]); ok {
		return v.(*globList)
	}
	globs := make([]devGlob, len(list))
	for i, g := range list {
		pattern, _ := g.(string)
		globs[i] = compileDevGlob(pattern)
	}
	l := newGlobList(globs)
	globLists.Store(&list[0], l)
	return l
}

// compileDevGlob reads what every match of a doublestar pattern holds.
// Outside braces, a character other than * ? / { } , matches only itself,
// so each run of them occurs in a match; a brace group of plain
// alternatives puts one of them there; the text before the first * ? / or
// brace starts the match and the text after the last * ? or / ends it. Escapes, classes and nested braces are left to doublestar.
func compileDevGlob(pattern string) devGlob {
	g := devGlob{pattern: pattern, anyDepth: strings.HasPrefix(pattern, "**/")}
	if strings.ContainsAny(pattern, `\[]`) || !plainBraces(pattern) {
		return g
	}
	tail := 0 // where the text after the last top-level * ? / starts
	run := -1
	flush := func(end int) {
		if run >= 0 && end > run {
			g.contains = append(g.contains, []string{pattern[run:end]})
		}
		run = -1
	}
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; c {
		case '{':
			flush(i)
			end := i + strings.IndexByte(pattern[i:], '}')
			if alts := strings.Split(pattern[i+1:end], ","); !slices.Contains(alts, "") && !strings.ContainsAny(pattern[i+1:end], "*?/") {
				g.contains = append(g.contains, alts)
			}
			if strings.ContainsAny(pattern[i+1:end], "*?/") {
				tail = end + 1
			}
			i = end
		case '*', '?', '/', '}', ',':
			flush(i)
			if c != '}' && c != ',' {
				tail = i + 1
			}
		default:
			if run < 0 {
				run = i
			}
		}
	}
	flush(len(pattern))
	if i := strings.IndexAny(pattern, "*?/{},"); i >= 0 {
		g.prefix = pattern[:i]
	} else {
		g.prefix = pattern
	}
	g.suffixes = expandPlainText(pattern[tail:])
	g.noSlash = !strings.Contains(pattern, "/") && !strings.Contains(pattern, "**")
	return g
}

// plainBraces: every "{" closes before the next "{" and every "}" has an opener.
func plainBraces(pattern string) bool {
	open := false
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '{':
			if open {
				return false
			}
			open = true
		case '}':
			if !open {
				return false
			}
			open = false
		}
	}
	return !open
}

// expandPlainText lists the strings a text of literals and brace groups of
// literals matches; nil (no constraint) when it is empty, holds anything
// else or expands to too many.
func expandPlainText(text string) []string {
	if text == "" || strings.ContainsAny(text, "*?/") {
		return nil
	}
	out := []string{""}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ',' || c == '}' {
			return nil
		}
		alts := []string{text[i : i+1]}
		if c == '{' {
			end := i + strings.IndexByte(text[i:], '}')
			alts = strings.Split(text[i+1:end], ",")
			i = end
		}
		next := make([]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				next = append(next, o+a)
			}
		}
		if out = next; len(out) > 64 {
			return nil
		}
	}
	return out
}

// mayMatch is false when name cannot match the glob (cheapest tests first:
// it runs for every file and glob).
func (g *devGlob) mayMatch(name string) bool {
	if !strings.HasPrefix(name, g.prefix) || g.noSlash && strings.IndexByte(name, '/') >= 0 {
		return false
	}
	if g.suffixes != nil && !hasAnySuffix(name, g.suffixes) {
		return false
	}
	for _, group := range g.contains {
		if !containsAny(name, group) {
			return false
		}
	}
	return true
}

func hasAnySuffix(name string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

func containsAny(name string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(name, s) {
			return true
		}
	}
	return false
}

func checkExtraneousDependencies(c *rules.FileContext) {
	o, ok := c.Options.(extraneousDepsOptions)
	if !ok {
		o = extraneousDepsOptions{DevDependencies: airbnbDevDependencyGlobs, OptionalDependencies: false}
	}
	imports := importsOf(c)
	res := imports.res
	root := res.packageRoot(imports.dir)
	deps := depFieldsOf(res.readPackageJSON(path.Join(root, "package.json")))
	allowDev := allowedBy(o.DevDependencies, c.Path, root)
	allowOpt := allowedBy(o.OptionalDependencies, c.Path, root)
	allowPeer := allowedBy(o.PeerDependencies, c.Path, root)
	allowBundled := allowedBy(o.BundledDependencies, c.Path, root)
	satisfied := func(s depStatus) bool {
		return s.deps || allowDev && s.dev || allowPeer && s.peer || allowOpt && s.opt || allowBundled && s.bundled
	}
	for _, src := range imports.sources {
		if !o.IncludeTypes && (src.TypeOnly || allSpecifiersType(src.Node)) {
			continue
		}
		name := src.Spec.Value
		resolved := imports.resolve(name)
		kind := res.importKind(name, resolved, c.Path)
		if kind != "external" && !(kind == "internal" && o.IncludeInternal) || resolved == "" {
			continue
		}
		pkgName := originalPackageName(name)
		status := deps.status(pkgName, depStatus{})
		if satisfied(status) {
			continue
		}
		realName := res.filePackageName(resolved)
		if realName != "" && realName != pkgName {
			status = deps.status(realName, status)
			if satisfied(status) {
				continue
			}
		}
		shown := pkgName
		if realName != "" {
			shown = realName
		}
		msg := "'" + shown + "' should be listed in the project's dependencies. Run 'npm i -S " + shown + "' to add it"
		switch {
		case status.dev && !allowDev:
			msg = "'" + shown + "' should be listed in the project's dependencies, not devDependencies."
		case status.opt && !allowOpt:
			msg = "'" + shown + "' should be listed in the project's dependencies, not optionalDependencies."
		}
		c.ReportRange(src.Node.Span(), msg)
	}
}

// allSpecifiersType: an import whose (non-empty) specifier list is all `type`.
func allSpecifiersType(n tsparse.Node) bool {
	imp, ok := n.(*tsparse.ImportDecl)
	if !ok || imp.Default != nil || imp.Namespace != nil || len(imp.Named) == 0 {
		return false
	}
	for _, s := range imp.Named {
		if !s.TypeOnly {
			return false
		}
	}
	return true
}

func originalPackageName(name string) string {
	parts := strings.SplitN(name, "/", 3)
	if strings.HasPrefix(parts[0], "@") && len(parts) > 1 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// filePackageName is the name in the nearest package.json above a file that has one.
func (r nodeResolver) filePackageName(file string) string {
	for d := path.Dir(file); ; d = path.Dir(d) {
		if pkg := r.readPackageJSON(path.Join(d, "package.json")); pkg != nil && pkg.Name != "" {
			return pkg.Name
		}
		if d == "/" || d == "." || d == path.Dir(d) {
			return ""
		}
	}
}
