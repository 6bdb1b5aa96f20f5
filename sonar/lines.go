// Package sonar writes and reads SonarQube's generic external issue format
// (the 10.3+ shape with a rules table and the deprecated per-issue shape) and
// checks a report the way SonarQube's scanner does before it imports it.
package sonar

import (
	"sort"
	"unicode/utf8"

	"github.com/fsdlint/fsdlint/tsparse"
)

// Lines is a file as SonarQube's scanner reads it (FileMetadata): a UTF-8 BOM
// is dropped, and only \n, \r\n and a lone \r end a line — not U+2028/U+2029,
// which TypeScript counts, so the engine's line numbers cannot be reused.
type Lines struct {
	src    []byte
	starts []int // byte offset where each line's content starts
	ends   []int // byte offset where each line's content ends (before its EOL)
}

// NewLines indexes src with SonarQube's line model.
func NewLines(src []byte) *Lines {
	l := &Lines{src: src}
	start := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		start = 3
	}
	for i := start; i < len(src); i++ {
		switch src[i] {
		case '\n':
			l.starts, l.ends = append(l.starts, start), append(l.ends, i)
			start = i + 1
		case '\r':
			l.starts, l.ends = append(l.starts, start), append(l.ends, i)
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	// A file ending in a line break has one more, empty, line.
	l.starts, l.ends = append(l.starts, start), append(l.ends, len(src))
	return l
}

// Count is the number of lines SonarQube sees.
func (l *Lines) Count() int { return len(l.starts) }

// Len is the length of a 1-based line in UTF-16 code units, EOL excluded.
func (l *Lines) Len(line int) int { return tsparse.UTF16Len(l.Text(line)) }

// Text is the content of a 1-based line without its EOL.
func (l *Lines) Text(line int) []byte { return l.src[l.starts[line-1]:l.ends[line-1]] }

// Pos converts a byte offset to a 1-based line and a 0-based UTF-16 column.
// Offsets are clamped into the file, an offset inside a line break to the
// end of its line, and an offset inside a UTF-8 sequence to the sequence start.
func (l *Lines) Pos(off int) (line, col int) {
	off = max(0, min(off, len(l.src)))
	line = sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
	line = max(line, 1)
	start, end := l.starts[line-1], l.ends[line-1]
	off = max(start, min(off, end))
	for off > start && off < len(l.src) && !utf8.RuneStart(l.src[off]) {
		off--
	}
	return line, tsparse.UTF16Len(l.src[start:off])
}

// offset is the byte offset of a 1-based line and 0-based UTF-16 column.
func (l *Lines) offset(line, col int) int {
	off, end := l.starts[line-1], l.ends[line-1]
	for n := 0; off < end && n < col; {
		r, size := utf8.DecodeRune(l.src[off:end])
		n += runeWidth16(r)
		off += size
	}
	return off
}

// runeWidth16 is how many UTF-16 code units a decoded rune takes (an invalid
// byte decodes to RuneError and counts one, as Java's replacement does).
func runeWidth16(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// charAfter is the UTF-16 width of the character at (line, col); 0 at the line end.
func (l *Lines) charAfter(line, col int) int {
	off, end := l.offset(line, col), l.ends[line-1]
	if off >= end {
		return 0
	}
	r, _ := utf8.DecodeRune(l.src[off:end])
	return runeWidth16(r)
}

// charBefore is the UTF-16 width of the character ending at (line, col); 0 at the line start.
func (l *Lines) charBefore(line, col int) int {
	off, start := l.offset(line, col), l.starts[line-1]
	if off <= start {
		return 0
	}
	r, _ := utf8.DecodeLastRune(l.src[start:off])
	return runeWidth16(r)
}
