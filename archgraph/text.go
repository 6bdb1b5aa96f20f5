package archgraph

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats lists the output formats of Render.
var Formats = []string{"mermaid", "dot", "json", "html"}

// Render writes the architecture in one of Formats.
func Render(a *Architecture, format string, w io.Writer) error {
	switch format {
	case "mermaid":
		return renderMermaid(a, w)
	case "dot":
		return renderDot(a, w)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if a.Deps == nil {
			a.Deps = []Dep{}
		}
		if a.Layers == nil {
			a.Layers = []Layer{}
		}
		return enc.Encode(a)
	case "html":
		return renderHTML(a, w)
	}
	return fmt.Errorf("unknown graph format %q (want %s)", format, strings.Join(Formats, ", "))
}

// idMaker gives every unit and layer a readable identifier that mermaid and
// dot accept unquoted ("pages_home"), unique within one drawing.
type idMaker struct {
	ids  map[string]string
	used map[string]bool
}

func newIDMaker() *idMaker { return &idMaker{ids: map[string]string{}, used: map[string]bool{}} }

func (m *idMaker) id(key string) string {
	if id, ok := m.ids[key]; ok {
		return id
	}
	var b strings.Builder
	for _, r := range key {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	base := b.String()
	if base == "" || base[0] >= '0' && base[0] <= '9' {
		base = "n" + base
	}
	id := base
	for n := 2; m.used[id]; n++ {
		id = fmt.Sprintf("%s_%d", base, n)
	}
	m.used[id] = true
	m.ids[key] = id
	return id
}

func layerTitle(l Layer, several bool) string {
	t := l.Dir
	if t == "" {
		t = l.Name
	}
	if several {
		t = l.Root + ": " + t
	}
	return t
}

func severalRoots(a *Architecture) bool {
	for _, l := range a.Layers {
		if l.Root != a.Layers[0].Root {
			return true
		}
	}
	return false
}

func depLabel(d Dep) string {
	label := fmt.Sprint(d.Imports)
	if d.Forbidden() {
		label += " " + d.Kind
	}
	return label
}

// renderMermaid writes a flowchart: one subgraph per layer, top to bottom,
// forbidden arrows red and thick, @x cross-imports dashed.
func renderMermaid(a *Architecture, w io.Writer) error {
	var b strings.Builder
	several := severalRoots(a)
	ids := newIDMaker()
	nodeID := ids.id
	b.WriteString("flowchart TB\n")
	for _, l := range a.Layers {
		fmt.Fprintf(&b, "  subgraph %s[%q]\n", nodeID("layer "+l.Root+" "+l.Name), layerTitle(l, several))
		for _, u := range l.Units {
			fmt.Fprintf(&b, "    %s[%q]\n", nodeID(u.ID), u.Label)
		}
		b.WriteString("  end\n")
	}
	var forbidden, cross []string
	for i, d := range a.Deps {
		arrow := "-->"
		if d.Kind == KindCrossImport {
			arrow = "-.->"
			cross = append(cross, fmt.Sprint(i))
		}
		if d.Forbidden() {
			arrow = "==>"
			forbidden = append(forbidden, fmt.Sprint(i))
		}
		fmt.Fprintf(&b, "  %s %s|%q| %s\n", nodeID(d.From), arrow, depLabel(d), nodeID(d.To))
	}
	if len(forbidden) > 0 {
		fmt.Fprintf(&b, "  linkStyle %s stroke:#d32f2f,stroke-width:3px,color:#d32f2f\n", strings.Join(forbidden, ","))
	}
	if len(cross) > 0 {
		fmt.Fprintf(&b, "  linkStyle %s stroke:#f57c00\n", strings.Join(cross, ","))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// renderDot writes a Graphviz digraph: one cluster per layer.
func renderDot(a *Architecture, w io.Writer) error {
	var b strings.Builder
	several := severalRoots(a)
	ids := newIDMaker()
	nodeID := ids.id
	b.WriteString("digraph fsd {\n  rankdir=TB;\n  compound=true;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, l := range a.Layers {
		fmt.Fprintf(&b, "  subgraph %s {\n    label=%q;\n    style=\"rounded,filled\";\n    fillcolor=%q;\n", "cluster_"+nodeID("layer "+l.Root+" "+l.Name), layerTitle(l, several), layerColor(l.Name))
		for _, u := range l.Units {
			fmt.Fprintf(&b, "    %s [label=%q];\n", nodeID(u.ID), u.Label)
		}
		b.WriteString("  }\n")
	}
	for _, d := range a.Deps {
		attrs := fmt.Sprintf("label=%q", depLabel(d))
		switch {
		case d.Forbidden():
			attrs += ", color=\"#d32f2f\", fontcolor=\"#d32f2f\", penwidth=2.5"
		case d.Kind == KindCrossImport:
			attrs += ", color=\"#f57c00\", style=dashed"
		}
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", nodeID(d.From), nodeID(d.To), attrs)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// layerColor is a light background per layer (the FSD docs' palette, softened).
func layerColor(layer string) string {
	switch layer {
	case "app":
		return "#f3e5f5"
	case "processes":
		return "#ede7f6"
	case "pages":
		return "#e3f2fd"
	case "widgets":
		return "#e0f7fa"
	case "features":
		return "#e8f5e9"
	case "entities":
		return "#fffde7"
	case "shared":
		return "#fbe9e7"
	}
	return "#f5f5f5"
}
