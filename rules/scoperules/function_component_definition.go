package scoperules

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var functionComponentDefinition = &rules.Rule{
	Name:            "react/function-component-definition",
	ESLintNames:     []string{"react/function-component-definition"},
	Category:        rules.CategoryReact,
	Summary:         "Define function components with a function declaration or expression",
	DefaultSeverity: rules.Off,
	Sonar:           sonarConventional,
	Doc: rules.Doc{
		Description: "One way to write components keeps a codebase uniform. With Airbnb's options a named " +
			"component (`const C = …`) must be a function declaration or a function expression, and an unnamed " +
			"one (`export default …`, the callback of `memo`/`forwardRef` once detected as a component) a " +
			"function expression, so arrow function components are reported. A component is what " +
			"eslint-plugin-react detects: a function returning JSX (or null) named with a capital letter, " +
			"exported by default, or returned in an allowed position. Functions that are object property " +
			"values are not checked. The rule is stylistic and very noisy in arrow-style codebases, hence " +
			"off by default outside the Airbnb preset.",
		Incorrect: []string{"const Button = ({ label }) => <button type=\"button\">{label}</button>;",
			"export default () => <div />;"},
		Correct: []string{"function Button({ label }) {\n  return <button type=\"button\">{label}</button>;\n}",
			"const Button = function Button({ label }) {\n  return <button type=\"button\">{label}</button>;\n};"},
		Options: "`{ \"namedComponents\": [\"function-declaration\", \"function-expression\"], " +
			"\"unnamedComponents\": \"function-expression\" }` (Airbnb's). Each is one kind or a list of kinds: " +
			"`function-declaration` (named only), `function-expression`, `arrow-function`.",
	},
	Options: &rules.OptionsSpec{
		Default: func() any { return defaultComponentDefinitionOptions() },
		Parse:   parseComponentDefinitionOptions,
	},
	File: checkFunctionComponentDefinition,
}

type componentDefinitionOptions struct {
	Named   []string
	Unnamed []string
}

func defaultComponentDefinitionOptions() componentDefinitionOptions {
	return componentDefinitionOptions{
		Named:   []string{"function-declaration", "function-expression"},
		Unnamed: []string{"function-expression"},
	}
}

// kindList reads ESLint's "one kind or a list of kinds".
func kindList(raw json.RawMessage, allowed ...string) ([]string, error) {
	var list []string
	var one string
	if err := json.Unmarshal(raw, &one); err == nil {
		list = []string{one}
	} else if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("expected a kind or a list of kinds")
	}
	for _, k := range list {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return nil, fmt.Errorf("unknown kind %q (expected one of %s)", k, strings.Join(allowed, ", "))
		}
	}
	return list, nil
}

func parseComponentDefinitionOptions(args []json.RawMessage) (any, error) {
	// ESLint's own defaults when an option object omits a key.
	o := componentDefinitionOptions{Named: []string{"function-declaration"}, Unnamed: []string{"function-expression"}}
	if len(args) == 0 {
		return defaultComponentDefinitionOptions(), nil
	}
	if len(args) > 1 {
		return nil, fmt.Errorf("expected at most 1 option, got %d", len(args))
	}
	var raw struct {
		NamedComponents   json.RawMessage `json:"namedComponents"`
		UnnamedComponents json.RawMessage `json:"unnamedComponents"`
	}
	if err := json.Unmarshal(args[0], &raw); err != nil {
		return nil, fmt.Errorf("option 1: %w", err)
	}
	var err error
	if raw.NamedComponents != nil {
		if o.Named, err = kindList(raw.NamedComponents, "function-declaration", "arrow-function", "function-expression"); err != nil {
			return nil, fmt.Errorf("namedComponents: %w", err)
		}
	}
	if raw.UnnamedComponents != nil {
		if o.Unnamed, err = kindList(raw.UnnamedComponents, "arrow-function", "function-expression"); err != nil {
			return nil, fmt.Errorf("unnamedComponents: %w", err)
		}
	}
	if len(o.Named) == 0 || len(o.Unnamed) == 0 {
		return nil, fmt.Errorf("an empty list of kinds allows nothing")
	}
	return o, nil
}

var componentDefinitionMessages = map[string]string{
	"function-declaration": "Function component is not a function declaration",
	"function-expression":  "Function component is not a function expression",
	"arrow-function":       "Function component is not an arrow function",
}

func checkFunctionComponentDefinition(c *rules.FileContext) {
	o := options(c, defaultComponentDefinitionOptions)
	rc := detectComponents(c.File)
	// Checked at Program:exit, when every component has been found. Function
	// components are found at their own visit, so detected is in source order.
	for _, d := range rc.detected {
		n := d.node
		var kind string
		switch n.(type) {
		case *tsparse.FuncDecl:
			kind = "function-declaration"
		case *tsparse.FuncExpr:
			kind = "function-expression"
		case *tsparse.ArrowFunc:
			kind = "arrow-function"
		default:
			continue
		}
		if d.confidence < 1 {
			continue
		}
		p := d.up
		if _, ok := p.(*tsparse.Property); ok {
			continue
		}
		_, isDecl := n.(*tsparse.FuncDecl)
		_, inDeclarator := p.(*tsparse.VarDeclarator)
		allowed := o.Unnamed
		if isDecl || inDeclarator {
			allowed = o.Named
		}
		if !contains(allowed, kind) {
			c.ReportRange(n.Span(), componentDefinitionMessages[allowed[0]])
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
