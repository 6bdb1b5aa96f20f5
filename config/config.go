// Package config reads fsdlint's configuration: `.fsdlintrc.json` or
// `fsdlint.json`, JSON with comments and trailing commas, found by walking up
// from a target. The config is data; nothing in it is ever executed.
package config

import (
	"encoding/json"
	"path/filepath"

	"github.com/fsdlint/fsdlint/rules"
)

// FileNames are the config file names looked for in each directory, in order.
var FileNames = []string{".fsdlintrc.json", "fsdlint.json"}

// RuleSetting is a rule's severity and options as one config entry sets them.
type RuleSetting struct {
	Severity rules.Severity
	// Options are the parsed options; nil means the rule's defaults.
	Options    any
	HasOptions bool
}

// Override applies its rules to files that match Files and not Ignores.
type Override struct {
	Files   []string // doublestar patterns relative to Config.Dir; empty = every file
	Ignores []string
	Rules   map[string]RuleSetting
}

// Config is one loaded configuration.
type Config struct {
	Path    string // the file it came from; "" for the built-in defaults
	Dir     string // absolute, slash-separated; patterns are relative to it
	Extends []string
	Roots   []string            // absolute FSD roots; empty = auto-detect
	Ignores []string            // doublestar patterns relative to Dir
	Layers  map[string]string   // canonical layer -> folder name used in this project
	Aliases map[string][]string // bundler aliases, tsconfig `paths` style
	// Rules is the base rule set: the presets in Extends, then the `rules` key.
	Rules     map[string]RuleSetting
	Overrides []Override
	// Settings is free-form data for rules (e.g. {"react": {"version": "18"}}).
	Settings map[string]json.RawMessage
}

// Default is the configuration used when no config file is found: the
// recommended preset, patterns relative to dir.
func Default(dir string, known []*rules.Rule) *Config {
	return &Config{
		Dir:     filepath.ToSlash(dir),
		Extends: []string{PresetRecommended},
		Rules:   presetRules(PresetRecommended, known),
	}
}

// Rebase makes patterns and roots relative to dir instead of the config
// file's folder (for --config, whose patterns are relative to the working
// directory, as with ESLint).
func (c *Config) Rebase(dir string) {
	dir = filepath.ToSlash(dir)
	for i, r := range c.Roots {
		rel, err := filepath.Rel(filepath.FromSlash(c.Dir), filepath.FromSlash(r))
		if err == nil {
			c.Roots[i] = filepath.ToSlash(filepath.Join(filepath.FromSlash(dir), rel))
		}
	}
	c.Dir = dir
}
