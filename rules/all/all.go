// Package all is the registry: every rule fsdlint ships, by name.
package all

import (
	"sort"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/airbnb"
	"github.com/fsdlint/fsdlint/rules/fsdrules"
	"github.com/fsdlint/fsdlint/rules/scoperules"
	"github.com/fsdlint/fsdlint/rules/typedefs"
)

// Rules returns every rule, sorted by name.
func Rules() []*rules.Rule {
	var all []*rules.Rule
	for _, set := range [][]*rules.Rule{Builtin, fsdrules.Rules, typedefs.Rules, airbnb.Rules, scoperules.Rules} {
		all = append(all, set...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all
}

// ByName returns the rule called name, or nil.
func ByName(name string) *rules.Rule {
	for _, r := range Rules() {
		if r.Name == name {
			return r
		}
	}
	return nil
}
