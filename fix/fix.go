// Package fix applies the fixes rules attach to findings: it picks edits that
// do not overlap, re-lints between passes (up to ten, as ESLint does), checks
// that every rewritten file still parses, and writes files atomically.
// It also renders the unified diff `--fix-dry-run` prints.
package fix

import (
	"bytes"

	"github.com/fsdlint/fsdlint/rules"
)

// MaxPasses is how many fix/re-lint rounds a file gets at most (ESLint's limit).
const MaxPasses = 10

// Options says which fixes to apply and how to check them.
type Options struct {
	// Unsafe also applies rules.UnsafeFix fixes (`--fix-unsafe`); otherwise only SafeFix.
	Unsafe bool
	// Verify is the second opinion on a rewritten text, besides fsdlint's own
	// parser (which always checks it); nil means Verify (esbuild).
	Verify func(path string, src []byte) error
}

// Relint re-runs a file's rules on new text; the engine provides it. Its
// error says the text does not parse (the fixer then drops the fixes).
type Relint func(src []byte) ([]rules.Finding, error)

// NewFile is a file a fix creates (rules.Fix.Path set), e.g. a missing public API.
type NewFile struct {
	Path    string
	Content []byte
	Finding rules.Finding // the finding whose fix asked for it
}

// Result is the outcome of fixing one file.
type Result struct {
	Path     string
	Original []byte
	Fixed    []byte // equal to Original when nothing was applied
	Applied  int    // fixes applied, over all passes
	Passes   int    // passes that applied at least one fix
	// Remaining are the findings of the last lint of Fixed: what `check` prints.
	Remaining []rules.Finding
	NewFiles  []NewFile
	Warnings  []string  // fixes dropped, each with the reason
	shifts    [][]shift // per applied pass, what its edits did
}

// MapOffset maps a byte offset of Original to Fixed (through every pass), so
// that findings computed on the old text (e.g. by project rules) can be moved
// to the new one. An offset inside replaced text maps to the replacement's start.
func (r *Result) MapOffset(off int32) int32 {
	for _, s := range r.shifts {
		off = mapOffset(s, off)
	}
	return off
}

// Changed reports whether the file's text differs after fixing.
func (r *Result) Changed() bool { return !bytes.Equal(r.Original, r.Fixed) }

// wanted reports whether opts allow applying f.
func (o Options) wanted(f rules.Fix) bool {
	switch f.Safety {
	case rules.SafeFix:
		return true
	case rules.UnsafeFix:
		return o.Unsafe
	}
	return false
}

func (o Options) verifier() func(string, []byte) error {
	if o.Verify != nil {
		return o.Verify
	}
	return Verify
}
