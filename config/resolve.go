package config

import (
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/fsdlint/fsdlint/rules"
)

// Resolver answers the per-file questions of one config: is a file ignored,
// and what is each rule's severity and options for it. Safe for concurrent use.
type Resolver struct {
	c     *Config
	rules []*rules.Rule
	cache sync.Map // override-match key -> []RuleSetting
}

// Resolver prepares per-file answers for the rules rs (settings come back in rs order).
func (c *Config) Resolver(rs []*rules.Rule) *Resolver {
	return &Resolver{c: c, rules: rs}
}

// Config is the config the resolver reads.
func (r *Resolver) Config() *Config { return r.c }

// rel is path relative to the config's directory, or "" when outside it.
func (r *Resolver) rel(path string) (string, bool) {
	dir := r.c.Dir
	path = filepath.ToSlash(path)
	if path == dir {
		return ".", true
	}
	if !strings.HasPrefix(path, strings.TrimSuffix(dir, "/")+"/") {
		return "", false
	}
	return path[len(strings.TrimSuffix(dir, "/"))+1:], true
}

// Ignored reports whether the config's "ignores" exclude path (absolute). A
// pattern that matches a folder excludes everything below it.
func (r *Resolver) Ignored(path string) bool {
	rel, ok := r.rel(path)
	return ok && matchAny(r.c.Ignores, rel)
}

// matchAny matches rel and each of its parent folders against patterns; a
// pattern ending in "/" matches folders only.
func matchAny(patterns []string, rel string) bool {
	for _, p := range patterns {
		dirOnly := strings.HasSuffix(p, "/")
		p = strings.TrimSuffix(p, "/")
		if !dirOnly {
			if ok, _ := doublestar.Match(p, rel); ok {
				return true
			}
		}
		for i := len(rel) - 1; i > 0; i-- {
			if rel[i] == '/' {
				if ok, _ := doublestar.Match(p, rel[:i]); ok {
					return true
				}
			}
		}
	}
	return false
}

// Settings returns every rule's setting for the file at path, in the order of
// the rules the resolver was made with; Options are filled with defaults.
func (r *Resolver) Settings(path string) []RuleSetting {
	rel, inside := r.rel(path)
	var key strings.Builder
	for i, o := range r.c.Overrides {
		if inside && (len(o.Files) == 0 || matchAny(o.Files, rel)) && !matchAny(o.Ignores, rel) {
			key.WriteString(strconv.Itoa(i))
			key.WriteByte(',')
		}
	}
	k := key.String()
	if v, ok := r.cache.Load(k); ok {
		return v.([]RuleSetting)
	}
	merged := map[string]RuleSetting{}
	for name, s := range r.c.Rules {
		merged[name] = s
	}
	for _, part := range strings.Split(k, ",") {
		if part == "" {
			continue
		}
		for name, s := range r.c.Overrides[mustAtoi(part)].Rules {
			if prev, had := merged[name]; had && !s.HasOptions {
				s.Options, s.HasOptions = prev.Options, prev.HasOptions
			}
			merged[name] = s
		}
	}
	out := make([]RuleSetting, len(r.rules))
	for i, rule := range r.rules {
		s := merged[rule.Name]
		if !s.HasOptions && rule.Options != nil && rule.Options.Default != nil {
			s.Options = rule.Options.Default()
		}
		out[i] = s
	}
	v, _ := r.cache.LoadOrStore(k, out)
	return v.([]RuleSetting)
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
