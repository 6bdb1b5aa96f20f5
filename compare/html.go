package compare

import (
	"html/template"
	"io"
	"sync"
)

// svgRow is one row of a bar chart, laid out in advance so the template only draws.
type svgRow struct {
	Count
	Y, BeforeW, AfterW int
}

type svgChart struct {
	Title          string
	Rows           []svgRow
	Height, LabelW int
}

const (
	chartBarMax = 300 // px for the largest count
	chartRowH   = 34
)

func charts(res *Result) []svgChart {
	var out []svgChart
	for _, t := range res.tables() {
		if len(t.Rows) == 0 {
			continue
		}
		c := svgChart{Title: t.Title, LabelW: 120}
		top := 1
		for _, r := range t.Rows {
			top = max(top, r.Before, r.After)
			c.LabelW = max(c.LabelW, 8*len([]rune(r.Key))+16)
		}
		for i, r := range t.Rows {
			c.Rows = append(c.Rows, svgRow{Count: r, Y: i * chartRowH,
				BeforeW: r.Before * chartBarMax / top, AfterW: r.After * chartBarMax / top})
		}
		c.Height = len(t.Rows) * chartRowH
		out = append(out, c)
	}
	return out
}

// htmlPage is parsed on first use: at start-up it cost a quarter of a
// millisecond of every fsdlint run, most of which never write a comparison.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"signed": signed, "where": where, "oneLine": oneLine,
		"add":   func(a, b int) int { return a + b },
		"limit": func(issues []Issue, n int) []Issue { return issues[:min(n, len(issues))] },
		"more":  func(issues []Issue, n int) int { return max(0, len(issues)-n) },
	}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>fsdlint: {{.Res.Totals.Before}} → {{.Res.Totals.After}} findings</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#1f2328;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.summary{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:8px;padding:.6rem 1rem}
.card b{display:block;font-size:1.6rem}.up{color:#cf222e}.down{color:#1a7f37}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #eaeef2;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.9em}
.legend span{display:inline-block;width:12px;height:12px;margin:0 .3rem 0 1rem;vertical-align:middle}
svg text{font:12px system-ui,sans-serif;fill:#1f2328}
</style></head><body>
<h1>fsdlint compare</h1>
<p><code>{{.Res.Before.Source}}</code> ({{.Res.Before.Format}}) → <code>{{.Res.After.Source}}</code> ({{.Res.After.Format}})</p>
<div class="summary">
<div class="card">Findings<b>{{.Res.Totals.Before}} → {{.Res.Totals.After}}</b><span class="{{if gt .Res.Totals.Delta 0}}up{{else if lt .Res.Totals.Delta 0}}down{{end}}">{{signed .Res.Totals.Delta}}</span></div>
<div class="card">New<b class="up">{{len .Res.New}}</b></div>
<div class="card">Fixed<b class="down">{{len .Res.Fixed}}</b></div>
<div class="card">Unchanged<b>{{.Res.Unchanged}}</b></div>
</div>
<p class="legend"><span style="background:#8c959f"></span>before<span style="background:#0969da"></span>after</p>
{{range .Charts}}
<h2>{{.Title}}</h2>
<svg role="img" aria-label="{{.Title}}: before and after" width="{{add .LabelW 420}}" height="{{.Height}}" viewBox="0 0 {{add .LabelW 420}} {{.Height}}" xmlns="http://www.w3.org/2000/svg">
{{- $l := .LabelW}}{{range .Rows}}
<g transform="translate(0,{{.Y}})"><text x="0" y="20">{{.Key}}</text>
<rect x="{{$l}}" y="3" width="{{.BeforeW}}" height="12" fill="#8c959f"><title>before: {{.Before}}</title></rect><text x="{{add $l (add .BeforeW 4)}}" y="14">{{.Before}}</text>
<rect x="{{$l}}" y="17" width="{{.AfterW}}" height="12" fill="#0969da"><title>after: {{.After}}</title></rect><text x="{{add $l (add .AfterW 4)}}" y="28">{{.After}} ({{signed .Delta}})</text></g>
{{- end}}
</svg>
{{end}}
{{define "list"}}<table><tr><th>Location</th><th>Rule</th><th>Message</th></tr>
{{range limit .Issues .Max}}<tr><td><code>{{where .}}</code></td><td>{{.Rule}}</td><td>{{oneLine .Message}}</td></tr>
{{end}}{{with more .Issues .Max}}<tr><td colspan="3">… and {{.}} more</td></tr>{{end}}</table>{{end}}
<h2>New findings ({{len .Res.New}})</h2>
{{template "list" (.List .Res.New)}}
<h2>Fixed findings ({{len .Res.Fixed}})</h2>
{{template "list" (.List .Res.Fixed)}}
</body></html>
`))
})

type htmlData struct {
	Res    *Result
	Charts []svgChart
	max    int
}

type issueList struct {
	Issues []Issue
	Max    int
}

// List pairs issues with the list limit for the "list" template.
func (d htmlData) List(issues []Issue) issueList { return issueList{issues, d.max} }

func renderHTML(w io.Writer, res *Result, opts RenderOptions) error {
	return htmlPage().Execute(w, htmlData{Res: res, Charts: charts(res), max: opts.MaxList})
}
