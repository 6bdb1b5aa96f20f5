// Package gen writes deterministic, realistic Feature-Sliced Design code bases
// for benchmarks and scale tests: TSX components with hooks, handlers, forms
// and lists, model reducers and selectors, API clients with schema checks,
// shared ui/lib modules, barrels, tsconfig path aliases, and a configurable
// rate of violations of each rule family. Like a real app, a file averages
// about 4 imports and 1.7 KB. The same Options always give the same bytes.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options say how big the tree is and how often it breaks the rules.
type Options struct {
	Files int    // approximate number of source files (each slice has about 6)
	Seed  uint64 // same seed, same tree
	// ViolationRate is the probability (0..1) that a file carries one violation
	// of each family: cross-slice import, higher-layer import, public-API
	// sidestep, interface instead of type, loose equality, unused variable.
	ViolationRate float64
}

// Stats describe what was written.
type Stats struct {
	Files      int
	Imports    int            // import and re-export statements
	Bytes      int            // size of the .ts/.tsx files
	Violations map[string]int // by family
}

// filesPerSlice is what writeSlice emits for a sliced layer.
const filesPerSlice = 6

// layerShare is how the slices are spread over the sliced layers (pages..entities).
var layerShare = []struct {
	layer string
	share float64
}{{"pages", 0.10}, {"widgets", 0.17}, {"features", 0.33}, {"entities", 0.40}}

// sharedModules is the unsliced shared layer's content, fixed per tree.
var sharedUI = []string{"button", "input", "modal", "card", "spinner", "table", "tabs", "tooltip"}
var sharedLib = []string{"format", "dates", "array", "storage", "validation", "hooks"}

type generator struct {
	opts   Options
	rnd    *rand.Rand // slice graph and violations
	fill   *rand.Rand // code details that do not change the graph or the violations
	out    string
	slices map[string][]string // layer -> slice names
	stats  Stats
}

// Generate writes a tree into dir (which must be empty or missing).
func Generate(dir string, opts Options) (Stats, error) {
	if opts.Files <= 0 {
		opts.Files = 1000
	}
	g := &generator{
		opts:   opts,
		rnd:    rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		fill:   rand.New(rand.NewPCG(opts.Seed^0x5851f42d4c957f2d, opts.Seed+1)),
		out:    dir,
		slices: map[string][]string{},
		stats:  Stats{Violations: map[string]int{}},
	}
	if err := g.plan(); err != nil {
		return Stats{}, err
	}
	return g.stats, g.write()
}

func (g *generator) plan() error {
	fixed := 20 + 2*len(sharedUI) + 2*len(sharedLib) // app + shared
	slices := (g.opts.Files - fixed) / filesPerSlice
	if slices < len(layerShare) {
		slices = len(layerShare)
	}
	used := map[string]bool{}
	for _, ls := range layerShare {
		n := int(float64(slices)*ls.share + 0.5)
		if n < 1 {
			n = 1
		}
		for i := 0; i < n; i++ {
			name := g.sliceName(used)
			g.slices[ls.layer] = append(g.slices[ls.layer], name)
		}
		sort.Strings(g.slices[ls.layer])
	}
	return nil
}

var nouns = []string{"user", "order", "product", "cart", "invoice", "payment", "review", "comment", "profile",
	"session", "article", "category", "coupon", "delivery", "wallet", "message", "chat", "notification",
	"report", "team", "project", "task", "ticket", "event", "booking", "room", "course", "lesson", "quiz",
	"badge", "feed", "post", "media", "album", "track", "playlist", "store", "address", "shipment", "refund"}
var verbs = []string{"view", "edit", "create", "delete", "search", "filter", "share", "export", "import", "sync", "rate", "follow"}

func (g *generator) sliceName(used map[string]bool) string {
	for {
		name := nouns[g.rnd.IntN(len(nouns))] + "-" + verbs[g.rnd.IntN(len(verbs))]
		if g.rnd.IntN(3) == 0 {
			name = nouns[g.rnd.IntN(len(nouns))] + "-" + nouns[g.rnd.IntN(len(nouns))]
		}
		if !used[name] {
			used[name] = true
			return name
		}
		if len(used) > 400 {
			name = fmt.Sprintf("%s-%d", name, len(used))
			used[name] = true
			return name
		}
	}
}

func (g *generator) write() error {
	files := map[string]string{}
	files["package.json"] = packageJSON
	files["tsconfig.json"] = tsconfigJSON
	g.writeApp(files)
	g.writeShared(files)
	for li, ls := range layerShare {
		for _, slice := range g.slices[ls.layer] {
			g.writeSlice(files, li, ls.layer, slice)
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(g.out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			return err
		}
		if strings.HasSuffix(name, ".ts") || strings.HasSuffix(name, ".tsx") {
			g.stats.Files++
			g.stats.Imports += countImports(files[name])
			g.stats.Bytes += len(files[name])
		}
	}
	return nil
}

// countImports counts import and re-export statements (the generator writes
// each on one line).
func countImports(text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "export ") && strings.Contains(line, " from '") {
			n++
		}
	}
	return n
}

func (g *generator) violate(family string) bool {
	if g.opts.ViolationRate > 0 && g.rnd.Float64() < g.opts.ViolationRate {
		g.stats.Violations[family]++
		return true
	}
	return false
}

// pascal turns "user-view" into "UserView".
func pascal(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// camel turns "user-view" into "userView".
func camel(s string) string {
	p := pascal(s)
	return strings.ToLower(p[:1]) + p[1:]
}

const packageJSON = `{
  "name": "generated-fsd-app",
  "private": true,
  "dependencies": {
    "react": "18.3.1",
    "react-dom": "18.3.1"
  }
}
`

const tsconfigJSON = `{
  // generated by fsdlint's internal/gen
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "bundler",
    "jsx": "react-jsx",
    "strict": true,
    "baseUrl": ".",
    "paths": {
      "@/*": ["src/*"],
    },
  },
  "include": ["src"],
}
`
