package fix

import (
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// File fixes one file's text: per pass, the wanted fixes whose edits do not
// touch are applied together, the text is checked, and relint yields the next
// findings; conflicting fixes wait for the next pass (at most MaxPasses).
// Offsets in findings are into src exactly as given (a leading BOM included).
// Fixes for another file (Fix.Path) are ignored here; see NewFiles.
// With relint nil there is a single pass.
//
// Every text kept has passed opts.Verify (esbuild by default) and fsdlint's
// parser: relint's parse when relint is given (it parses the text anyway),
// else tsparse.Parse.
func File(path string, src []byte, findings []rules.Finding, relint Relint, opts Options) *Result {
	res := &Result{Path: path, Original: src, Fixed: src, Remaining: findings}
	if len(candidates(path, src, findings, opts, nil, nil)) == 0 {
		return res
	}
	fx := &fileFixer{path: path, verify: opts.verifier(), relint: relint}
	rejected := map[string]bool{}
	cur, curFindings := src, findings
	for pass := 0; pass < MaxPasses; pass++ {
		cands := candidates(path, cur, curFindings, opts, rejected, &res.Warnings)
		if len(cands) == 0 {
			break
		}
		chosen, _ := choose(cands)
		next, nextFindings, err := fx.apply(cur, chosen)
		if err != nil {
			// The text before this pass was checked, except the original:
			// if that fails too, the fixes are not to blame.
			if pass == 0 {
				if _, berr := fx.check(src, false); berr != nil {
					res.Warnings = append(res.Warnings, fmt.Sprintf("%s: fixes skipped: the file does not parse before fixing: %v", path, berr))
					return res
				}
			}
			chosen, next, nextFindings = fx.applyOneByOne(cur, chosen, rejected, &res.Warnings)
			if len(chosen) == 0 {
				continue // every chosen fix was rejected; deferred ones get their turn
			}
		}
		_, shifts := applyEditsMapped(cur, sortedEdits(fixesOf(chosen)))
		res.shifts = append(res.shifts, shifts)
		res.Applied += len(chosen)
		res.Passes++
		cur = next
		if relint == nil {
			curFindings = withoutApplied(curFindings, chosen)
			break
		}
		curFindings = nextFindings
	}
	res.Fixed, res.Remaining = cur, curFindings
	return res
}

// fileFixer applies and checks fixes for one file.
type fileFixer struct {
	path   string
	verify func(string, []byte) error
	relint Relint
}

// check verifies text and returns its findings (nil without relint).
func (fx *fileFixer) check(text []byte, lint bool) ([]rules.Finding, error) {
	if err := fx.verify(fx.path, text); err != nil {
		return nil, err
	}
	if lint && fx.relint != nil {
		return fx.relint(text)
	}
	if _, err := tsparse.Parse(fx.path, text); err != nil {
		return nil, fmt.Errorf("fsdlint's parser: %w", err)
	}
	return nil, nil
}

// apply applies the chosen fixes at once and checks the result.
func (fx *fileFixer) apply(src []byte, chosen []candidate) ([]byte, []rules.Finding, error) {
	next := applyEdits(src, sortedEdits(fixesOf(chosen)))
	findings, err := fx.check(next, true)
	return next, findings, err
}

// applyOneByOne adds the chosen fixes one at a time and drops each one that
// makes the text fail its check.
func (fx *fileFixer) applyOneByOne(src []byte, chosen []candidate, rejected map[string]bool, warnings *[]string) ([]candidate, []byte, []rules.Finding) {
	var kept []candidate
	out := src
	var findings []rules.Finding
	for _, c := range chosen {
		try := applyEdits(src, sortedEdits(fixesOf(append(kept[:len(kept):len(kept)], c))))
		f, err := fx.check(try, true)
		if err != nil {
			rejected[fixKey(c.finding, c.fix, src)] = true
			*warnings = append(*warnings, fmt.Sprintf("%s: dropped a fix of %s (%s): the result would not parse: %v", fx.path, c.finding.Rule, c.fix.Message, err))
			continue
		}
		kept = append(kept, c)
		out, findings = try, f
	}
	return kept, out, findings
}

// candidates lists, per finding, its first fix that opts allow, applies to
// this file, is well-formed and was not rejected before.
func candidates(path string, src []byte, findings []rules.Finding, opts Options, rejected map[string]bool, warnings *[]string) []candidate {
	var out []candidate
	for _, f := range findings {
		for _, fx := range f.Fixes {
			if !opts.wanted(fx) || (fx.Path != "" && fx.Path != path) {
				continue
			}
			if rejected[fixKey(f, fx, src)] {
				break
			}
			if !validEdits(fx, len(src)) {
				if rejected != nil {
					rejected[fixKey(f, fx, src)] = true
					*warnings = append(*warnings, fmt.Sprintf("%s: dropped a fix of %s: its edits overlap or lie outside the file", path, f.Rule))
				}
				break
			}
			out = append(out, candidate{finding: f, fix: fx, start: sortedEdits([]rules.Fix{fx})[0].Start})
			break
		}
	}
	return out
}

func fixesOf(cs []candidate) []rules.Fix {
	out := make([]rules.Fix, len(cs))
	for i, c := range cs {
		out[i] = c.fix
	}
	return out
}

// fixKey identifies a fix across passes, where offsets shift: the rule, the
// message and what each edit replaces with what.
func fixKey(f rules.Finding, fx rules.Fix, src []byte) string {
	var b strings.Builder
	b.WriteString(f.Rule)
	b.WriteByte(0)
	b.WriteString(fx.Message)
	for _, e := range fx.Edits {
		b.WriteByte(0)
		if e.Start >= 0 && e.Start <= e.End && int(e.End) <= len(src) {
			b.Write(src[e.Start:e.End])
		}
		b.WriteByte(1)
		b.WriteString(e.NewText)
	}
	return b.String()
}

// withoutApplied drops the findings whose fix was applied (single-pass mode).
func withoutApplied(findings []rules.Finding, applied []candidate) []rules.Finding {
	done := map[string]bool{}
	for _, c := range applied {
		done[findingKey(c.finding)] = true
	}
	var out []rules.Finding
	for _, f := range findings {
		if !done[findingKey(f)] {
			out = append(out, f)
		}
	}
	return out
}

func findingKey(f rules.Finding) string {
	return fmt.Sprintf("%s\x00%d:%d\x00%s", f.Rule, f.Range.Start, f.Range.End, f.Message)
}
