package airbnb

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var jsxA11yAltText = &rules.Rule{
	Name:            "jsx-a11y/alt-text",
	ESLintNames:     []string{"jsx-a11y/alt-text"},
	Category:        rules.CategoryReact,
	Summary:         "Require text alternatives on img, area, input[type=image] and object",
	DefaultSeverity: rules.Error,
	Sonar:           sonarA11y,
	Options:         altTextSpec,
	Doc: rules.Doc{
		Description: "Screen readers need a text alternative. `<img>` needs `alt` (`alt=\"\"` marks a decorative " +
			"image; `aria-label`/`aria-labelledby` with a value also pass, a presentation role does not). `<area>` and " +
			"`<input type=\"image\">` need `alt`, `aria-label` or `aria-labelledby`; `<object>` needs a label, a `title` " +
			"or content. Custom components can be mapped to an element, as in the plugin: {\"img\": [\"Image\"]}.",
		Incorrect: []string{`<img src={src} />`, `<img src={src} alt={undefined} />`, `<input type="image" />`},
		Correct:   []string{`<img src={src} alt="A cat" />`, `<img src={src} alt="" />`, `<object title="Chart" />`},
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(altTextOptions)
		if !ok {
			o = airbnbAltText
		}
		tsparse.EachWithParents(c.File, func(op *tsparse.JSXOpening, parents []tsparse.Node) {
			switch o.elementFor(elementType(op.Name)) {
			case "img":
				checkImgAlt(c, op)
			case "object":
				el, _ := parentOf(parents).(*tsparse.JSXElement)
				checkObjectAlt(c, op, el)
			case "area":
				checkLabelledAlt(c, op, "Each area of an image map must have a text alternative through the `alt`, `aria-label`, or `aria-labelledby` prop.")
			case "input[type=\"image\"]":
				if p, found := getProp(op, "type"); propValue(p, found) == (jsValue{Kind: "string", Str: "image"}) {
					checkLabelledAlt(c, op, "<input> elements with type=\"image\" must have a text alternative through the `alt`, `aria-label`, or `aria-labelledby` prop.")
				}
			}
		})
	},
}

// ariaLabelHasValue: present with a value other than undefined and "".
func ariaLabelHasValue(op *tsparse.JSXOpening, name string) bool {
	v := propValue(getProp(op, name))
	return v.Kind != "undefined" && !(v.Kind == "string" && v.Str == "")
}

// validAlt: a truthy alt with a value, or the empty string.
func validAlt(p jsxProp) bool {
	v := propValue(p, true)
	noValue := p.SpreadValue == nil && p.Value == nil
	return v.truthy() && !noValue || v.Kind == "string" && v.Str == ""
}

func checkImgAlt(c *rules.FileContext, op *tsparse.JSXOpening) {
	alt, found := getProp(op, "alt")
	if found {
		if !validAlt(alt) {
			c.ReportRange(op.Range, `Invalid alt value for img. Use alt="" for presentational images.`)
		}
		return
	}
	if role := literalPropValue(getProp(op, "role")); role.Kind == "string" && (role.Str == "presentation" || role.Str == "none") {
		c.ReportRange(op.Range, `Prefer alt="" over a presentational role. First rule of aria is to not use aria if it can be achieved via native HTML.`)
		return
	}
	for _, name := range []string{"aria-label", "aria-labelledby"} {
		if _, has := getProp(op, name); has {
			if !ariaLabelHasValue(op, name) {
				c.ReportRange(op.Range, "The "+name+" attribute must have a value. The alt attribute is preferred over "+name+" for images.")
			}
			return
		}
	}
	c.ReportRange(op.Range, "img elements must have an alt prop, either with meaningful text, or an empty string for decorative images.")
}

func checkLabelledAlt(c *rules.FileContext, op *tsparse.JSXOpening, msg string) {
	if ariaLabelHasValue(op, "aria-label") || ariaLabelHasValue(op, "aria-labelledby") {
		return
	}
	alt, found := getProp(op, "alt")
	if !found || !validAlt(alt) {
		c.ReportRange(op.Range, msg)
	}
}

func checkObjectAlt(c *rules.FileContext, op *tsparse.JSXOpening, el *tsparse.JSXElement) {
	if ariaLabelHasValue(op, "aria-label") || ariaLabelHasValue(op, "aria-labelledby") {
		return
	}
	if literalPropValue(getProp(op, "title")).truthy() {
		return
	}
	if el != nil && hasAccessibleChild(el) {
		return
	}
	c.ReportRange(op.Range, "Embedded <object> elements must have alternative text by providing inner text, aria-label or aria-labelledby props.")
}

func hasAccessibleChild(el *tsparse.JSXElement) bool {
	for _, ch := range el.Children {
		switch x := ch.(type) {
		case *tsparse.JSXText:
			if x.Raw != "" {
				return true
			}
		case *tsparse.JSXElement:
			if !isHiddenFromScreenReader(x.Opening) {
				return true
			}
		case *tsparse.JSXExprContainer:
			if id, ok := x.Expr.(*tsparse.Ident); !ok || id.Name != "undefined" {
				return true
			}
		}
	}
	for _, name := range []string{"dangerouslySetInnerHTML", "children"} {
		if _, ok := getProp(el.Opening, name); ok {
			return true
		}
	}
	return false
}

// isHiddenFromScreenReader: <input type="hidden"> or aria-hidden true.
func isHiddenFromScreenReader(op *tsparse.JSXOpening) bool {
	if strings.ToUpper(elementType(op.Name)) == "INPUT" {
		if v := propValue(getProp(op, "type")); v.Kind == "string" && strings.ToUpper(v.Str) == "HIDDEN" { //nolint:gocritic // equalFold: mirrors upstream toUpperCase(); EqualFold("hıdden", "HIDDEN") is false, ToUpper matches it
			return true
		}
	}
	v := propValue(getProp(op, "aria-hidden"))
	return v.Kind == "boolean" && v.Bool
}

