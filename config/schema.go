package config

import (
	"encoding/json"

	"github.com/fsdlint/fsdlint/rules"
)

// SchemaID is where the published schema lives; `fsdlint init` points "$schema" at it.
const SchemaID = "https://raw.githubusercontent.com/fsdlint/fsdlint/main/config/schema.json"

// Schema is the JSON Schema (draft-07, what editors support best) of the
// config file, with every rule listed so that editors complete rule names.
// config/schema.json is this output; a test keeps the two equal.
func Schema(known []*rules.Rule) ([]byte, error) {
	type obj = map[string]any
	stringOrArray := obj{"oneOf": []any{
		obj{"type": "string"},
		obj{"type": "array", "items": obj{"type": "string"}},
	}}
	ruleProps := obj{}
	for _, r := range known {
		ref := "#/definitions/ruleWithOptions"
		if r.Options == nil || r.Options.Parse == nil {
			ref = "#/definitions/ruleWithoutOptions"
		}
		desc := r.Summary
		if r.Doc.Options != "" {
			desc += ". Options: " + r.Doc.Options
		}
		ruleProps[r.Name] = obj{"$ref": ref, "description": desc}
	}
	presets := make([]any, len(PresetNames))
	for i, p := range PresetNames {
		presets[i] = p
	}
	layers := make([]any, len(Layers))
	for i, l := range Layers {
		layers[i] = l
	}
	patterns := obj{"$ref": "#/definitions/patterns"}
	schema := obj{
		"$schema":              "http://json-schema.org/draft-07/schema#",
		"$id":                  SchemaID,
		"title":                "fsdlint configuration (.fsdlintrc.json, fsdlint.json)",
		"type":                 "object",
		"additionalProperties": false,
		"properties": obj{
			"$schema": obj{"type": "string"},
			"extends": obj{
				"description": "Presets and config files (\"./base.json\"), applied in order before \"rules\". Default: [\"fsdlint:recommended\"].",
				"oneOf": []any{
					obj{"$ref": "#/definitions/preset"},
					obj{"type": "array", "items": obj{"$ref": "#/definitions/preset"}},
				},
			},
			"roots":   obj{"description": "FSD root folders, relative to the config file; detected when absent.", "oneOf": stringOrArray["oneOf"]},
			"ignores": obj{"description": "Globs (doublestar syntax) of files and folders never linted, relative to the config file.", "$ref": "#/definitions/patterns"},
			"layers": obj{
				"description":          "Layer folders with other names: canonical layer -> folder name.",
				"type":                 "object",
				"propertyNames":        obj{"enum": layers},
				"additionalProperties": obj{"type": "string", "minLength": 1, "pattern": "^[^/\\\\]+$"},
			},
			"aliases": obj{
				"description":          "Bundler aliases in tsconfig \"paths\" style, targets relative to the config file: {\"@app/*\": [\"src/app/*\"]}.",
				"type":                 "object",
				"additionalProperties": stringOrArray,
			},
			"rules": obj{"$ref": "#/definitions/rules"},
			"overrides": obj{
				"description": "Rule settings for some files; later entries win.",
				"type":        "array",
				"items": obj{
					"type":                 "object",
					"additionalProperties": false,
					"properties": obj{
						"files":   patterns,
						"ignores": patterns,
						"rules":   obj{"$ref": "#/definitions/rules"},
					},
				},
			},
			"settings": obj{"description": "Free-form settings that rules read, e.g. {\"react\": {\"version\": \"18\"}}.", "type": "object"},
		},
		"definitions": obj{
			"preset": obj{"anyOf": []any{
				obj{"enum": presets},
				obj{"type": "string", "pattern": `^\.\.?/|\.json$`, "description": "a config file, relative to this one"},
			}},
			"patterns": stringOrArray,
			"severity": obj{"enum": []any{"off", "warn", "error", 0, 1, 2}},
			"ruleWithOptions": obj{"oneOf": []any{
				obj{"$ref": "#/definitions/severity"},
				obj{"type": "array", "minItems": 1, "items": []any{obj{"$ref": "#/definitions/severity"}}, "additionalItems": true},
			}},
			"ruleWithoutOptions": obj{"oneOf": []any{
				obj{"$ref": "#/definitions/severity"},
				obj{"type": "array", "minItems": 1, "maxItems": 1, "items": []any{obj{"$ref": "#/definitions/severity"}}},
			}},
			"rules": obj{
				"description":          "Rule severities: \"off\", \"warn\", \"error\" (or 0, 1, 2), or [severity, options...].",
				"type":                 "object",
				"additionalProperties": false,
				"properties":           ruleProps,
			},
		},
	}
	out, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
