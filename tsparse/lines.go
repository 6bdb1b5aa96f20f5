package tsparse

import (
	"encoding/binary"
	"sort"
	"sync"
	"unicode/utf8"
)

// LineTable maps byte offsets to 1-based lines and columns. Columns count
// UTF-16 code units, as TypeScript, ESLint and editors do.
type LineTable struct {
	src    []byte
	once   sync.Once
	starts []int32 // byte offset of each line start, indexed on first use

	mu                sync.Mutex
	lastOff           int32 // the last position answered (lastLine 0: none)
	lastLine, lastCol int
}

// NewLineTable returns the line table of src. \n, \r\n and a lone \r end a
// line, as do U+2028 and U+2029 (ECMAScript line terminators). The index is
// built on first use: most files of a run never have a position asked for.
// It is safe for concurrent use.
func NewLineTable(src []byte) *LineTable {
	return &LineTable{src: src}
}

func (t *LineTable) index() []int32 {
	t.once.Do(t.build)
	return t.starts
}

func (t *LineTable) build() {
	src := t.src
	starts := make([]int32, 1, len(src)/32+1)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, int32(i+1))
		case 0xE2:
			if i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9) {
				i += 2
				starts = append(starts, int32(i+1))
			}
		}
	}
	t.starts = starts
}

// Lines is the number of lines (a file without a trailing newline still has its last line).
func (t *LineTable) Lines() int { return len(t.index()) }

// Line returns the 1-based line that holds byte offset off.
func (t *LineTable) Line(off int32) int {
	starts := t.index()
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// LineStart is the byte offset where 1-based line starts.
func (t *LineTable) LineStart(line int) int32 { return t.index()[line-1] }

// LineEnd is the byte offset just past line's content, before its terminator.
func (t *LineTable) LineEnd(line int) int32 {
	end := int32(len(t.src))
	starts := t.index()
	if line < len(starts) {
		end = starts[line]
		for end > starts[line-1] {
			c := t.src[end-1]
			if c == '\n' || c == '\r' {
				end--
				continue
			}
			if c == 0xA8 || c == 0xA9 {
				if end-3 >= starts[line-1] && t.src[end-3] == 0xE2 && t.src[end-2] == 0x80 {
					end -= 3
				}
			}
			break
		}
	}
	return end
}

// LineText is the content of a 1-based line without its terminator.
func (t *LineTable) LineText(line int) []byte {
	return t.src[t.LineStart(line):t.LineEnd(line)]
}

// Position converts a byte offset to a 1-based line and 1-based UTF-16 column.
// A byte order mark is not a character for editors, ESLint or SonarQube: it
// does not count in line 1's columns. Columns are counted from the last
// position asked when the offset lies further right on the same line: on a
// minified 40 KB line with hundreds of findings, counting each column from
// the line's start was a tenth of a corpus run.
func (t *LineTable) Position(off int32) (line, col int) {
	if off < 0 {
		off = 0
	}
	if int(off) > len(t.src) {
		off = int32(len(t.src))
	}
	starts := t.index()
	t.mu.Lock()
	defer t.mu.Unlock()
	if l := t.lastLine; l > 0 && off >= t.lastOff && (l == len(starts) || off < starts[l]) && (l > 1 || t.lastOff >= 3) &&
		(int(t.lastOff) == len(t.src) || utf8.RuneStart(t.src[t.lastOff])) { // not inside a character
		line, col = l, t.lastCol+UTF16Len(t.src[t.lastOff:off])
	} else {
		line = t.Line(off)
		start := starts[line-1]
		if line == 1 && len(t.src) >= 3 && t.src[0] == 0xEF && t.src[1] == 0xBB && t.src[2] == 0xBF && off >= 3 {
			start = 3
		}
		col = UTF16Len(t.src[start:off]) + 1
	}
	t.lastOff, t.lastLine, t.lastCol = off, line, col
	return line, col
}

// UTF16Len counts the UTF-16 code units of b; invalid bytes count as one each.
func UTF16Len(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			// eight ASCII bytes at a time
			for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				n += 8
				i += 8
			}
			if i < len(b) && b[i] < utf8.RuneSelf {
				n++
				i++
			}
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}
