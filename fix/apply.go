package fix

import (
	"bytes"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// lineEnding returns the file's dominant line terminator: the one it uses most
// ("\n" for a file without any).
func lineEnding(src []byte) string {
	var lf, crlf, cr int
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lf++
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				crlf++
				i++
			} else {
				cr++
			}
		}
	}
	switch {
	case crlf > lf && crlf >= cr:
		return "\r\n"
	case cr > lf && cr > crlf:
		return "\r"
	}
	return "\n"
}

// withLineEnding rewrites every line terminator in text to eol, so that a
// rule can write "\n" and a CRLF file stays CRLF.
func withLineEnding(text, eol string) string {
	if !strings.ContainsAny(text, "\r\n") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 8)
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			b.WriteString(eol)
		case '\n':
			b.WriteString(eol)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// sortedEdits returns the edits of fixes ordered by position; edits at the
// same position keep the order the rule gave them (insertions stack up).
func sortedEdits(fixes []rules.Fix) []rules.Edit {
	var edits []rules.Edit
	for _, f := range fixes {
		edits = append(edits, f.Edits...)
	}
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
	return edits
}

// shift records one applied edit: old bytes [Start, End) became NewLen bytes.
type shift struct {
	Start, End, NewLen int32
}

// applyEdits returns src with the non-overlapping edits applied. A BOM at the
// start is never touched: an edit reaching into it starts after it.
func applyEdits(src []byte, edits []rules.Edit) []byte {
	out, _ := applyEditsMapped(src, edits)
	return out
}

// applyEditsMapped is applyEdits that also returns what each edit did, for
// mapping offsets of the old text into the new one.
func applyEditsMapped(src []byte, edits []rules.Edit) ([]byte, []shift) {
	eol := lineEnding(src)
	floor := int32(0)
	if bytes.HasPrefix(src, bom) {
		floor = int32(len(bom))
	}
	var out bytes.Buffer
	out.Grow(len(src) + 64)
	shifts := make([]shift, 0, len(edits))
	pos := int32(0)
	for _, e := range edits {
		start, end := max(e.Start, floor), max(e.End, floor)
		if start < pos { // overlapping edits are filtered before; never write twice
			continue
		}
		out.Write(src[pos:start])
		text := withLineEnding(e.NewText, eol)
		out.WriteString(text)
		shifts = append(shifts, shift{Start: start, End: end, NewLen: int32(len(text))})
		pos = end
	}
	out.Write(src[pos:])
	return out.Bytes(), shifts
}

// mapOffset maps an offset of the text before the shifts to the text after
// them; an offset inside a replaced range maps to the start of its replacement.
func mapOffset(shifts []shift, off int32) int32 {
	delta := int32(0)
	for _, s := range shifts {
		if s.Start >= off && !(s.Start == off && s.End == off) {
			break
		}
		if off < s.End {
			return s.Start + delta
		}
		delta += s.NewLen - (s.End - s.Start)
	}
	return off + delta
}

// validEdits reports whether f's edits lie inside a text of length n and do
// not overlap one another (insertions at one point are fine).
func validEdits(f rules.Fix, n int) bool {
	edits := sortedEdits([]rules.Fix{f})
	pos := int32(0)
	for _, e := range edits {
		if e.Start < 0 || e.End < e.Start || int(e.End) > n || e.Start < pos {
			return false
		}
		pos = e.End
	}
	return len(edits) > 0
}
