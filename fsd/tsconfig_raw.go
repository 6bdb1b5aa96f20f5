package fsd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// rawConfig is one tsconfig/jsconfig file as written, before `extends` is applied.
type rawConfig struct {
	Extends         json.RawMessage            `json:"extends"`
	CompilerOptions map[string]json.RawMessage `json:"compilerOptions"`
	Files           json.RawMessage            `json:"files"`
	Include         json.RawMessage            `json:"include"`
	Exclude         json.RawMessage            `json:"exclude"`
	References      json.RawMessage            `json:"references"`
}

// pathEntry is one `paths` key with its substitutions, in file order (the order
// decides ties between equally long patterns).
type pathEntry struct {
	Pattern string
	Targets []string
}

func decodeString(raw json.RawMessage) (string, bool) {
	var s string
	if len(raw) == 0 || json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

func decodeBool(raw json.RawMessage) (bool, bool) {
	var b bool
	if len(raw) == 0 || json.Unmarshal(raw, &b) != nil {
		return false, false
	}
	return b, true
}

// decodeStrings reads a string array; null and absence are "not set".
func decodeStrings(raw json.RawMessage) ([]string, bool, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, false, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, false, fmt.Errorf("expected an array of strings")
	}
	if list == nil {
		list = []string{}
	}
	return list, true, nil
}

// decodeExtends accepts a string or (TypeScript 5) an array of strings.
func decodeExtends(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if s, ok := decodeString(raw); ok {
		return []string{s}, nil
	}
	list, _, err := decodeStrings(raw)
	if err != nil {
		return nil, fmt.Errorf(`"extends" must be a string or an array of strings`)
	}
	return list, nil
}

// decodeReferences reads [{ "path": "..." }, …].
func decodeReferences(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var refs []struct {
		Path string `json:"path"`
	}
	if err := json.Unmarshal(raw, &refs); err != nil {
		return nil, fmt.Errorf(`"references" must be an array of { "path": string }`)
	}
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		if r.Path != "" {
			out = append(out, r.Path)
		}
	}
	return out, nil
}

// decodePaths reads compilerOptions.paths keeping key order.
func decodePaths(raw json.RawMessage) ([]pathEntry, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf(`"paths" must be an object`)
	}
	var out []pathEntry
	for dec.More() {
		keyTok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := keyTok.(string)
		var targets []string
		if err := dec.Decode(&targets); err != nil {
			return nil, fmt.Errorf(`"paths" entry %q must be an array of strings`, key)
		}
		if strings.Count(key, "*") > 1 {
			continue // TypeScript ignores (and reports) patterns with several '*'
		}
		out = append(out, pathEntry{Pattern: key, Targets: targets})
	}
	return out, nil
}