var javascriptHrefRe = regexp.MustCompile(`^\W*?javascript:`)

const (
	anchorNoHref       = "The href attribute is required for an anchor to be keyboard accessible. Provide a valid, navigable address as the href value. If you cannot provide an href, but still need the element to resemble a link, use a button and change it with appropriate styles. Learn more: https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/HEAD/docs/rules/anchor-is-valid.md"
	anchorPreferButton = "Anchor used as a button. Anchors are primarily expected to navigate. Use the button element instead. Learn more: https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/HEAD/docs/rules/anchor-is-valid.md"
	anchorInvalidHref  = "The href attribute requires a valid value to be accessible. Provide a valid, navigable address as the href value. If you cannot provide a valid href, but still need the element to resemble a link, use a button and change it with appropriate styles. Learn more: https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/HEAD/docs/rules/anchor-is-valid.md"
)

type anchorIsValidOptions struct {
	Components  []string `json:"components"`
	SpecialLink []string `json:"specialLink"`
	Aspects     []string `json:"aspects"`
}

var jsxA11yAnchorIsValid = &rules.Rule{
	Name:            "jsx-a11y/anchor-is-valid",
	ESLintNames:     []string{"jsx-a11y/anchor-is-valid"},
	Category:        rules.CategoryReact,
	Summary:         "Require anchors to have a valid href (and not act as buttons)",
	DefaultSeverity: rules.Error,
	Sonar:           sonarA11y,
	Options: objectOptions(anchorIsValidOptions{Components: []string{"Link"}, SpecialLink: []string{"to"},
		Aspects: []string{"noHref", "invalidHref", "preferButton"}}),
	Doc: rules.Doc{
		Description: "An `<a>` (or, with Airbnb's options, a `<Link>`) without `href`/`to` is not keyboard focusable; " +
			"`href=\"#\"`, an empty href or a `javascript:` URL is not a link; an anchor with `onClick` and no valid " +
			"href should be a `<button>`. Elements with a spread attribute and no href are not checked.",
		Incorrect: []string{`<a onClick={go}>Go</a>`, `<a href="#">Top</a>`, `<Link to="javascript:void(0)" />`},
		Correct:   []string{`<a href="/about">About</a>`, `<Link to="/home">Home</Link>`, `<button type="button" onClick={go}>Go</button>`},
		Options:   `{"components": ["Link"], "specialLink": ["to"], "aspects": ["noHref", "invalidHref", "preferButton"]} (Airbnb).`,
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(anchorIsValidOptions)
		if !ok {
			o = anchorIsValidOptions{Components: []string{"Link"}, SpecialLink: []string{"to"}, Aspects: []string{"noHref", "invalidHref", "preferButton"}}
		}
		aspect := func(name string) bool { return containsString(o.Aspects, name) }
		tsparse.Each(c.File, func(op *tsparse.JSXOpening) {
			t := elementType(op.Name)
			if t != "a" && !containsString(o.Components, t) {
				return
			}
			var values []jsValue
			hasHref := false
			for _, name := range append([]string{"href"}, o.SpecialLink...) {
				v := propValue(getProp(op, name))
				values = append(values, v)
				hasHref = hasHref || !v.isNullish()
			}
			hasSpread := false
			for _, a := range op.Attrs {
				if _, ok := a.(*tsparse.JSXSpreadAttr); ok {
					hasSpread = true
				}
			}
			_, onClick := getProp(op, "onClick")
			if !hasHref {
				if !hasSpread && aspect("noHref") && (!onClick || !aspect("preferButton")) {
					c.ReportRange(op.Range, anchorNoHref)
				}
				if !hasSpread && onClick && aspect("preferButton") {
					c.ReportRange(op.Range, anchorPreferButton)
				}
				return
			}
			invalid := false
			for _, v := range values {
				if v.Kind == "string" && (v.Str == "" || v.Str == "#" || javascriptHrefRe.MatchString(v.Str)) {
					invalid = true
				}
			}
			if invalid {
				if onClick && aspect("preferButton") {
					c.ReportRange(op.Range, anchorPreferButton)
				} else if aspect("invalidHref") {
					c.ReportRange(op.Range, anchorInvalidHref)
				}
			}
		})
	},
}

// altTextOptions: the checked elements and the custom components standing for each.
type altTextOptions struct {
	Elements   []string
	Components map[string][]string // element -> component names
}

var airbnbAltText = altTextOptions{Elements: []string{"img", "object", "area", `input[type="image"]`},
	Components: map[string][]string{"img": {}, "object": {}, "area": {}, `input[type="image"]`: {}}}

// elementFor maps a tag to the element rule that checks it ("" for none).
func (o altTextOptions) elementFor(tag string) string {
	for _, el := range o.Elements {
		if el == tag || el == `input[type="image"]` && tag == "input" {
			return el
		}
	}
	for _, el := range o.Elements {
		if containsString(o.Components[el], tag) {
			return el
		}
	}
	return ""
}

var altTextSpec = &rules.OptionsSpec{
	Default: func() any { return airbnbAltText },
	Parse: func(args []json.RawMessage) (any, error) {
		o := altTextOptions{Components: map[string][]string{}}
		var raw map[string][]string
		if err := decodeArgs(args, &raw); err != nil {
			return nil, err
		}
		o.Elements = raw["elements"]
		if o.Elements == nil {
			o.Elements = airbnbAltText.Elements
		}
		for k, v := range raw {
			if k != "elements" {
				o.Components[k] = v
			}
		}
		if len(args) == 0 {
			return airbnbAltText, nil
		}
		return o, nil
	},
}
