// Package baseline remembers the findings a project already has, so that a run
// reports only new ones, and limits a run to lines changed since a git
// revision. Findings are matched the way SonarQube tracks issues between
// analyses: by rule, file, message and a hash of the line's content, so code
// that merely moved is not "new".
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// LineHash fingerprints a line's content with all whitespace removed, so that
// re-indenting or reformatting spaces keeps the hash (as SonarQube's line hashes do).
func LineHash(line []byte) string {
	// The non-space runes are collected and hashed in one Write (invalid
	// UTF-8 counts as U+FFFD, as ranging over a string yields it).
	kept := make([]byte, 0, len(line))
	for _, r := range string(line) {
		if !unicode.IsSpace(r) {
			kept = utf8.AppendRune(kept, r)
		}
	}
	sum := sha256.Sum256(kept)
	return hex.EncodeToString(sum[:8])
}

// FindingLineHash is the hash of the line a finding starts on; "" for folder
// findings and when the source is unknown or the line is out of range.
func FindingLineHash(f rules.Finding, src []byte) string {
	if f.Folder || src == nil || f.Line < 1 {
		return ""
	}
	lt := tsparse.NewLineTable(src)
	if f.Line > lt.Lines() {
		return ""
	}
	return LineHash(lt.LineText(f.Line))
}

// LineHashes computes FindingLineHash for many findings, indexing each file once.
func LineHashes(findings []rules.Finding, sources map[string][]byte) []string {
	tables := map[string]*tsparse.LineTable{}
	type lineKey struct {
		path string
		line int
	}
	// Many findings can share a line (a long generated line can carry
	// thousands): each line is hashed once.
	hashes := map[lineKey]string{}
	out := make([]string, len(findings))
	for i, f := range findings {
		src, ok := sources[f.Path]
		if f.Folder || !ok || f.Line < 1 {
			continue
		}
		lt := tables[f.Path]
		if lt == nil {
			lt = tsparse.NewLineTable(src)
			tables[f.Path] = lt
		}
		if f.Line <= lt.Lines() {
			k := lineKey{f.Path, f.Line}
			h, ok := hashes[k]
			if !ok {
				h = LineHash(lt.LineText(f.Line))
				hashes[k] = h
			}
			out[i] = h
		}
	}
	return out
}
