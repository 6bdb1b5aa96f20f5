package initcfg

import (
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/config"
)

// eslintrcFiles and eslintFlatFiles are the ESLint configs read, in ESLint's order.
var (
	eslintFlatFiles = []string{"eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts"}
	eslintrcFiles   = []string{".eslintrc.js", ".eslintrc.cjs", ".eslintrc.json", ".eslintrc"}
)

// migrateESLint reads the ESLint config as text and keeps the settings of the
// rules fsdlint implements (by name: rules/all's ESLintNames), Airbnb presets
// as fsdlint:airbnb, ignorePatterns/ignores and overrides.
func (p *planner) migrateESLint() {
	if name, src := p.firstFile(eslintFlatFiles...); name != "" {
		p.plan.Sources = append(p.plan.Sources, name)
		root := exported(string(src))
		if root == nil || root.Kind != jsArray && root.Kind != jsObject {
			p.note("%s: no exported config array found; nothing migrated", name)
			return
		}
		items := []*jsValue{root}
		if root.Kind == jsArray {
			items = root.Items
		}
		e := &eslintMigration{p: p, from: name}
		for _, it := range items {
			e.flatItem(it)
		}
		e.finish()
		return
	}
	name, src := p.firstFile(eslintrcFiles...)
	if name == "" {
		return
	}
	p.plan.Sources = append(p.plan.Sources, name)
	var root *jsValue
	if strings.HasSuffix(name, "js") {
		root = exported(string(src))
	} else if strings.HasPrefix(strings.TrimSpace(string(src)), "{") {
		root = newScanner(string(src)).value()
	}
	if root == nil || root.Kind != jsObject {
		p.note("%s: not a JSON object or `module.exports = {...}` (YAML is not read); nothing migrated", name)
		return
	}
	e := &eslintMigration{p: p, from: name}
	e.eslintrc(root)
	e.finish()
}

type eslintMigration struct {
	p       *planner
	from    string
	unknown map[string]bool // ESLint rules fsdlint does not implement
}

func (e *eslintMigration) eslintrc(root *jsValue) {
	e.extends(root.Get("extends"))
	if ig, ok := stringList(root.Get("ignorePatterns")); ok {
		for _, g := range ig {
			e.p.plan.Ignores = append(e.p.plan.Ignores, Entry[string]{gitignoreGlob(g), e.from})
		}
	}
	for _, s := range e.rules(root.Get("rules")) {
		e.p.setRule(s, e.from)
	}
	if ov := root.Get("overrides"); ov != nil && ov.Kind == jsArray {
		for _, o := range ov.Items {
			files, ok := stringList(o.Get("files"))
			if !ok || len(files) == 0 {
				e.p.note("%s: an override without a readable \"files\" list is not migrated", e.from)
				continue
			}
			e.override(files, e.rules(o.Get("rules")))
			if o.Get("excludedFiles") != nil {
				e.p.note("%s: \"excludedFiles\" of the override for %s is not migrated", e.from, strings.Join(files, ", "))
			}
		}
	}
}

// flatItem reads one element of a flat config array.
func (e *eslintMigration) flatItem(it *jsValue) {
	if it.Kind == jsSpread && it.Value != nil {
		if it.Value.Kind == jsArray {
			for _, sub := range it.Value.Items {
				e.flatItem(sub)
			}
			return
		}
		it = it.Value
	}
	if it.Kind != jsObject {
		if strings.Contains(strings.ToLower(it.Raw), "airbnb") {
			e.p.plan.Extends = []string{config.PresetAirbnb}
			return
		}
		e.p.note("%s: %s is not a literal config object; its settings are not migrated", e.from, describe(it))
		return
	}
	files, okFiles := stringList(it.Get("files"))
	ignores, okIgnores := stringList(it.Get("ignores"))
	if !okFiles || !okIgnores {
		e.p.note("%s: a \"files\" or \"ignores\" list holds code; that block is not migrated", e.from)
		return
	}
	rulesObj := it.Get("rules")
	if rulesObj == nil {
		if len(files) == 0 {
			for _, g := range ignores {
				e.p.plan.Ignores = append(e.p.plan.Ignores, Entry[string]{flatIgnoreGlob(g), e.from})
			}
		}
		return
	}
	settings := e.rules(rulesObj)
	if len(ignores) > 0 {
		e.p.note("%s: \"ignores\" next to \"rules\" (%s) is not migrated: fsdlint's overrides have no exceptions", e.from, strings.Join(ignores, ", "))
	}
	if len(files) > 0 && !allSourceGlobs(files) {
		e.override(files, settings)
		return
	}
	for _, s := range settings {
		e.p.setRule(s, e.from)
	}
}

