package airbnb

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type jsxNoUselessFragmentOptions struct {
	AllowExpressions bool `json:"allowExpressions"`
}

var lowerTagRe = regexp.MustCompile(`^[a-z]+$`)

var reactJSXNoUselessFragment = &rules.Rule{
	Name:            "react/jsx-no-useless-fragment",
	ESLintNames:     []string{"react/jsx-no-useless-fragment"},
	Category:        rules.CategoryReact,
	Summary:         "Disallow fragments with fewer than two children, or passed to an HTML element",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         objectOptions(jsxNoUselessFragmentOptions{}),
	Doc: rules.Doc{
		Description: "`<></>`, `<><Foo /></>` and `<>{x}</>` (Airbnb does not set `allowExpressions`) wrap nothing " +
			"worth wrapping; a fragment that is the child of an HTML element is useless too. Keyed fragments, " +
			"fragments with several children, a lone text fragment outside JSX (`const s = <>meow</>`) and a lone " +
			"call expression child are allowed. (The plugin can unwrap them; fsdlint reports only.)",
		Incorrect: []string{"<><Foo /></>", "<section><>{a}{b}</></section>"},
		Correct:   []string{"<><Foo /><Bar /></>", "<Fragment key={id}>{x}</Fragment>"},
		Options:   `{"allowExpressions": false} (Airbnb gives none).`,
	},
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(jsxNoUselessFragmentOptions)
		check := func(n tsparse.Node, children []tsparse.JSXChild, parents []tsparse.Node) {
			parent := parentOf(parents)
			_, parentElement := parent.(*tsparse.JSXElement)
			_, parentFragment := parent.(*tsparse.JSXFragment)
			onlyTextNotChild := len(children) == 1 && isJSXTextChild(children[0]) && !parentElement && !parentFragment
			if lessThanTwoChildren(children) && !onlyTextNotChild && !(o.AllowExpressions && singleExpression(children)) {
				c.ReportRange(n.Span(), "Fragments should contain more than one child - otherwise, there’s no need for a Fragment at all.")
			}
			if pe, ok := parent.(*tsparse.JSXElement); ok {
				if id, ok := pe.Opening.Name.(*tsparse.JSXIdent); ok && lowerTagRe.MatchString(id.Name) {
					c.ReportRange(n.Span(), "Passing a fragment to an HTML element is useless.")
				}
			}
		}
		tsparse.EachWithParents(c.File, func(x *tsparse.JSXFragment, parents []tsparse.Node) {
			check(x, x.Children, parents)
		})
		tsparse.EachWithParents(c.File, func(x *tsparse.JSXElement, parents []tsparse.Node) {
			if !isFragmentElement(x.Opening) {
				return
			}
			for _, a := range x.Opening.Attrs {
				if plainAttrName(a) == "key" {
					return
				}
			}
			check(x, x.Children, parents)
		})
	},
}

// isFragmentElement: <Fragment> or <React.Fragment>.
func isFragmentElement(o *tsparse.JSXOpening) bool {
	switch n := o.Name.(type) {
	case *tsparse.JSXIdent:
		return n.Name == "Fragment"
	case *tsparse.JSXMemberExpr:
		obj, ok := n.Object.(*tsparse.JSXIdent)
		return ok && obj.Name == "React" && n.Prop.Name == "Fragment"
	}
	return false
}

func isJSXTextChild(c tsparse.JSXChild) bool {
	_, ok := c.(*tsparse.JSXText)
	return ok
}

func isJSWhitespace(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }) == ""
}

func isPaddingSpaces(c tsparse.JSXChild) bool {
	t, ok := c.(*tsparse.JSXText)
	return ok && isJSWhitespace(t.Raw) && strings.Contains(t.Raw, "\n")
}

func nonPadding(children []tsparse.JSXChild) []tsparse.JSXChild {
	var out []tsparse.JSXChild
	for _, c := range children {
		if !isPaddingSpaces(c) {
			out = append(out, c)
		}
	}
	return out
}

func lessThanTwoChildren(children []tsparse.JSXChild) bool {
	kids := nonPadding(children)
	if len(kids) >= 2 {
		return false
	}
	if len(kids) == 1 {
		if cont, ok := kids[0].(*tsparse.JSXExprContainer); ok && cont.Expr != nil {
			if call, ok := unparen(cont.Expr).(*tsparse.CallExpr); ok && !isOptionalChain(call) {
				return false
			}
		}
	}
	return true
}

func singleExpression(children []tsparse.JSXChild) bool {
	kids := nonPadding(children)
	if len(kids) != 1 {
		return false
	}
	_, ok := kids[0].(*tsparse.JSXExprContainer)
	return ok
}
