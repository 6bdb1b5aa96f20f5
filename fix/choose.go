package fix

import (
	"sort"

	"github.com/fsdlint/fsdlint/rules"
)

// candidate is one fix offered by one finding in the current pass.
type candidate struct {
	finding rules.Finding
	fix     rules.Fix
	start   int32 // first edit's start: fixes are tried in this order, as ESLint does
}

// occupied holds the edits already chosen in a pass, sorted by (Start, End);
// they never overlap, so End is sorted too.
type occupied []rules.Edit

// conflicts reports whether e touches or overlaps a chosen edit. Touching
// counts (as in ESLint) so that two fixes never glue tokens together.
func (o occupied) conflicts(e rules.Edit) bool {
	i := sort.Search(len(o), func(i int) bool { return o[i].End >= e.Start })
	for ; i < len(o) && o[i].Start <= e.End; i++ {
		if o[i].End >= e.Start {
			return true
		}
	}
	return false
}

func (o *occupied) add(e rules.Edit) {
	i := sort.Search(len(*o), func(i int) bool {
		c := (*o)[i]
		return c.Start > e.Start || c.Start == e.Start && c.End > e.End
	})
	*o = append(*o, rules.Edit{})
	copy((*o)[i+1:], (*o)[i:])
	(*o)[i] = e
}

// choose returns the candidates that can be applied together, in position
// order; the rest wait for the next pass.
func choose(cands []candidate) (chosen []candidate, deferred int) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].start < cands[j].start })
	var taken occupied
	for _, c := range cands {
		clash := false
		for _, e := range c.fix.Edits {
			if taken.conflicts(e) {
				clash = true
				break
			}
		}
		if clash {
			deferred++
			continue
		}
		for _, e := range c.fix.Edits {
			taken.add(e)
		}
		chosen = append(chosen, c)
	}
	return chosen, deferred
}
