// Package engine runs a check: it discovers the files, parses and lints each
// once in parallel (pass 1), then runs the project rules over the import graph
// and FSD model (pass 2), applies suppression comments and returns findings
// sorted so that the output is identical at any -j.
package engine

import (
	"io/fs"
	"path/filepath"
	"runtime"
	"sort"
	"sync/atomic"
	"time"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// Options configure one run.
type Options struct {
	// Targets are the paths to check, each with the config that governs it.
	Targets []Target
	// Rules is every known rule (all.Rules()); the configs say which are on.
	Rules []*rules.Rule
	// TuneGC lets the run size the garbage collector to the tree (see
	// tuneGC); the CLI sets it, a library caller may not want a global change.
	TuneGC bool
	// Jobs is the number of workers (files in pass 1, rules in pass 2); 0 means runtime.NumCPU().
	Jobs int
	// Cwd is the absolute directory finding paths are made relative to; "" = os.Getwd.
	Cwd string
	// Parser is the syntax front end; the zero value means DefaultParser().
	Parser Parser
	// ReportUnusedDisableDirectives adds a warning for each directive that silenced nothing.
	ReportUnusedDisableDirectives bool
	// VerifySyntax also runs esbuild on every file that parsed and reports disagreements.
	VerifySyntax bool
	// Overlay replaces the disk for the files it holds (absolute, slash-separated
	// paths): their contents, or nil for a file that does not exist. Files it
	// adds below a target are checked too; import resolution sees it. For
	// `check --staged`, which lints the index.
	Overlay map[string][]byte
	// TimeRules measures every rule (summed over files and workers) into Result.RuleTimings.
	TimeRules bool
	// Focus, when non-nil, limits the per-file rules and the findings to these
	// files (absolute, slash-separated) and the folders holding them; every
	// file is still parsed for the project rules.
	Focus map[string]bool
}

// Result is the outcome of a run.
type Result struct {
	// Findings sorted by path, line, column, rule, message; paths relative to Cwd, slash-separated.
	Findings []rules.Finding
	// Sources holds the contents of every file with a finding, keyed like Finding.Path:
	// reporters draw code frames from it and a fixer applies Finding.Fixes to it.
	Sources map[string][]byte
	// Abs maps each key of Sources back to the file's absolute path (for writing fixes).
	Abs          map[string]string
	FilesChecked int
	Cwd          string
	// Timings are the wall and CPU times of the phases, for FSDLINT_TIMING=1.
	Timings []Timing
	// RuleTimings (with Options.TimeRules) is the time spent in each rule,
	// summed over files and workers, slowest first; rules that ran only.
	RuleTimings []Timing
}

// Timing is how long one phase of a run took: wall time, and the CPU time
// of the whole process meanwhile (ProcessCPU; 0 where not measured). CPU
// over wall is how many cores the phase kept busy.
type Timing struct {
	Phase    string
	Duration time.Duration
	CPU      time.Duration
}

// fileState is what pass 1 keeps of a file: facts, line table, directives,
// findings; never the AST.
type fileState struct {
	path       string
	target     int
	src        []byte
	lines      *tsparse.LineTable
	facts      *tsparse.Facts
	directives []*directive
	findings   []rules.Finding
	settings   []config.RuleSetting // the file's rule settings, when pass 1 looked them up
}

// Run checks the targets. The error is a *UsageError (bad path) or an internal
// failure; problems in the checked code are findings, never errors.
func Run(opts Options) (*Result, error) {
	r, err := newRun(opts)
	if err != nil {
		return nil, err
	}
	var timings []Timing
	lap, lapCPU := time.Now(), ProcessCPU()
	mark := func(phase string) {
		now, cpu := time.Now(), ProcessCPU()
		timings = append(timings, Timing{phase, now.Sub(lap), cpu - lapCPU})
		lap, lapCPU = now, cpu
	}
	if opts.TuneGC {
		startGC()
	}
	files, problems, listings, err := discover(opts.Targets, r.resolvers)
	if err != nil {
		return nil, err
	}
	if files, err = r.applyOverlay(files); err != nil {
		return nil, err
	}
	r.listings = listings
	if opts.TuneGC {
		tuneGC(len(files), r.light())
	}
	mark("discover")
	world := r.startWorld(files)
	states := r.pass1(files)
	mark("pass 1 (read, parse, file rules)")
	findings, extra := r.pass2(states, world)
	findings = append(findings, problems...)
	findings = r.focusFindings(findings)
	mark("pass 2 (graph, project rules)")
	res := r.finish(states, extra, findings)
	mark("finish (suppress, sort)")
	res.Timings = timings
	res.RuleTimings = r.ruleTimings()
	return res, nil
}

// ruleTimings lists the measured rules, slowest first (name breaks ties).
func (r *run) ruleTimings() []Timing {
	var out []Timing
	for i := range r.ruleNanos {
		if d := time.Duration(r.ruleNanos[i].Load()); d > 0 {
			out = append(out, Timing{Phase: r.opts.Rules[i].Name, Duration: d})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Duration != out[b].Duration {
			return out[a].Duration > out[b].Duration
		}
		return out[a].Phase < out[b].Phase
	})
	return out
}

// run holds what every pass of one check reads.
type run struct {
	id        uint64 // rules.FileContext.Run
	opts      Options
	parser    Parser
	resolvers []*config.Resolver // per target
	ruleIndex map[string]int
	cwd       string
	ruleNanos []atomic.Int64           // per rule, with Options.TimeRules
	listings  map[string][]fs.DirEntry // discovery's folder listings, handed to the resolver
}

// runCount numbers the runs of this process (FileContext.Run).
var runCount atomic.Uint64

func newRun(opts Options) (*run, error) {
	r := &run{id: runCount.Add(1), opts: opts, parser: opts.Parser, ruleIndex: map[string]int{}}
	if r.parser.Parse == nil {
		r.parser = DefaultParser()
	}
	if r.opts.Jobs <= 0 {
		r.opts.Jobs = runtime.NumCPU()
	}
	for i, rule := range opts.Rules {
		r.ruleIndex[rule.Name] = i
	}
	if opts.TimeRules {
		r.ruleNanos = make([]atomic.Int64, len(opts.Rules))
	}
	byConfig := map[*config.Config]*config.Resolver{}
	for _, t := range opts.Targets {
		res := byConfig[t.Config]
		if res == nil {
			res = t.Config.Resolver(opts.Rules)
			byConfig[t.Config] = res
		}
		r.resolvers = append(r.resolvers, res)
	}
	r.cwd = opts.Cwd
	if r.cwd == "" {
		wd, err := filepath.Abs(".")
		if err != nil {
			return nil, err
		}
		r.cwd = wd
	}
	r.cwd = filepath.ToSlash(r.cwd)
	return r, nil
}

// settingsOf is every rule's setting for the file of st, looked up once per
// file (pass 1 asks, pass 2's rules ask per import, finish per finding).
func (r *run) settingsOf(st *fileState) []config.RuleSetting {
	if st.settings == nil && len(r.resolvers) > 0 {
		st.settings = r.resolvers[st.target].Settings(st.path)
	}
	return st.settings
}

// fileSetting is a rule's setting for the file at path, whose state st may be
// nil (a folder: the first target's config).
func (r *run) fileSetting(st *fileState, path, rule string) config.RuleSetting {
	i, ok := r.ruleIndex[rule]
	if !ok || len(r.resolvers) == 0 {
		return config.RuleSetting{}
	}
	if st != nil {
		return r.settingsOf(st)[i]
	}
	return r.resolvers[0].Settings(path)[i]
}
