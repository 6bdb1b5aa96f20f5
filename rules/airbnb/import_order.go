package airbnb

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var importOrder = &rules.Rule{
	Name:            "import/order",
	ESLintNames:     []string{"import/order"},
	Category:        rules.CategoryImports,
	Summary:         "Require package and alias imports before relative ones (Airbnb's single group)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         importOrderSpec,
	Doc: rules.Doc{
		Description: "Airbnb configures one group, builtin + external + internal; everything else (parent, " +
			"sibling, index, unresolvable names such as `@/x` or `~/x`) comes after it. An import that appears " +
			"after one of a later rank is reported (or, when that reports fewer, one that appears before one of an " +
			"earlier rank), as eslint-plugin-import does. Side-effect imports are ignored; top-level `require` " +
			"declarations rank after all imports. Only Airbnb's grouping is supported. " +
			"(The plugin can reorder; fsdlint reports only.)",
		Incorrect: []string{"import a from './a';\nimport React from 'react';"},
		Correct:   []string{"import React from 'react';\nimport a from './a';"},
	},
	File: func(c *rules.FileContext) {
		checkImportOrder(c, c.File.Body, true)
		tsparse.Each(c.File, func(m *tsparse.ModuleDecl) {
			if m.Body != nil {
				checkImportOrder(c, m.Body.Body, false)
			}
		})
	},
}

type rankedImport struct {
	node     tsparse.Node
	name     string
	typeOnly bool
	rank     int
}

// importRank is the rank under Airbnb's groups: builtin/external/internal 0,
// the other kinds 2, require() +100; ok is false for unranked (absolute) paths.
func importRank(imports *fileImports, name, file string, object, require bool) (int, bool) {
	kind := "object"
	if !object {
		kind = imports.res.importKind(name, imports.resolve(name), file)
	}
	rank := 2
	switch kind {
	case "absolute":
		return 0, false
	case "builtin", "external", "internal":
		rank = 0
	}
	if require {
		rank += 100
	}
	return rank, true
}

func checkImportOrder(c *rules.FileContext, body []tsparse.Stmt, program bool) {
	var list []rankedImport
	imports := importsOf(c)
	add := func(n tsparse.Node, name string, typeOnly, object, require bool) {
		if r, ok := importRank(imports, name, c.Path, object, require); ok {
			list = append(list, rankedImport{n, name, typeOnly, r})
		}
	}
	for _, s := range body {
		switch x := s.(type) {
		case *tsparse.ImportDecl:
			if x.Source != nil && (x.Default != nil || x.Namespace != nil || len(x.Named) > 0) {
				add(x, x.Source.Value, x.TypeOnly, false, false)
			}
		case *tsparse.ImportEqualsDecl:
			if x.Require != nil {
				add(x, x.Require.Value, x.TypeOnly, false, false)
			} else {
				add(x, text(c.File, x.Entity.Span()), x.TypeOnly, true, false)
			}
		}
	}
	if program {
		for _, s := range body {
			if call := topLevelRequire(s); call != nil {
				add(call, call.Args[0].(*tsparse.StringLit).Value, false, false, true)
			}
		}
		sortByPosition(list)
	}
	reportImportOrder(c, list)
}

// topLevelRequire finds `const x = require('y')` (also require('y').a.b and
// require('y')()) in a top-level variable declaration.
func topLevelRequire(s tsparse.Stmt) *tsparse.CallExpr {
	v, ok := s.(*tsparse.VarDecl)
	if !ok {
		return nil
	}
	for _, d := range v.Decls {
		e := d.Init
		for e != nil {
			switch x := e.(type) {
			case *tsparse.CallExpr:
				if isStaticRequire(x) {
					return x
				}
				e = x.Callee
			case *tsparse.MemberExpr:
				e = x.Object
			default:
				e = nil
			}
		}
	}
	return nil
}

func sortByPosition(list []rankedImport) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].node.Span().Start < list[j-1].node.Span().Start; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

func outOfOrder(list []rankedImport) []rankedImport {
	if len(list) == 0 {
		return nil
	}
	maxSeen := list[0]
	var out []rankedImport
	for _, x := range list {
		if x.rank < maxSeen.rank {
			out = append(out, x)
		}
		if maxSeen.rank < x.rank {
			maxSeen = x
		}
	}
	return out
}

func reportImportOrder(c *rules.FileContext, list []rankedImport) {
	forward := outOfOrder(list)
	if len(forward) == 0 {
		return
	}
	reversed := make([]rankedImport, len(list))
	for i, x := range list {
		x.rank = -x.rank
		reversed[len(list)-1-i] = x
	}
	backward := outOfOrder(reversed)
	order, ranked, bad := "before", list, forward
	if len(backward) < len(forward) {
		order, ranked, bad = "after", reversed, backward
	}
	for _, imp := range bad {
		var found rankedImport
		for _, x := range ranked {
			if x.rank > imp.rank {
				found = x
				break
			}
		}
		c.ReportRange(imp.node.Span(), "`"+imp.name+"` "+importDescription(imp)+" should occur "+order+" "+
			importDescription(found)+" of `"+found.name+"`")
	}
}

func importDescription(x rankedImport) string {
	if x.typeOnly {
		return "type import"
	}
	return "import"
}

// importOrderOptions are the plugin's options; only Airbnb's values are supported.
type importOrderOptions struct {
	Groups                  [][]string `json:"-"`
	RawGroups               []any      `json:"groups"`
	DistinctGroup           bool       `json:"distinctGroup"`
	SortTypesGroup          bool       `json:"sortTypesGroup"`
	Named                   bool       `json:"named"`
	WarnOnUnassignedImports bool       `json:"warnOnUnassignedImports"`
}

var airbnbImportOrder = importOrderOptions{Groups: [][]string{{"builtin", "external", "internal"}}, DistinctGroup: true}

var importOrderSpec = &rules.OptionsSpec{
	Default: func() any { return airbnbImportOrder },
	Parse: func(args []json.RawMessage) (any, error) {
		o := airbnbImportOrder
		o.Groups = nil
		if err := decodeArgs(args, &o); err != nil {
			return nil, err
		}
		for _, g := range o.RawGroups {
			switch v := g.(type) {
			case string:
				o.Groups = append(o.Groups, []string{v})
			case []any:
				var names []string
				for _, x := range v {
					s, _ := x.(string)
					names = append(names, s)
				}
				o.Groups = append(o.Groups, names)
			}
		}
		o.RawGroups = nil
		if o.Groups == nil {
			o.Groups = airbnbImportOrder.Groups
		}
		if !reflect.DeepEqual(o.Groups, airbnbImportOrder.Groups) || o.SortTypesGroup || o.Named || o.WarnOnUnassignedImports {
			return nil, fmt.Errorf(`only Airbnb's configuration is supported: {"groups": [["builtin", "external", "internal"]]}`)
		}
		return o, nil
	},
}
