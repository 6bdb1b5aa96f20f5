package fix

import (
	"bytes"
	"fmt"
	"strings"
)

// contextLines is how many unchanged lines surround each change in a hunk.
const contextLines = 3

// maxEditDistance bounds the Myers search; beyond it the changed middle of
// the file is shown as one removal and one addition (still a correct patch).
const maxEditDistance = 2000

// Diff renders the change from old to updated as a unified diff with
// `--- a/name` / `+++ b/name` headers; "" when nothing changed.
func Diff(name string, old, updated []byte) string {
	return unified("a/"+name, "b/"+name, old, updated)
}

// DiffNewFile renders a file a fix creates, as an addition from /dev/null.
func DiffNewFile(name string, content []byte) string {
	return unified("/dev/null", "b/"+name, nil, content)
}

func unified(from, to string, old, updated []byte) string {
	if bytes.Equal(old, updated) {
		return ""
	}
	a, b := splitLines(old), splitLines(updated)
	ops := diffLines(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", from, to)
	for _, h := range hunks(ops) {
		writeHunk(&out, h, a, b)
	}
	return out.String()
}

// splitLines cuts s after each "\n"; the terminators stay on the lines.
func splitLines(s []byte) []string {
	var lines []string
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, string(s))
			break
		}
		lines = append(lines, string(s[:i+1]))
		s = s[i+1:]
	}
	return lines
}

type opKind byte

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

// op is one line of the edit script: a[ai] kept or deleted, or b[bi] inserted.
type op struct {
	kind   opKind
	ai, bi int
}

// diffLines returns a shortest edit script from a to b (Myers' O(ND)
// algorithm) after trimming the common head and tail.
func diffLines(a, b []string) []op {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var ops []op
	for i := 0; i < head; i++ {
		ops = append(ops, op{opEqual, i, i})
	}
	mid := myers(a[head:len(a)-tail], b[head:len(b)-tail])
	for _, o := range mid {
		o.ai += head
		o.bi += head
		ops = append(ops, o)
	}
	for i := tail; i > 0; i-- {
		ops = append(ops, op{opEqual, len(a) - i, len(b) - i})
	}
	return ops
}

// myers finds the edit script by the greedy forward search, keeping each
// step's furthest-reaching x per diagonal to walk the path back.
func myers(a, b []string) []op {
	n, m := len(a), len(b)
	limit := min(n+m, maxEditDistance)
	off := limit + 1
	v := make([]int, 2*limit+3)
	var trace [][]int // trace[d][k+d]: furthest x on diagonal k after step d
	found := -1
	for d := 0; d <= limit && found < 0; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
			}
		}
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
	}
	if found < 0 {
		return replaceAll(n, m)
	}
	var rev []op
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1]
		at := func(k int) int { return prev[k+d-1] }
		k := x - y
		var pk int
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			pk = k + 1 // came down: b[y-1] inserted
		} else {
			pk = k - 1 // came right: a[x-1] deleted
		}
		px := at(pk)
		py := px - pk
		sx, sy := px, py // where the move lands before the snake
		if pk == k+1 {
			sy++
		} else {
			sx++
		}
		for x > sx && y > sy {
			x--
			y--
			rev = append(rev, op{opEqual, x, y})
		}
		if pk == k+1 {
			rev = append(rev, op{opInsert, px, py})
		} else {
			rev = append(rev, op{opDelete, px, py})
		}
		x, y = px, py
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, op{opEqual, x, y})
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// replaceAll is the fallback script: delete every line of a, insert all of b.
func replaceAll(n, m int) []op {
	ops := make([]op, 0, n+m)
	for i := 0; i < n; i++ {
		ops = append(ops, op{opDelete, i, 0})
	}
	for j := 0; j < m; j++ {
		ops = append(ops, op{opInsert, n, j})
	}
	return ops
}

// hunks cuts the script into runs of changes with their context; changes
// closer than 2*contextLines share a hunk.
func hunks(ops []op) [][]op {
	var out [][]op
	i := 0
	for i < len(ops) {
		for i < len(ops) && ops[i].kind == opEqual {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-contextLines, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != opEqual {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == opEqual {
				run++
			}
			if run == len(ops) || run-end > 2*contextLines {
				end = min(end+contextLines, len(ops))
				break
			}
			end = run
		}
		out = append(out, ops[start:end])
		i = end
	}
	return out
}

func writeHunk(out *strings.Builder, h []op, a, b []string) {
	var aLen, bLen int
	for _, o := range h {
		if o.kind != opInsert {
			aLen++
		}
		if o.kind != opDelete {
			bLen++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(h[0].ai, aLen), hunkRange(h[0].bi, bLen))
	for _, o := range h {
		switch o.kind {
		case opEqual:
			writeLine(out, ' ', a[o.ai])
		case opDelete:
			writeLine(out, '-', a[o.ai])
		case opInsert:
			writeLine(out, '+', b[o.bi])
		}
	}
}

// hunkRange is "start,len" with 1-based start; an empty range names the line
// before it, and a length of one is left out, as GNU diff writes them.
func hunkRange(start0, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start0)
	case 1:
		return fmt.Sprintf("%d", start0+1)
	}
	return fmt.Sprintf("%d,%d", start0+1, n)
}

func writeLine(out *strings.Builder, mark byte, line string) {
	out.WriteByte(mark)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}
