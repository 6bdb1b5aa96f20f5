package sonar

// RangeOf converts a byte range [start, end) into a TextRange that SonarQube
// accepts: lines inside the file, columns inside their line, start strictly
// before end. Empty ranges are widened to one character; a range that cannot
// hold a column (an empty line) becomes a whole-line range.
func (l *Lines) RangeOf(start, end int) *TextRange {
	end = max(start, end)
	sl, sc := l.Pos(start)
	el, ec := l.Pos(end)
	// A range ending right after a line break ends, for Sonar, at the end of
	// the previous line.
	if el > sl && ec == 0 {
		el--
		ec = l.Len(el)
	}
	if l.Len(sl) == 0 {
		// "A 'startColumn' cannot be provided when the line is empty."
		return LineOnly(sl)
	}
	if el == sl && ec <= sc {
		ec = sc
		if w := l.charAfter(sl, sc); w > 0 {
			ec = sc + w
		} else {
			sc -= l.charBefore(sl, sc)
		}
	}
	return Span(sl, sc, el, ec)
}

// LineRange is a whole-line range for a 1-based line clamped into the file.
func (l *Lines) LineRange(line int) *TextRange {
	return LineOnly(max(1, min(line, l.Count())))
}