// allSourceGlobs says whether a flat config's files pattern just means "the
// source files" (e.g. **/*.{ts,tsx}): its rules are then base rules.
func allSourceGlobs(files []string) bool {
	for _, f := range files {
		if !strings.HasPrefix(f, "**/*.") {
			return false
		}
	}
	return true
}

func (e *eslintMigration) override(files []string, settings []Setting) {
	if len(settings) == 0 {
		return
	}
	globs := make([]string, len(files))
	for i, f := range files {
		globs[i] = relGlob(f)
	}
	e.p.plan.Overrides = append(e.p.plan.Overrides, Entry[Override]{Override{Files: globs, Rules: settings}, e.from})
}

// extends maps Airbnb's shared configs to fsdlint:airbnb.
func (e *eslintMigration) extends(v *jsValue) {
	list, _ := stringList(v)
	for _, x := range list {
		if x == "airbnb" || x == "airbnb-base" || strings.HasPrefix(x, "airbnb/") || strings.HasPrefix(x, "airbnb-typescript") {
			e.p.plan.Extends = []string{config.PresetAirbnb}
		}
	}
}

// rules maps an ESLint "rules" object to fsdlint settings, by ESLint name.
// Where several ESLint rules map to one fsdlint rule (no-unused-vars and
// @typescript-eslint/no-unused-vars), the typescript-eslint one wins: TS
// projects turn the core rule off in its favour.
func (e *eslintMigration) rules(obj *jsValue) []Setting {
	if obj == nil || obj.Kind != jsObject {
		return nil
	}
	var out []Setting
	index := map[string]int{}
	fromTS := map[string]bool{}
	for _, m := range obj.Members {
		if m.Key == "" {
			e.p.note("%s: %s inside \"rules\" is not migrated", e.from, describe(m.Value))
			continue
		}
		r := e.p.byESLint[m.Key]
		if r == nil {
			r = e.p.byName[m.Key]
		}
		if r == nil {
			if e.unknown == nil {
				e.unknown = map[string]bool{}
			}
			e.unknown[m.Key] = true
			continue
		}
		isTS := strings.HasPrefix(m.Key, "@typescript-eslint/")
		if fromTS[r.Name] && !isTS {
			continue // the typescript-eslint twin already set it
		}
		// options carry over where the ESLint rule is fsdlint's twin
		// (core, typescript-eslint, import, react…); FSD plugins' options differ
		keep := !strings.HasPrefix(r.Name, "fsd/")
		s, ok := e.p.setting(r.Name, m.Value, keep, e.from, m.Key)
		if !ok {
			continue
		}
		if i, seen := index[r.Name]; seen {
			out[i] = s
		} else {
			index[r.Name] = len(out)
			out = append(out, s)
		}
		fromTS[r.Name] = fromTS[r.Name] || isTS
	}
	return out
}

// finish notes the ESLint rules fsdlint does not implement.
func (e *eslintMigration) finish() {
	if len(e.unknown) == 0 {
		return
	}
	names := sortedKeys(e.unknown)
	list := strings.Join(names, ", ")
	if len(names) > 12 {
		list = strings.Join(names[:12], ", ") + fmt.Sprintf(" and %d more", len(names)-12)
	}
	what := fmt.Sprintf("%d ESLint rules have", len(names))
	if len(names) == 1 {
		what = "1 ESLint rule has"
	}
	e.p.note("%s: %s no fsdlint counterpart (keep ESLint for them): %s", e.from, what, list)
}
