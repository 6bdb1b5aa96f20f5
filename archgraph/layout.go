package archgraph

import "sort"

// The drawing's geometry: layers are horizontal bands from app (top) to
// shared (bottom); each band holds its units as boxes in one row.

const (
	marginLeft  = 170.0 // room for the layer titles
	marginRight = 30.0
	marginTop   = 20.0
	bandHeight  = 130.0
	bandGap     = 10.0
	boxHeight   = 40.0
	boxGap      = 36.0
	charWidth   = 7.6 // average width of a 13px sans-serif character
	minBoxWidth = 80.0
)

type box struct {
	unit       Unit
	x, y, w, h float64
	outs, ins  []int // dependency indexes leaving/entering, for port spacing
}

type band struct {
	layer Layer
	y     float64
}

type layout struct {
	width, height float64
	bands         []band
	boxes         map[string]*box
}

func boxWidth(label string) float64 {
	w := float64(len([]rune(label)))*charWidth + 28
	if w < minBoxWidth {
		return minBoxWidth
	}
	return w
}

func layoutOf(a *Architecture) *layout {
	lay := &layout{boxes: map[string]*box{}}
	rowWidth := 0.0
	for _, l := range a.Layers {
		w := 0.0
		for i, u := range l.Units {
			if i > 0 {
				w += boxGap
			}
			w += boxWidth(u.Label)
		}
		if w > rowWidth {
			rowWidth = w
		}
	}
	lay.width = marginLeft + rowWidth + marginRight
	if lay.width < 480 {
		lay.width = 480
	}
	y := marginTop
	for _, l := range a.Layers {
		lay.bands = append(lay.bands, band{layer: l, y: y})
		// Center the row in the space right of the titles.
		w := 0.0
		for i, u := range l.Units {
			if i > 0 {
				w += boxGap
			}
			w += boxWidth(u.Label)
		}
		x := marginLeft + (lay.width-marginLeft-marginRight-w)/2
		for _, u := range l.Units {
			bw := boxWidth(u.Label)
			lay.boxes[u.ID] = &box{unit: u, x: x, y: y + (bandHeight-boxHeight)/2, w: bw, h: boxHeight}
			x += bw + boxGap
		}
		y += bandHeight + bandGap
	}
	lay.height = y - bandGap + marginTop
	for i, d := range a.Deps {
		if from, to := lay.boxes[d.From], lay.boxes[d.To]; from != nil && to != nil {
			from.outs = append(from.outs, i)
			to.ins = append(to.ins, i)
		}
	}
	// Order each box's ports by where the other end lies, so arrows do not
	// cross right at the box.
	center := func(id string) float64 { b := lay.boxes[id]; return b.x + b.w/2 }
	for _, b := range lay.boxes {
		sort.SliceStable(b.outs, func(i, j int) bool { return center(a.Deps[b.outs[i]].To) < center(a.Deps[b.outs[j]].To) })
		sort.SliceStable(b.ins, func(i, j int) bool { return center(a.Deps[b.ins[i]].From) < center(a.Deps[b.ins[j]].From) })
	}
	return lay
}

// port spreads the ends of several arrows along a box side.
func (b *box) port(list []int, dep int) float64 {
	for k, d := range list {
		if d == dep {
			return b.x + b.w*float64(k+1)/float64(len(list)+1)
		}
	}
	return b.x + b.w/2
}

type point struct{ x, y float64 }

// curve returns a cubic Bézier from one box to another: downward arrows leave
// the bottom and enter the top, upward ones the reverse, and arrows within a
// band arc above it.
func (lay *layout) curve(dep int, d Dep) (p0, p1, p2, p3 point, ok bool) {
	from, to := lay.boxes[d.From], lay.boxes[d.To]
	if from == nil || to == nil {
		return p0, p1, p2, p3, false
	}
	x0, x3 := from.port(from.outs, dep), to.port(to.ins, dep)
	switch {
	case to.y > from.y:
		p0, p3 = point{x0, from.y + from.h}, point{x3, to.y}
		dy := (p3.y - p0.y) / 2
		p1, p2 = point{x0, p0.y + dy}, point{x3, p3.y - dy}
	case to.y < from.y:
		p0, p3 = point{x0, from.y}, point{x3, to.y + to.h}
		dy := (p0.y - p3.y) / 2
		p1, p2 = point{x0, p0.y - dy}, point{x3, p3.y + dy}
	default:
		p0, p3 = point{x0, from.y}, point{x3, to.y}
		lift := 28 + 0.08*abs(x3-x0)
		if lift > 44 {
			lift = 44
		}
		p1, p2 = point{x0, p0.y - lift}, point{x3, p3.y - lift}
	}
	return p0, p1, p2, p3, true
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// mid is the curve's point at t = 1/2.
func mid(p0, p1, p2, p3 point) point {
	return point{(p0.x + 3*p1.x + 3*p2.x + p3.x) / 8, (p0.y + 3*p1.y + 3*p2.y + p3.y) / 8}
}
