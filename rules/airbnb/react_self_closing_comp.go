package airbnb

import (
	"strings"
	"unicode"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type selfClosingCompOptions struct {
	Component bool `json:"component"`
	HTML      bool `json:"html"`
}

var reactSelfClosingComp = &rules.Rule{
	Name:            "react/self-closing-comp",
	ESLintNames:     []string{"react/self-closing-comp"},
	Category:        rules.CategoryReact,
	Summary:         "Require self-closing tags for elements without children",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "`<X></X>` with no children, or whose only child is whitespace containing a line break, " +
			"should be written `<X />`. `<div> </div>` (a space on one line) is kept, as in the plugin. The fix " +
			"replaces `></X>` with ` />`.",
		Incorrect: []string{"<Foo></Foo>", "<div>\n</div>"},
		Correct:   []string{"<Foo />", "<div> </div>"},
		Options:   `{"component": true, "html": true} (Airbnb and the plugin's defaults).`,
	},
	Options: objectOptions(selfClosingCompOptions{Component: true, HTML: true}),
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(selfClosingCompOptions)
		if !ok {
			o = selfClosingCompOptions{Component: true, HTML: true}
		}
		eachJSXElement(c.File, func(el *tsparse.JSXElement, _ []tsparse.Node) {
			op := el.Opening
			if op.SelfClosing || el.Closing == nil {
				return
			}
			dom := isDOMComponent(op)
			_, member := op.Name.(*tsparse.JSXMemberExpr)
			_, ident := op.Name.(*tsparse.JSXIdent)
			component := (ident || member) && !dom
			if !(o.Component && component || o.HTML && dom) || !childrenEmptyOrMultilineSpace(el.Children) {
				return
			}
			fix := rules.Fix{Message: "Make it self-closing", Safety: rules.SafeFix, Edits: []rules.Edit{
				{Start: op.Range.End - 1, End: el.Closing.Range.End, NewText: " />"}}}
			c.ReportRange(op.Range, "Empty components are self-closing", fix)
		})
	},
}

func childrenEmptyOrMultilineSpace(children []tsparse.JSXChild) bool {
	if len(children) == 0 {
		return true
	}
	t, ok := children[0].(*tsparse.JSXText)
	if len(children) != 1 || !ok || !strings.Contains(t.Raw, "\n") {
		return false
	}
	for _, r := range t.Raw {
		if r == '\u00a0' || !(unicode.IsSpace(r) || r == '\ufeff') {
			return false
		}
	}
	return true
}
