package archgraph

import (
	"fmt"
	"sort"
	"strings"
)

// The drawing's geometry: layers are horizontal bands from app (top) to
// shared (bottom); each band holds its units as boxes in rows.

const (
	marginLeft  = 170.0 // room for the layer titles
	marginRight = 30.0
	marginTop   = 20.0
	bandPad     = 45.0 // above the first and below the last row of a band
	bandGap     = 10.0
	rowGap      = 34.0
	boxHeight   = 40.0
	boxGap      = 36.0
	charWidth   = 7.6 // average width of a 13px sans-serif character
	minBoxWidth = 80.0
	maxRowWidth = 1100.0 // wider layers wrap into several rows
)

type box struct {
	unit       Unit
	x, y, w, h float64
	outs, ins  []int // dependency indexes leaving/entering, for port spacing
}

type band struct {
	layer  Layer
	y, h   float64
	rows   [][]Unit
	widths []float64
}

type layout struct {
	width, height float64
	bands         []band
	boxes         map[string]*box
	bandOf        map[string]int // unit ID → index in bands
}

func boxWidth(label string) float64 {
	w := float64(len([]rune(label)))*charWidth + 28
	if w < minBoxWidth {
		return minBoxWidth
	}
	return w
}

// orderUnits sorts each layer's units by the mean position of the units they
// are connected to in the layers above (the barycenter heuristic, two sweeps
// top to bottom): fewer crossing arrows. Ties keep the previous order.
func orderUnits(a *Architecture) [][]Unit {
	layers := make([][]Unit, len(a.Layers))
	pos := map[string]float64{}
	place := func(units []Unit) {
		for i, u := range units {
			pos[u.ID] = float64(i+1) / float64(len(units)+1)
		}
	}
	for i, l := range a.Layers {
		layers[i] = append([]Unit(nil), l.Units...)
		place(layers[i])
	}
	layerOf := map[string]int{}
	for i, l := range layers {
		for _, u := range l {
			layerOf[u.ID] = i
		}
	}
	for sweep := 0; sweep < 2; sweep++ {
		for i := 1; i < len(layers); i++ {
			center := map[string]float64{}
			for _, u := range layers[i] {
				sum, n := 0.0, 0
				for _, d := range a.Deps {
					other := ""
					switch {
					case d.To == u.ID:
						other = d.From
					case d.From == u.ID:
						other = d.To
					}
					if j, ok := layerOf[other]; ok && j < i {
						sum += pos[other] * float64(d.Imports)
						n += d.Imports
					}
				}
				center[u.ID] = pos[u.ID]
				if n > 0 {
					center[u.ID] = sum / float64(n)
				}
			}
			sort.SliceStable(layers[i], func(x, y int) bool { return center[layers[i][x].ID] < center[layers[i][y].ID] })
			place(layers[i])
		}
	}
	return layers
}

// wrap splits a layer's units into rows no wider than maxRowWidth.
func wrap(units []Unit) (rows [][]Unit, widths []float64) {
	var row []Unit
	w := 0.0
	for _, u := range units {
		bw := boxWidth(u.Label)
		if len(row) > 0 && w+boxGap+bw > maxRowWidth {
			rows, widths = append(rows, row), append(widths, w)
			row, w = nil, 0
		}
		if len(row) > 0 {
			w += boxGap
		}
		row, w = append(row, u), w+bw
	}
	if len(row) > 0 || len(rows) == 0 {
		rows, widths = append(rows, row), append(widths, w)
	}
	return rows, widths
}

func layoutOf(a *Architecture) *layout {
	lay := &layout{boxes: map[string]*box{}, bandOf: map[string]int{}}
	ordered := orderUnits(a)
	rowWidth := 0.0
	for i, l := range a.Layers {
		rows, widths := wrap(ordered[i])
		lay.bands = append(lay.bands, band{layer: l, rows: rows, widths: widths})
		for _, w := range widths {
			rowWidth = max(rowWidth, w)
		}
	}
	lay.width = max(marginLeft+rowWidth+marginRight, 480)
	y := marginTop
	for i := range lay.bands {
		b := &lay.bands[i]
		b.y = y
		b.h = 2*bandPad + float64(len(b.rows))*boxHeight + float64(len(b.rows)-1)*rowGap
		for r, row := range b.rows {
			// Center each row in the space right of the titles.
			x := marginLeft + (lay.width-marginLeft-marginRight-b.widths[r])/2
			top := y + bandPad + float64(r)*(boxHeight+rowGap)
			for _, u := range row {
				bw := boxWidth(u.Label)
				lay.boxes[u.ID] = &box{unit: u, x: x, y: top, w: bw, h: boxHeight}
				lay.bandOf[u.ID] = i
				x += bw + boxGap
			}
		}
		y += b.h + bandGap
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

// route is the SVG path of a dependency and where its label goes. An arrow
// that crosses bands passes each band in between through a gap between its
// boxes, so that it never runs under a box.
func (lay *layout) route(dep int, d Dep) (path string, label point, ok bool) {
	p0, p1, p2, p3, ok := lay.curve(dep, d)
	if !ok {
		return "", point{}, false
	}
	from, to := lay.bandOf[d.From], lay.bandOf[d.To]
	step := 1
	if to < from {
		step = -1
	}
	if from == to || from+step == to {
		return fmt.Sprintf("M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f", p0.x, p0.y, p1.x, p1.y, p2.x, p2.y, p3.x, p3.y), mid(p0, p1, p2, p3), true
	}
	points := []point{p0}
	for k := from + step; k != to; k += step {
		b := lay.bands[k]
		y := b.y + b.h/2
		t := (y - p0.y) / (p3.y - p0.y)
		points = append(points, point{lay.gapNear(k, p0.x+t*(p3.x-p0.x)), y})
	}
	points = append(points, p3)
	var sb strings.Builder
	fmt.Fprintf(&sb, "M%.1f,%.1f", p0.x, p0.y)
	for i := 1; i < len(points); i++ {
		a, b := points[i-1], points[i]
		dy := (b.y - a.y) / 2
		fmt.Fprintf(&sb, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", a.x, a.y+dy, b.x, b.y-dy, b.x, b.y)
	}
	a, b := points[0], points[1]
	dy := (b.y - a.y) / 2
	return sb.String(), mid(a, point{a.x, a.y + dy}, point{b.x, b.y - dy}, b), true
}

// gapNear is the x closest to want where a vertical line crosses band k
// without touching a box.
func (lay *layout) gapNear(k int, want float64) float64 {
	var boxes []*box
	for _, row := range lay.bands[k].rows {
		for _, u := range row {
			boxes = append(boxes, lay.boxes[u.ID])
		}
	}
	const clearance = 6.0
	free := func(x float64) bool {
		for _, b := range boxes {
			if x > b.x-clearance && x < b.x+b.w+clearance {
				return false
			}
		}
		return true
	}
	if free(want) {
		return want
	}
	best, found := want, false
	for _, b := range boxes {
		for _, x := range []float64{b.x - boxGap/2, b.x + b.w + boxGap/2} {
			if free(x) && (!found || abs(x-want) < abs(best-want)) {
				best, found = x, true
			}
		}
	}
	return best
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
