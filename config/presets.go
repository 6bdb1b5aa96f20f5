package config

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/airbnb"
	"github.com/fsdlint/fsdlint/rules/scoperules"
)

// Preset names accepted in "extends".
const (
	PresetRecommended = "fsdlint:recommended"
	PresetAirbnb      = "fsdlint:airbnb"
	PresetAll         = "fsdlint:all"
)

// PresetNames lists the presets in the order the docs show them.
var PresetNames = []string{PresetRecommended, PresetAirbnb, PresetAll}

// presetRules derives a preset from rule metadata, so a new rule joins the
// presets by describing itself:
//   - recommended: every rule at its DefaultSeverity (Off rules stay off);
//   - airbnb: recommended, plus every rule that is the twin of an ESLint rule
//     (ESLintNames set) at its default or warn, then the severities
//     eslint-config-airbnb gives (airbnb.AirbnbPreset, checked against ESLint);
//   - all: every rule on, at its default severity or warn.
func presetRules(name string, known []*rules.Rule) map[string]RuleSetting {
	out := map[string]RuleSetting{}
	for _, r := range known {
		sev := r.DefaultSeverity
		switch name {
		case PresetAll:
			if sev == rules.Off {
				sev = rules.Warn
			}
		case PresetAirbnb:
			if sev == rules.Off && len(r.ESLintNames) > 0 {
				sev = rules.Warn
			}
			if s, ok := airbnb.AirbnbPreset[r.Name]; ok {
				sev = s
			}
			if s, ok := scoperules.AirbnbPreset[r.Name]; ok {
				sev = s
			}
		}
		out[r.Name] = RuleSetting{Severity: sev}
	}
	return out
}

func isPreset(name string) bool {
	for _, p := range PresetNames {
		if p == name {
			return true
		}
	}
	return false
}

// engineRules are the findings the engine itself makes (parse-error and the
// like: rules with neither File nor Project). They stay at their default
// severity even with "extends": [], so a broken file is never silently skipped;
// the "rules" key may still change them.
func engineRules(known []*rules.Rule) map[string]RuleSetting {
	out := map[string]RuleSetting{}
	for _, r := range known {
		if r.File == nil && r.Project == nil {
			out[r.Name] = RuleSetting{Severity: r.DefaultSeverity}
		}
	}
	return out
}
