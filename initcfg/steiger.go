package initcfg

import (
	"strings"
)

// steigerFiles are the names Steiger looks for, in its order.
var steigerFiles = []string{"steiger.config.ts", "steiger.config.js", "steiger.config.mjs", "steiger.config.cjs",
	"steiger.config.mts", "steiger.config.cts", "steiger.config.json"}

// migrateSteiger reads a Steiger config as text: its list of config objects
// (`...fsd.configs.recommended` is fsdlint's default), global ignores, rule
// severities and per-files blocks. Steiger's FSD rules are named like
// fsdlint's (fsd/x).
func (p *planner) migrateSteiger() {
	name, src := p.firstFile(steigerFiles...)
	if name == "" {
		return
	}
	p.plan.Sources = append(p.plan.Sources, name)
	root := exported(string(src))
	if strings.HasSuffix(name, ".json") {
		root = newScanner(string(src)).value()
	}
	if root == nil || (root.Kind != jsArray && root.Kind != jsObject) {
		p.note("%s: no config object or array found (expected `export default defineConfig([...])`); nothing migrated", name)
		return
	}
	items := []*jsValue{root}
	if root.Kind == jsArray {
		items = root.Items
	}
	for _, it := range items {
		p.steigerItem(name, it)
	}
}

func (p *planner) steigerItem(from string, it *jsValue) {
	switch it.Kind {
	case jsSpread:
		if it.Value != nil && it.Value.Kind == jsObject {
			p.steigerItem(from, it.Value)
			return
		}
		if it.Value != nil && it.Value.Kind == jsArray {
			for _, sub := range it.Value.Items {
				p.steigerItem(from, sub)
			}
			return
		}
		if strings.HasSuffix(it.Raw, "configs.recommended") {
			return // Steiger's recommended rules: fsdlint's defaults
		}
		p.note("%s: `...%s` could not be read (not a literal); its settings are not migrated", from, it.Raw)
		return
	case jsObject:
	default:
		p.note("%s: %s is not a config object; not migrated", from, describe(it))
		return
	}
	for _, m := range it.Members {
		switch m.Key {
		case "files", "ignores", "rules":
		default:
			p.note("%s: the key %q is not migrated", from, m.Key)
		}
	}
	files, okFiles := stringList(it.Get("files"))
	ignores, okIgnores := stringList(it.Get("ignores"))
	if !okFiles || !okIgnores {
		p.note("%s: a \"files\" or \"ignores\" list holds code; that block is not migrated", from)
		return
	}
	rulesObj := it.Get("rules")
	settings := p.steigerRules(from, rulesObj)
	switch {
	case len(files) > 0:
		if len(ignores) > 0 {
			p.note("%s: \"ignores\" inside a block with \"files\" (%s) is not migrated: fsdlint's overrides have no exceptions", from, strings.Join(ignores, ", "))
		}
		globs := make([]string, len(files))
		for i, f := range files {
			globs[i] = relGlob(f)
		}
		if len(settings) > 0 {
			p.plan.Overrides = append(p.plan.Overrides, Entry[Override]{Override{Files: globs, Rules: settings}, from})
		}
	case rulesObj != nil && len(ignores) > 0:
		p.note("%s: a block with both \"rules\" and \"ignores\" turns those rules off for %s; fsdlint cannot say that, so the rules were migrated for every file", from, strings.Join(ignores, ", "))
		fallthrough
	default:
		if rulesObj == nil {
			for _, g := range ignores {
				p.plan.Ignores = append(p.plan.Ignores, Entry[string]{relGlob(g), from})
			}
		}
		for _, s := range settings {
			p.setRule(s, from)
		}
	}
}

// steigerRules maps a Steiger "rules" object to fsdlint settings.
func (p *planner) steigerRules(from string, obj *jsValue) []Setting {
	if obj == nil {
		return nil
	}
	if obj.Kind != jsObject {
		p.note("%s: \"rules\" is %s, not an object; not migrated", from, describe(obj))
		return nil
	}
	var out []Setting
	for _, m := range obj.Members {
		if m.Key == "" {
			p.note("%s: %s inside \"rules\" is not migrated", from, describe(m.Value))
			continue
		}
		if _, ok := p.byName[m.Key]; !ok {
			p.note("%s: Steiger's rule %s has no fsdlint counterpart; left out", from, m.Key)
			continue
		}
		if s, ok := p.setting(m.Key, m.Value, true, from, m.Key); ok {
			out = append(out, s)
		}
	}
	return out
}
