package airbnb

import (
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type jsxNoTargetBlankOptions struct {
	AllowReferrer       bool   `json:"allowReferrer"`
	EnforceDynamicLinks string `json:"enforceDynamicLinks"`
	WarnOnSpread        bool   `json:"warnOnSpreadAttributes"`
	Links               bool   `json:"links"`
	Forms               bool   `json:"forms"`
}

const (
	noReferrerMessage = `Using target="_blank" without rel="noreferrer" (which implies rel="noopener") is a security risk in older browsers: see https://mathiasbynens.github.io/rel-noopener/#recommendations`
	noOpenerMessage   = `Using target="_blank" without rel="noreferrer" or rel="noopener" (the former implies the latter and is preferred due to wider support) is a security risk: see https://mathiasbynens.github.io/rel-noopener/#recommendations`
)

var externalLinkRe = regexp.MustCompile(`^(?:\w+:|//)`)

var reactJSXNoTargetBlank = &rules.Rule{
	Name:            "react/jsx-no-target-blank",
	ESLintNames:     []string{"react/jsx-no-target-blank"},
	Category:        rules.CategoryReact,
	Summary:         `Require rel="noreferrer" on <a target="_blank"> with an external or dynamic href`,
	DefaultSeverity: rules.Error,
	Sonar:           sonarSecurity,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "A link opened with `target=\"_blank\"` gives the new page `window.opener` in older browsers " +
			"(reverse tabnabbing). An `<a>` with `target=\"_blank\"` (or a ternary that may give it) and an " +
			"external `href` (`scheme:` or `//`) or, with Airbnb's `enforceDynamicLinks: \"always\"`, any `href={…}`, " +
			"needs `rel` containing `noreferrer`. The fix adds or completes `rel`.",
		Incorrect: []string{`<a href="https://x.org" target="_blank">x</a>`, `<a href={url} target="_blank" rel="noopener">x</a>`},
		Correct:   []string{`<a href="https://x.org" target="_blank" rel="noreferrer">x</a>`, `<a href="/local" target="_blank">x</a>`},
		Options:   `{"enforceDynamicLinks": "always", "allowReferrer": false, "warnOnSpreadAttributes": false, "links": true, "forms": false} (Airbnb). Forms are not checked.`,
	},
	Options: objectOptions(jsxNoTargetBlankOptions{EnforceDynamicLinks: "always", Links: true}),
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(jsxNoTargetBlankOptions)
		if !ok {
			o = jsxNoTargetBlankOptions{EnforceDynamicLinks: "always", Links: true}
		}
		if !o.Links {
			return
		}
		tsparse.Each(c.File, func(op *tsparse.JSXOpening) { checkTargetBlank(c, op, o) })
	},
}

func lastAttrIndex(attrs []tsparse.Node, pred func(tsparse.Node) bool) int {
	for i := len(attrs) - 1; i >= 0; i-- {
		if pred(attrs[i]) {
			return i
		}
	}
	return -1
}

func checkTargetBlank(c *rules.FileContext, op *tsparse.JSXOpening, o jsxNoTargetBlankOptions) {
	if id, ok := op.Name.(*tsparse.JSXIdent); !ok || id.Name != "a" {
		return
	}
	attrs := op.Attrs
	targetIdx := lastAttrIndex(attrs, func(a tsparse.Node) bool { return plainAttrName(a) == "target" })
	spreadIdx := lastAttrIndex(attrs, func(a tsparse.Node) bool { _, ok := a.(*tsparse.JSXSpreadAttr); return ok })
	if targetIdx < 0 || !possiblyBlank(attrs[targetIdx].(*tsparse.JSXAttr)) {
		if !(o.WarnOnSpread && spreadIdx >= 0) {
			return
		}
	}
	linkIdx := lastAttrIndex(attrs, func(a tsparse.Node) bool { return plainAttrName(a) == "href" })
	external := false
	if linkIdx >= 0 {
		if s, ok := attrs[linkIdx].(*tsparse.JSXAttr).Value.(*tsparse.StringLit); ok && externalLinkRe.MatchString(s.Value) {
			external = true
		}
	}
	external = external || o.WarnOnSpread && linkIdx < spreadIdx
	dynamic := o.EnforceDynamicLinks == "always" && lastAttrIndex(attrs, func(a tsparse.Node) bool {
		if plainAttrName(a) != "href" {
			return false
		}
		_, ok := a.(*tsparse.JSXAttr).Value.(*tsparse.JSXExprContainer)
		return ok
	}) >= 0
	if !(external || dynamic) || hasSecureRel(op, targetIdx, spreadIdx, o) {
		return
	}
	msg, relValue := noReferrerMessage, "noreferrer"
	if o.AllowReferrer {
		msg, relValue = noOpenerMessage, "noopener"
	}
	var fixes []rules.Fix
	if edit, ok := targetBlankFix(op, targetIdx, spreadIdx, relValue); ok {
		fixes = append(fixes, rules.Fix{Message: `Add rel="` + relValue + `"`, Safety: rules.SafeFix, Edits: []rules.Edit{edit}})
	}
	c.ReportRange(op.Range, msg, fixes...)
}

