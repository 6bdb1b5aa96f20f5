// Package initcfg is `fsdlint init`: it looks at a repository (FSD roots,
// tsconfig aliases, a Steiger or ESLint config, read as text and never run)
// and writes a commented .fsdlintrc.json, saying what it could not migrate.
package initcfg

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
)

// Plan is what init found and will write.
type Plan struct {
	Roots     []string // detected FSD roots, relative to the folder
	TSConfig  string   // the tsconfig read ("" when none)
	Paths     []string // its "paths", as "alias -> target"
	Sources   []string // the Steiger/ESLint configs read
	Extends   []string
	Ignores   []Entry[string]
	Rules     []Entry[Setting]
	Overrides []Entry[Override]
	Notes     []string // what could not be migrated, one sentence each
}

// Entry is a migrated item and the file it came from.
type Entry[T any] struct {
	Value T
	From  string
}

// Setting is a rule's setting: a severity, or a severity with options.
type Setting struct {
	Rule string
	JSON string // "\"warn\"" or "[\"error\", …]"
}

// Override is a per-files block.
type Override struct {
	Files []string
	Rules []Setting
}

// planner collects a plan; rules are looked up by fsdlint and ESLint name.
type planner struct {
	dir      string
	plan     Plan
	known    []*rules.Rule
	byName   map[string]*rules.Rule
	byESLint map[string]*rules.Rule
	ruleAt   map[string]int // rule -> index in plan.Rules
	setBy    map[string]string
}

// Detect looks at dir.
func Detect(dir string, known []*rules.Rule) (*Plan, error) {
	p := &planner{dir: dir, known: known, byName: map[string]*rules.Rule{}, byESLint: map[string]*rules.Rule{},
		ruleAt: map[string]int{}, setBy: map[string]string{}}
	for _, r := range known {
		p.byName[r.Name] = r
		for _, n := range r.ESLintNames {
			if _, dup := p.byESLint[n]; !dup {
				p.byESLint[n] = r
			}
		}
	}
	roots, err := detectRoots(dir)
	if err != nil {
		return nil, err
	}
	p.plan.Roots = roots
	p.readTSConfig()
	p.migrateSteiger()
	p.migrateESLint()
	if len(p.plan.Extends) == 0 {
		p.plan.Extends = []string{config.PresetRecommended}
	}
	return &p.plan, nil
}

func (p *planner) note(format string, args ...any) {
	p.plan.Notes = append(p.plan.Notes, fmt.Sprintf(format, args...))
}

// firstFile returns the first of names that exists in the folder.
func (p *planner) firstFile(names ...string) (string, []byte) {
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(p.dir, n))
		if err == nil {
			return n, src
		}
	}
	return "", nil
}

// readTSConfig notes tsconfig's "paths": fsdlint reads them itself.
func (p *planner) readTSConfig() {
	name, src := p.firstFile("tsconfig.json", "jsconfig.json")
	if name == "" {
		return
	}
	p.plan.TSConfig = name
	paths := newScanner(string(src)).value().Get("compilerOptions").Get("paths")
	if paths == nil {
		return
	}
	for _, m := range paths.Members {
		var targets []string
		if m.Value.Kind == jsArray {
			for _, it := range m.Value.Items {
				if it.Kind == jsString {
					targets = append(targets, it.Str)
				}
			}
		}
		p.plan.Paths = append(p.plan.Paths, m.Key+" -> "+strings.Join(targets, ", "))
	}
}

// setRule records a base rule setting (a later one replaces an earlier one).
func (p *planner) setRule(s Setting, from string) {
	if i, ok := p.ruleAt[s.Rule]; ok {
		p.plan.Rules[i] = Entry[Setting]{s, from}
		return
	}
	p.ruleAt[s.Rule] = len(p.plan.Rules)
	p.plan.Rules = append(p.plan.Rules, Entry[Setting]{s, from})
}

// setting turns a Steiger/ESLint rule value into an fsdlint setting: the
// severity normalised ("off"/"warn"/"error", also 0/1/2), options kept when
// keepOptions and the fsdlint rule accepts them.
func (p *planner) setting(rule string, v *jsValue, keepOptions bool, from, source string) (Setting, bool) {
	sevValue, opts := v, []*jsValue(nil)
	if v.Kind == jsArray && len(v.Items) > 0 {
		sevValue, opts = v.Items[0], v.Items[1:]
	}
	sev, ok := severity(sevValue)
	if !ok {
		p.note("%s: %s: the severity %s is not understood; left out", from, source, describe(sevValue))
		return Setting{}, false
	}
	if len(opts) == 0 || sev == "off" {
		return Setting{Rule: rule, JSON: quote(sev)}, true
	}
	if !keepOptions {
		p.note("%s: %s: options not migrated (fsdlint's %s takes different options; see `fsdlint rules %s`)", from, source, rule, rule)
		return Setting{Rule: rule, JSON: quote(sev)}, true
	}
	parts := []string{quote(sev)}
	for _, o := range opts {
		j, ok := toJSON(o)
		if !ok {
			p.note("%s: %s: options hold code (%s); only the severity was migrated", from, source, describe(o))
			return Setting{Rule: rule, JSON: quote(sev)}, true
		}
		parts = append(parts, j)
	}
	s := Setting{Rule: rule, JSON: "[" + strings.Join(parts, ", ") + "]"}
	if err := p.validate(s); err != nil {
		p.note("%s: %s: options not accepted by fsdlint (%v); only the severity was migrated", from, source, err)
		return Setting{Rule: rule, JSON: quote(sev)}, true
	}
	return s, true
}

