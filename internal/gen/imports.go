package gen

import (
	"sort"
	"strings"
)

// importSet collects a file's imports and prints one statement per module in
// the order Airbnb's import/order wants: packages, then '@/' aliases, then
// parents, then siblings. Names from the same module merge into one
// statement, so a file never imports a module twice (import/no-duplicates).
type importSet struct {
	order   []string            // modules in first-use order
	values  map[string][]string // module -> value names
	types   map[string][]string // module -> type-only names
	numbers int                 // statements written, for Stats.Imports
}

func newImportSet() *importSet {
	return &importSet{values: map[string][]string{}, types: map[string][]string{}}
}

func (s *importSet) add(module string, names ...string) { s.put(module, s.values, names) }

func (s *importSet) addType(module string, names ...string) { s.put(module, s.types, names) }

func (s *importSet) put(module string, into map[string][]string, names []string) {
	if _, seen := s.values[module]; !seen {
		if _, seen := s.types[module]; !seen {
			s.order = append(s.order, module)
		}
	}
	for _, name := range names {
		if !contains(into[module], name) {
			into[module] = append(into[module], name)
		}
	}
	if into[module] == nil {
		into[module] = []string{}
	}
}

func contains(list []string, name string) bool {
	for _, have := range list {
		if have == name {
			return true
		}
	}
	return false
}

// moduleRank orders the import groups the way the code base's lint config does.
func moduleRank(module string) int {
	switch {
	case strings.HasPrefix(module, "@/"):
		return 1
	case strings.HasPrefix(module, "../"):
		return 2
	case strings.HasPrefix(module, "./"):
		return 3
	default:
		return 0
	}
}

// String prints the statements, one line each, ending with a newline.
func (s *importSet) String() string {
	modules := append([]string(nil), s.order...)
	sort.SliceStable(modules, func(i, j int) bool { return moduleRank(modules[i]) < moduleRank(modules[j]) })
	var b strings.Builder
	for _, module := range modules {
		b.WriteString(s.statement(module))
	}
	s.numbers = len(modules)
	return b.String()
}

func (s *importSet) statement(module string) string {
	values, types := s.values[module], s.types[module]
	var names []string
	if len(values) == 0 {
		names = append(names, types...)
		return "import type { " + strings.Join(sortedNames(names), ", ") + " } from '" + module + "';\n"
	}
	for _, t := range types {
		if !contains(values, t) {
			names = append(names, "type "+t)
		}
	}
	names = append(names, values...)
	return "import { " + strings.Join(sortedNames(names), ", ") + " } from '" + module + "';\n"
}

// sortedNames sorts import specifiers by name, ignoring a leading "type ".
func sortedNames(names []string) []string {
	out := append([]string(nil), names...)
	key := func(n string) string { return strings.TrimPrefix(n, "type ") }
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}