// possiblyBlank: target="_blank", target={'_blank'} or a ternary with a '_blank' branch.
func possiblyBlank(a *tsparse.JSXAttr) bool {
	isBlank := func(e tsparse.Expr) bool {
		s, ok := unparenOrNil(e).(*tsparse.StringLit)
		return ok && strings.EqualFold(s.Value, "_blank")
	}
	switch v := a.Value.(type) {
	case *tsparse.StringLit:
		return strings.EqualFold(v.Value, "_blank")
	case *tsparse.JSXExprContainer:
		if isBlank(v.Expr) {
			return true
		}
		if ce, ok := unparenOrNil(v.Expr).(*tsparse.CondExpr); ok {
			return isBlank(ce.Alt) || isBlank(ce.Cons)
		}
	}
	return false
}

// relValues is the plugin's getStringFromValue: the rel strings to check; a
// nil entry stands for a non-string value.
func relValues(rel *tsparse.JSXAttr, target tsparse.Node) []*string {
	str := func(e tsparse.Expr) *string {
		if s, ok := unparenOrNil(e).(*tsparse.StringLit); ok {
			return &s.Value
		}
		return nil
	}
	switch v := rel.Value.(type) {
	case *tsparse.StringLit:
		return []*string{&v.Value}
	case *tsparse.JSXExprContainer:
		switch e := unparenOrNil(v.Expr).(type) {
		case *tsparse.TemplateLit:
			cooked := e.Quasis[0].Raw
			return []*string{&cooked}
		case *tsparse.CondExpr:
			vals := []*string{str(e.Cons), str(e.Alt)}
			if tc, ok := target.(*tsparse.JSXExprContainer); ok {
				if tce, ok := unparenOrNil(tc.Expr).(*tsparse.CondExpr); ok && testName(tce.Test) == testName(e.Test) {
					for i, b := range []tsparse.Expr{tce.Cons, tce.Alt} {
						if s := str(b); s != nil && *s == "_blank" {
							return []*string{vals[i]}
						}
					}
					return []*string{nil}
				}
			}
			return vals
		default:
			return []*string{str(e)}
		}
	}
	return []*string{nil}
}

// testName is `test.name` in the plugin: an identifier's name, else undefined
// (every non-identifier compares equal to every other).
func testName(e tsparse.Expr) string {
	if id, ok := unparen(e).(*tsparse.Ident); ok {
		return "id:" + id.Name
	}
	return "undefined"
}

func hasSecureRel(op *tsparse.JSXOpening, targetIdx, spreadIdx int, o jsxNoTargetBlankOptions) bool {
	relIdx := lastAttrIndex(op.Attrs, func(a tsparse.Node) bool { return plainAttrName(a) == "rel" })
	if relIdx < 0 || o.WarnOnSpread && relIdx < spreadIdx {
		return false
	}
	var target tsparse.Node
	if targetIdx >= 0 {
		target = op.Attrs[targetIdx].(*tsparse.JSXAttr).Value
	}
	for _, v := range relValues(op.Attrs[relIdx].(*tsparse.JSXAttr), target) {
		if v == nil {
			return false
		}
		tags := strings.Split(strings.ToLower(*v), " ")
		if !containsString(tags, "noreferrer") && !(o.AllowReferrer && containsString(tags, "noopener")) {
			return false
		}
	}
	return true
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// targetBlankFix is the plugin's fix: add rel, give it a value, or append noreferrer.
func targetBlankFix(op *tsparse.JSXOpening, targetIdx, spreadIdx int, relValue string) (rules.Edit, bool) {
	var rel *tsparse.JSXAttr
	for _, a := range op.Attrs {
		if plainAttrName(a) == "rel" {
			rel = a.(*tsparse.JSXAttr)
			break
		}
	}
	if targetIdx < spreadIdx || spreadIdx >= 0 && rel == nil {
		return rules.Edit{}, false
	}
	if rel == nil {
		end := op.Attrs[len(op.Attrs)-1].Span().End
		return rules.Edit{Start: end, End: end, NewText: ` rel="` + relValue + `"`}, true
	}
	if rel.Value == nil {
		return rules.Edit{Start: rel.Range.End, End: rel.Range.End, NewText: `="` + relValue + `"`}, true
	}
	withNoreferrer := func(s string) string {
		var parts []string
		for _, p := range strings.Split(s, "noreferrer") {
			if p != "" {
				parts = append(parts, p)
			}
		}
		return `"` + strings.Join(append(parts, "noreferrer"), " ") + `"`
	}
	switch v := rel.Value.(type) {
	case *tsparse.StringLit:
		return rules.Edit{Start: v.Range.Start, End: v.Range.End, NewText: withNoreferrer(v.Value)}, true
	case *tsparse.JSXExprContainer:
		if v.Expr == nil || !isLiteral(v.Expr) {
			return rules.Edit{}, false
		}
		if s, ok := unparen(v.Expr).(*tsparse.StringLit); ok {
			r := s.Range
			return rules.Edit{Start: r.Start, End: r.End, NewText: withNoreferrer(s.Value)}, true
		}
		return rules.Edit{Start: v.Range.Start, End: v.Range.End, NewText: `"noreferrer"`}, true
	}
	return rules.Edit{}, false
}