// validate checks one setting against the rule's option schema.
func (p *planner) validate(s Setting) error {
	src := `{"rules": {` + quote(s.Rule) + `: ` + s.JSON + `}}`
	_, err := config.Parse(".fsdlintrc.json", filepath.Join(p.dir, ".fsdlintrc.json"), []byte(src), p.known)
	if err != nil {
		return fmt.Errorf("%s", strings.TrimSpace(strings.ReplaceAll(err.Error(), "\n", "; ")))
	}
	return nil
}

func severity(v *jsValue) (string, bool) {
	switch {
	case v.Kind == jsString && (v.Str == "off" || v.Str == "warn" || v.Str == "error"):
		return v.Str, true
	case v.Kind == jsNumber && (v.Str == "0" || v.Str == "1" || v.Str == "2"):
		return [...]string{"off", "warn", "error"}[v.Str[0]-'0'], true
	}
	return "", false
}

// toJSON renders a literal as compact JSON; false when it holds code.
func toJSON(v *jsValue) (string, bool) {
	switch v.Kind {
	case jsString:
		return quote(v.Str), true
	case jsNumber:
		n := json.Number(v.Str)
		if _, err := n.Float64(); err != nil {
			return "", false
		}
		return v.Str, true
	case jsBool:
		return v.Str, true
	case jsNull:
		return "null", true
	case jsArray:
		parts := make([]string, 0, len(v.Items))
		for _, it := range v.Items {
			j, ok := toJSON(it)
			if !ok {
				return "", false
			}
			parts = append(parts, j)
		}
		return "[" + strings.Join(parts, ", ") + "]", true
	case jsObject:
		parts := make([]string, 0, len(v.Members))
		for _, m := range v.Members {
			if m.Key == "" {
				return "", false
			}
			j, ok := toJSON(m.Value)
			if !ok {
				return "", false
			}
			parts = append(parts, quote(m.Key)+": "+j)
		}
		return "{" + strings.Join(parts, ", ") + "}", true
	}
	return "", false
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// describe is a short rendering of a value for a note.
func describe(v *jsValue) string {
	if j, ok := toJSON(v); ok {
		return j
	}
	raw := v.Raw
	if v.Kind == jsSpread {
		raw = "..." + raw
	}
	if len(raw) > 60 {
		raw = raw[:57] + "..."
	}
	return "`" + raw + "`"
}

// strings reads a string or an array of strings.
func stringList(v *jsValue) ([]string, bool) {
	switch {
	case v == nil:
		return nil, true
	case v.Kind == jsString:
		return []string{v.Str}, true
	case v.Kind == jsArray:
		var out []string
		for _, it := range v.Items {
			if it.Kind != jsString {
				return out, false
			}
			out = append(out, it.Str)
		}
		return out, true
	}
	return nil, false
}

// relGlob makes a config-relative glob the way fsdlint writes them.
func relGlob(g string) string { return strings.TrimPrefix(g, "./") }

// gitignoreGlob turns an .eslintrc ignorePatterns entry (.gitignore syntax)
// into an fsdlint glob: "dist/" is a folder at any depth, "*.gen.ts" a name at
// any depth, "src/x" is relative to the config.
func gitignoreGlob(g string) string {
	dir := strings.HasSuffix(g, "/")
	g = strings.TrimSuffix(g, "/")
	if strings.HasPrefix(g, "/") {
		g = g[1:]
	} else if !strings.Contains(g, "/") && !strings.HasPrefix(g, "**") {
		g = "**/" + g
	}
	if dir {
		g += "/**"
	}
	return relGlob(g)
}

// flatIgnoreGlob turns a flat config "ignores" entry into an fsdlint glob: a
// plain name without a wildcard or extension ("dist") is a folder.
func flatIgnoreGlob(g string) string {
	g = relGlob(strings.TrimSuffix(g, "/"))
	last := g[strings.LastIndex(g, "/")+1:]
	if !strings.ContainsAny(g, "*?[{") && !strings.Contains(last, ".") {
		g += "/**"
	}
	return g
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
