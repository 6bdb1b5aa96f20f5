package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// Find walks up from start (a file or directory) and returns the first config
// file it meets, or "" when there is none up to the file-system root.
func Find(start string) (string, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		dir = filepath.Dir(dir)
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates a config file against the known rules. A problem
// in the file is returned as Errors, each positioned.
func Load(path string, known []*rules.Rule) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("config file %s does not exist", path)
		}
		return nil, fmt.Errorf("reading config: %w", err)
	}
	return Parse(path, abs, src, known)
}

// Parse validates src as the config at abs; path is how errors name the file.
func Parse(path, abs string, src []byte, known []*rules.Rule) (*Config, error) {
	return parseChain(path, abs, src, known, nil)
}

// parseChain parses one config; chain holds the configs that extend it (cycles).
func parseChain(path, abs string, src []byte, known []*rules.Rule, chain []string) (*Config, error) {
	pos := &positioner{path: path, lines: tsparse.NewLineTable(src)}
	root, err := ParseJSONC(src)
	if err != nil {
		var se *syntaxError
		if errors.As(err, &se) {
			pos.at(se.Pos, "%s", se.Msg)
			return nil, pos.errs
		}
		return nil, err
	}
	l := &loader{pos: pos, known: map[string]*rules.Rule{}, chain: append(chain[:len(chain):len(chain)], abs)}
	for _, r := range known {
		l.known[r.Name] = r
		l.names = append(l.names, r.Name)
	}
	c := &Config{Path: abs, Dir: filepath.ToSlash(filepath.Dir(abs))}
	l.config(c, root, known)
	if len(pos.errs) > 0 {
		return nil, pos.errs
	}
	return c, nil
}

type loader struct {
	pos   *positioner
	known map[string]*rules.Rule
	names []string
	chain []string // absolute paths: this config and the ones extending it
}

// topKeys are the keys a config may have; schema.json lists the same.
var topKeys = []string{"$schema", "extends", "roots", "ignores", "layers", "aliases", "rules", "overrides", "settings"}

// Layers is every canonical FSD layer name a "layers" entry may rename.
var Layers = []string{"app", "processes", "pages", "widgets", "features", "entities", "shared"}

func (l *loader) config(c *Config, root *Value, known []*rules.Rule) {
	if root.Kind != KindObject {
		l.pos.at(root.Pos, "the config must be a JSON object, not %s", root.Kind)
		return
	}
	c.Extends = []string{PresetRecommended}
	var bases []*Config
	if m := root.Get("extends"); m != nil {
		c.Extends = nil
		for _, v := range l.stringList(m.Value, "extends") {
			switch {
			case isPreset(v.Str):
				c.Extends = append(c.Extends, v.Str)
			case isFileRef(v.Str):
				if base := l.extendFile(c, v, known); base != nil {
					c.Extends = append(c.Extends, v.Str)
					bases = append(bases, base)
				}
			default:
				l.pos.at(v.Pos, "unknown preset %q%s; known presets: %s (or a config file: \"./base.json\")", v.Str, DidYouMean(v.Str, PresetNames), strings.Join(PresetNames, ", "))
			}
		}
	}
	c.Rules = engineRules(known)
	next := 0
	for _, p := range c.Extends {
		if isPreset(p) {
			for name, s := range presetRules(p, known) {
				c.Rules[name] = s
			}
			continue
		}
		inherit(c, bases[next])
		next++
	}
	for _, m := range root.Members {
		switch m.Key {
		case "$schema":
			l.expect(m.Value, KindString, "$schema")
		case "extends":
		case "roots": // replace inherited roots
			c.Roots = nil
			for _, v := range l.stringList(m.Value, "roots") {
				c.Roots = append(c.Roots, filepath.ToSlash(filepath.Join(filepath.FromSlash(c.Dir), filepath.FromSlash(v.Str))))
			}
		case "ignores": // add to inherited ones
			c.Ignores = append(c.Ignores, l.patterns(m.Value, "ignores")...)
		case "layers":
			c.Layers = mergeMaps(c.Layers, l.layers(m.Value))
		case "aliases":
			c.Aliases = mergeMaps(c.Aliases, l.aliases(m.Value))
		case "rules":
			l.rules(m.Value, c.Rules)
		case "overrides": // after inherited ones, so they win
			c.Overrides = append(c.Overrides, l.overrides(m.Value)...)
		case "settings":
			if l.expect(m.Value, KindObject, "settings") {
				own := map[string]json.RawMessage{}
				for _, s := range m.Value.Members {
					own[s.Key] = s.Value.JSON()
				}
				c.Settings = mergeMaps(c.Settings, own)
			}
		default:
			l.pos.at(m.KeyPos, "unknown key %q%s", m.Key, DidYouMean(m.Key, topKeys))
		}
	}
}

