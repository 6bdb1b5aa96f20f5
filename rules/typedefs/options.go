package typedefs

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Options of ts/consistent-type-definitions, written ESLint style after the
// severity: ["error", "type"] or ["error", "type", {"ignoreDeclarationFiles": true}].
type Options struct {
	// Prefer is "type" (report interfaces) or "interface" (report object-literal type aliases).
	Prefer string
	// IgnoreDeclarationFiles skips .d.ts/.d.mts/.d.cts files.
	IgnoreDeclarationFiles bool
}

const (
	preferType      = "type"
	preferInterface = "interface"
)

func defaultOptions() any { return Options{Prefer: preferType} }

func parseOptions(args []json.RawMessage) (any, error) {
	opts := Options{Prefer: preferType}
	if len(args) > 2 {
		return nil, fmt.Errorf("takes at most 2 options (\"type\" or \"interface\", then an object), got %d", len(args))
	}
	if len(args) >= 1 {
		var prefer string
		if err := json.Unmarshal(args[0], &prefer); err != nil || (prefer != preferType && prefer != preferInterface) {
			return nil, fmt.Errorf("first option must be \"type\" or \"interface\", got %s", args[0])
		}
		opts.Prefer = prefer
	}
	if len(args) == 2 {
		var obj struct {
			IgnoreDeclarationFiles *bool `json:"ignoreDeclarationFiles"`
		}
		dec := json.NewDecoder(bytes.NewReader(args[1]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&obj); err != nil {
			return nil, fmt.Errorf("second option must be an object {\"ignoreDeclarationFiles\": boolean}: %w", err)
		}
		if obj.IgnoreDeclarationFiles != nil {
			opts.IgnoreDeclarationFiles = *obj.IgnoreDeclarationFiles
		}
	}
	return opts, nil
}
