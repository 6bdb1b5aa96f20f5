package baseline

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/fsdlint/fsdlint/rules"
)

// FormatVersion is written into baseline files; Read rejects other versions.
const FormatVersion = 1

// File is a baseline: the findings a project accepted at some point.
type File struct {
	Version  int   `json:"version"`
	Findings []Key `json:"findings"`
}

// Keys are the tracking keys of findings, with line hashes from their sources.
func Keys(findings []rules.Finding, sources map[string][]byte) []Key {
	hashes := LineHashes(findings, sources)
	keys := make([]Key, len(findings))
	for i, f := range findings {
		line := f.Line
		if f.Folder {
			line = 0
		}
		keys[i] = Key{Rule: f.Rule, Path: f.Path, Message: f.Message, Line: line, LineHash: hashes[i]}
	}
	return keys
}

// Write saves findings as a baseline at path (indented JSON, stable order).
func Write(path string, findings []rules.Finding, sources map[string][]byte) error {
	data, err := json.MarshalIndent(File{Version: FormatVersion, Findings: Keys(findings, sources)}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Read loads a baseline written by Write.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a baseline file: %w", path, err)
	}
	if f.Version != FormatVersion {
		return nil, fmt.Errorf("%s: baseline version %d, this fsdlint reads version %d", path, f.Version, FormatVersion)
	}
	return &f, nil
}

// Filter keeps the findings the baseline does not account for. Each baseline
// entry absorbs at most one finding, so a second copy of an accepted problem
// is still reported.
func Filter(findings []rules.Finding, sources map[string][]byte, b *File) []rules.Finding {
	match := Track(b.Findings, Keys(findings, sources))
	var kept []rules.Finding
	for i, f := range findings {
		if match[i] < 0 {
			kept = append(kept, f)
		}
	}
	return kept
}