func (l *loader) expect(v *Value, k Kind, what string) bool {
	if v.Kind != k {
		l.pos.at(v.Pos, "%s must be %s %s, not %s", what, article(k), k, v.Kind)
		return false
	}
	return true
}

func article(k Kind) string {
	if k == KindArray || k == KindObject {
		return "an"
	}
	return "a"
}

// stringList accepts a string or an array of strings.
func (l *loader) stringList(v *Value, what string) []*Value {
	if v.Kind == KindString {
		return []*Value{v}
	}
	if v.Kind != KindArray {
		l.pos.at(v.Pos, "%s must be a string or an array of strings, not %s", what, v.Kind)
		return nil
	}
	var out []*Value
	for _, it := range v.Items {
		if l.expect(it, KindString, what+" entries") {
			out = append(out, it)
		}
	}
	return out
}

func (l *loader) patterns(v *Value, what string) []string {
	var out []string
	for _, it := range l.stringList(v, what) {
		if !doublestar.ValidatePattern(it.Str) {
			l.pos.at(it.Pos, "invalid glob pattern %q", it.Str)
			continue
		}
		out = append(out, it.Str)
	}
	return out
}

func (l *loader) layers(v *Value) map[string]string {
	if !l.expect(v, KindObject, "layers") {
		return nil
	}
	out := map[string]string{}
	for _, m := range v.Members {
		if !contains(Layers, m.Key) {
			l.pos.at(m.KeyPos, "unknown layer %q%s; layers are %s", m.Key, DidYouMean(m.Key, Layers), strings.Join(Layers, ", "))
			continue
		}
		if l.expect(m.Value, KindString, "a layer's folder name") {
			if m.Value.Str == "" || strings.ContainsAny(m.Value.Str, "/\\") {
				l.pos.at(m.Value.Pos, "a layer's folder name must be one non-empty folder name")
				continue
			}
			out[m.Key] = m.Value.Str
		}
	}
	return out
}

func (l *loader) aliases(v *Value) map[string][]string {
	if !l.expect(v, KindObject, "aliases") {
		return nil
	}
	out := map[string][]string{}
	for _, m := range v.Members {
		if strings.Count(m.Key, "*") > 1 {
			l.pos.at(m.KeyPos, "an alias may hold at most one '*'")
			continue
		}
		for _, t := range l.stringList(m.Value, "alias targets") {
			out[m.Key] = append(out[m.Key], t.Str)
		}
	}
	return out
}

func (l *loader) overrides(v *Value) []Override {
	if !l.expect(v, KindArray, "overrides") {
		return nil
	}
	var out []Override
	for _, it := range v.Items {
		if !l.expect(it, KindObject, "an override") {
			continue
		}
		o := Override{Rules: map[string]RuleSetting{}}
		for _, m := range it.Members {
			switch m.Key {
			case "files":
				o.Files = l.patterns(m.Value, "files")
			case "ignores":
				o.Ignores = l.patterns(m.Value, "ignores")
			case "rules":
				l.rules(m.Value, o.Rules)
			default:
				l.pos.at(m.KeyPos, "unknown key %q in an override%s; an override has files, ignores and rules", m.Key, DidYouMean(m.Key, []string{"files", "ignores", "rules"}))
			}
		}
		out = append(out, o)
	}
	return out
}

// rules reads a "rules" object into into, keeping earlier options when an
// entry gives only a severity (as ESLint does).
func (l *loader) rules(v *Value, into map[string]RuleSetting) {
	if !l.expect(v, KindObject, "rules") {
		return
	}
	for _, m := range v.Members {
		r := l.known[m.Key]
		if r == nil {
			l.pos.at(m.KeyPos, "unknown rule %q%s", m.Key, DidYouMean(m.Key, l.names))
			continue
		}
		s, ok := l.ruleSetting(r, m.Value)
		if !ok {
			continue
		}
		if prev, had := into[r.Name]; had && !s.HasOptions {
			s.Options, s.HasOptions = prev.Options, prev.HasOptions
		}
		into[r.Name] = s
	}
}

