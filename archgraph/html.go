package archgraph

import (
	"fmt"
	"html"
	"io"
	"strings"
)

const pageStyle = `body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:24px;color:#263238}
h1{font-size:20px;margin:0 0 4px}
p.summary{margin:0 0 16px;color:#546e7a}
svg{max-width:100%;height:auto;border:1px solid #cfd8dc;border-radius:6px;background:#fff}
svg text{font-family:inherit}
.band-title{font-size:14px;font-weight:600;fill:#37474f}
.unit rect{fill:#fff;stroke:#78909c;stroke-width:1.2}
.unit text{font-size:13px;fill:#263238}
.dep path{fill:none;stroke:#78909c;stroke-width:1.4}
.dep.upward path,.dep.cross-slice path{stroke:#d32f2f;stroke-width:2.6}
.dep.cross-import path{stroke:#f57c00;stroke-dasharray:5 4}
.dep text{font-size:11px;fill:#37474f}
.dep.upward text,.dep.cross-slice text{fill:#d32f2f;font-weight:600}
.dep rect{fill:#fff;opacity:.85}
table{border-collapse:collapse;margin-top:20px;font-size:13px}
td,th{border:1px solid #cfd8dc;padding:4px 10px;text-align:left}
tr.forbidden td{color:#d32f2f}
.legend span{margin-right:16px}`

// renderHTML writes one self-contained page: the SVG drawing (laid out here,
// no scripts, no network) and a table of the dependencies.
func renderHTML(a *Architecture, w io.Writer) error {
	lay := layoutOf(a)
	several := severalRoots(a)
	forbidden, imports := 0, 0
	for _, d := range a.Deps {
		imports += d.Imports
		if d.Forbidden() {
			forbidden++
		}
	}
	units := 0
	for _, l := range a.Layers {
		units += len(l.Units)
	}
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>FSD architecture</title>\n<style>\n")
	b.WriteString(pageStyle)
	b.WriteString("\n</style>\n</head>\n<body>\n<h1>FSD architecture</h1>\n")
	fmt.Fprintf(&b, "<p class=\"summary\">%d layers, %d slices, %d dependencies (%d imports), %d forbidden.</p>\n",
		len(a.Layers), units, len(a.Deps), imports, forbidden)
	b.WriteString("<p class=\"legend\"><span style=\"color:#78909c\">&#8212; allowed</span><span style=\"color:#d32f2f\">&#8212; forbidden (upward or cross-slice)</span><span style=\"color:#f57c00\">- - cross-import via @x</span></p>\n")
	fmt.Fprintf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"FSD architecture\">\n",
		lay.width, lay.height, lay.width, lay.height)
	b.WriteString("<defs>\n")
	for _, m := range []struct{ id, color string }{{"arrow", "#78909c"}, {"arrow-forbidden", "#d32f2f"}, {"arrow-cross", "#f57c00"}} {
		fmt.Fprintf(&b, "<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>\n", m.id, m.color)
	}
	b.WriteString("</defs>\n")
	for _, bd := range lay.bands {
		fmt.Fprintf(&b, "<g class=\"band\" data-layer=\"%s\"><rect x=\"8\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\"/><text class=\"band-title\" x=\"20\" y=\"%.1f\">%s</text></g>\n",
			esc(bd.layer.Name), bd.y, lay.width-16, bd.h, layerColor(bd.layer.Name), bd.y+bd.h/2+5, esc(layerTitle(bd.layer, several)))
	}
	for i, d := range a.Deps {
		path, m, ok := lay.route(i, d)
		if !ok {
			continue
		}
		marker := "arrow"
		switch {
		case d.Forbidden():
			marker = "arrow-forbidden"
		case d.Kind == KindCrossImport:
			marker = "arrow-cross"
		}
		label := depLabel(d)
		lw := float64(len(label))*6.4 + 8
		fmt.Fprintf(&b, "<g class=\"dep %s\" data-from=\"%s\" data-to=\"%s\"><title>%s &#8594; %s: %d imports (%s)</title>"+
			"<path d=\"%s\" marker-end=\"url(#%s)\"/>"+
			"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"15\" rx=\"3\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>\n",
			d.Kind, esc(d.From), esc(d.To), esc(d.From), esc(d.To), d.Imports, d.Kind,
			path, marker,
			m.x-lw/2, m.y-11, lw, m.x, m.y, esc(label))
	}
	for _, bd := range lay.bands {
		for _, u := range bd.layer.Units {
			// Units keep the summary's order in the DOM; only positions follow the layout.
			bx := lay.boxes[u.ID]
			fmt.Fprintf(&b, "<g class=\"unit\" data-id=\"%s\"><title>%s: %d files</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>\n",
				esc(u.ID), esc(u.ID), u.Files, bx.x, bx.y, bx.w, bx.h, bx.x+bx.w/2, bx.y+bx.h/2+4.5, esc(u.Label))
		}
	}
	b.WriteString("</svg>\n")
	b.WriteString("<table>\n<thead><tr><th>from</th><th>to</th><th>imports</th><th>kind</th></tr></thead>\n<tbody>\n")
	for _, d := range a.Deps {
		class := ""
		if d.Forbidden() {
			class = " class=\"forbidden\""
		}
		fmt.Fprintf(&b, "<tr%s><td>%s</td><td>%s</td><td>%d</td><td>%s</td></tr>\n", class, esc(d.From), esc(d.To), d.Imports, d.Kind)
	}
	b.WriteString("</tbody>\n</table>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