func (l *loader) ruleSetting(r *rules.Rule, v *Value) (RuleSetting, bool) {
	sevVal, args := v, []*Value(nil)
	if v.Kind == KindArray {
		if len(v.Items) == 0 {
			l.pos.at(v.Pos, "rule %q: the array must start with a severity (\"off\", \"warn\" or \"error\")", r.Name)
			return RuleSetting{}, false
		}
		sevVal, args = v.Items[0], v.Items[1:]
	}
	sev, ok := severity(sevVal)
	if !ok {
		l.pos.at(sevVal.Pos, "rule %q: invalid severity %s; use \"off\", \"warn\" or \"error\" (or 0, 1, 2), optionally in an array with options", r.Name, string(sevVal.JSON()))
		return RuleSetting{}, false
	}
	s := RuleSetting{Severity: sev}
	if len(args) == 0 {
		return s, true
	}
	if r.Options == nil || r.Options.Parse == nil {
		l.pos.at(args[0].Pos, "rule %q takes no options", r.Name)
		return RuleSetting{}, false
	}
	raw := make([]json.RawMessage, len(args))
	for i, a := range args {
		raw[i] = a.JSON()
	}
	opts, err := parseOptions(r, raw)
	if err != nil {
		l.pos.at(args[0].Pos, "rule %q: invalid options: %v", r.Name, err)
		return RuleSetting{}, false
	}
	s.Options, s.HasOptions = opts, true
	return s, true
}

// parseOptions calls a rule's option parser, turning its panic into an error
// so that a faulty parser gives a config error, not a crash.
func parseOptions(r *rules.Rule, raw []json.RawMessage) (opts any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("the option parser failed: %v", p)
		}
	}()
	return r.Options.Parse(raw)
}

func severity(v *Value) (rules.Severity, bool) {
	switch v.Kind {
	case KindString:
		switch v.Str {
		case "off":
			return rules.Off, true
		case "warn":
			return rules.Warn, true
		case "error":
			return rules.Error, true
		}
	case KindNumber:
		switch v.Num {
		case "0":
			return rules.Off, true
		case "1":
			return rules.Warn, true
		case "2":
			return rules.Error, true
		}
	}
	return rules.Off, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isFileRef says whether an "extends" entry names a config file rather than a preset.
func isFileRef(s string) bool {
	return strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || filepath.IsAbs(s) || strings.HasSuffix(s, ".json")
}

// extendFile loads a config that c extends; its problems are reported in its
// own file, a missing file or a cycle at the "extends" entry.
func (l *loader) extendFile(c *Config, v *Value, known []*rules.Rule) *Config {
	abs := filepath.Join(filepath.FromSlash(c.Dir), filepath.FromSlash(v.Str))
	if filepath.IsAbs(v.Str) {
		abs = v.Str
	}
	for _, p := range l.chain {
		if p == abs {
			l.pos.at(v.Pos, "cyclic \"extends\": %s", strings.Join(append(l.chain, abs), " -> "))
			return nil
		}
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		l.pos.at(v.Pos, "cannot read extended config %q: %v", v.Str, unwrap(err))
		return nil
	}
	shown := filepath.ToSlash(filepath.Join(filepath.Dir(l.pos.path), filepath.FromSlash(v.Str)))
	base, err := parseChain(shown, abs, src, known, l.chain)
	if err != nil {
		var errs Errors
		if errors.As(err, &errs) {
			l.pos.errs = append(l.pos.errs, errs...)
		} else {
			l.pos.at(v.Pos, "%v", err)
		}
		return nil
	}
	return base
}

// inherit applies an extended config to c, before c's own keys: everything the
// extended file says is read as if written in c (paths and patterns relative
// to c's folder, as ESLint treats shared configs).
func inherit(c, base *Config) {
	for name, s := range base.Rules {
		c.Rules[name] = s
	}
	for _, r := range base.Roots {
		if rel, err := filepath.Rel(filepath.FromSlash(base.Dir), filepath.FromSlash(r)); err == nil {
			c.Roots = append(c.Roots, filepath.ToSlash(filepath.Join(filepath.FromSlash(c.Dir), rel)))
		}
	}
	c.Ignores = append(c.Ignores, base.Ignores...)
	c.Overrides = append(c.Overrides, base.Overrides...)
	c.Layers = mergeMaps(c.Layers, base.Layers)
	c.Aliases = mergeMaps(c.Aliases, base.Aliases)
	c.Settings = mergeMaps(c.Settings, base.Settings)
}

func mergeMaps[V any](into, from map[string]V) map[string]V {
	if len(from) == 0 {
		return into
	}
	if into == nil {
		into = map[string]V{}
	}
	for k, v := range from {
		into[k] = v
	}
	return into
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
