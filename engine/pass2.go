package engine

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/internal/par"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
)

// pass2 builds the FSD model and import graph from the facts of pass 1 and
// runs the project rules. Returns pass 1's findings with pass 2's added, and
// the states of files pass 2 reported about that pass 1 did not lint (broken
// tsconfig files).
func (r *run) pass2(states []*fileState, world *projectWorld) ([]rules.Finding, []*fileState) {
	var findings []rules.Finding
	files := make([]*rules.ProjectFile, 0, len(states))
	for _, st := range states {
		findings = append(findings, st.findings...)
	}
	project := r.projectRules()
	if len(project) == 0 {
		return findings, nil
	}
	for _, st := range states {
		if st.facts == nil {
			continue // unreadable or unparsable: no facts to reason about
		}
		files = append(files, &rules.ProjectFile{Path: st.path, Facts: st.facts, Lines: st.lines})
	}
	// The rules' settings by path are indexed while the graph is built (4 ms
	// on one core at 10,000 files, which the graph's serial parts leave free).
	targetOf := make(map[string]int, len(states))
	settingsOf := make(map[string][]config.RuleSetting, len(states))
	indexed := make(chan struct{})
	go func() {
		defer close(indexed)
		for _, st := range states {
			targetOf[st.path] = st.target
			settingsOf[st.path] = r.settingsOf(st)
		}
	}()
	world.wait()
	model := world.model
	graphFiles := make([]fsd.GraphFile, len(files))
	for i, f := range files {
		graphFiles[i] = fsd.GraphFile{Path: f.Path, Facts: f.Facts}
	}
	resolver := world.resolver
	ctx := &rules.ProjectContext{
		Files: files,
		Model: model,
		Graph: fsd.BuildGraph(graphFiles, model, resolver),
	}
	<-indexed
	if len(r.opts.Targets) > 0 {
		ctx.Settings = r.opts.Targets[0].Config.Settings
	}
	// A rule asks for a file's setting once per import: the settings of every
	// file are looked up once, here, and read without locks by all rules.
	settingsFor := func(path string) []config.RuleSetting {
		if s, ok := settingsOf[path]; ok {
			return s
		}
		return r.resolvers[targetOf[path]].Settings(path) // unknown paths: the first target's config
	}
	// The rules only read the model and graph: they run side by side, each
	// into its own list, and the lists are joined in rule order (the output
	// does not depend on scheduling).
	perRule := make([][]rules.Finding, len(project))
	par.Each(len(project), r.opts.Jobs, func(i int) {
		rule := project[i]
		rc := *ctx
		ri := r.ruleIndex[rule.Name]
		rc.OptionsFor = func(path string) any {
			if len(r.resolvers) == 0 {
				return nil
			}
			return settingsFor(path)[ri].Options
		}
		// Rules ask once per import, a file's imports in a row: the last
		// answer is kept (a map lookup of a long path per edge was a third of
		// the import rules' time at 10,000 files).
		var lastPath string
		var lastOn bool
		rc.Enabled = func(path string) bool {
			if path != lastPath || path == "" {
				lastPath, lastOn = path, len(r.resolvers) > 0 && settingsFor(path)[ri].Severity != rules.Off
			}
			return lastOn
		}
		rc.Report = func(f rules.Finding) {
			f.Rule = rule.Name
			perRule[i] = append(perRule[i], f)
		}
		start := time.Now()
		r.runProjectRule(rule, &rc, &perRule[i])
		if r.ruleNanos != nil {
			r.ruleNanos[r.ruleIndex[rule.Name]].Add(int64(time.Since(start)))
		}
	})
	for _, fs := range perRule {
		findings = append(findings, fs...)
	}
	tsFindings, tsStates := tsconfigFindings(resolver.ConfigErrors())
	return append(findings, tsFindings...), tsStates
}

// projectWorld is what pass 2 needs that depends only on discovery: the FSD
// model of the tree and the import resolver. It is built on its own goroutine
// while pass 1 reads the files (at 10,000 files, 20 ms that were serial).
type projectWorld struct {
	done     chan struct{}
	model    *fsd.Model
	resolver *fsd.Resolver
}

func (w *projectWorld) wait() { <-w.done }

// startWorld starts building the model and the resolver; nil when no project
// rule is on (pass 2 then needs neither).
func (r *run) startWorld(files []sourceFile) *projectWorld {
	if len(r.projectRules()) == 0 {
		return nil
	}
	w := &projectWorld{done: make(chan struct{})}
	go func() {
		defer close(w.done)
		// Every file shapes the model (a slice of one broken file is still a slice).
		paths := make([]string, 0, len(files))
		for _, f := range files {
			paths = append(paths, f.path)
		}
		w.model = fsd.NewModel(r.modelConfig(), append(paths, r.otherFiles()...))
		w.resolver = r.resolver(len(files))
	}()
	return w
}

// projectRules are the pass-2 rules that are on for at least one target.
func (r *run) projectRules() []*rules.Rule {
	var out []*rules.Rule
	for _, rule := range r.opts.Rules {
		if rule.Project != nil && r.onAnywhere(rule.Name) {
			out = append(out, rule)
		}
	}
	return out
}

// onAnywhere says whether the rule is on for at least one target.
func (r *run) onAnywhere(name string) bool {
	for _, t := range r.opts.Targets {
		if on(t, name) {
			return true
		}
	}
	return false
}

// light says whether no per-file rule is on anywhere (nor --verify-syntax):
// every file goes through the token scanner, none is parsed into a tree
// (unless the scanner gives it up).
func (r *run) light() bool {
	if r.opts.VerifySyntax || r.parser.Scan == nil {
		return false
	}
	for _, rule := range r.opts.Rules {
		if rule.File != nil && r.onAnywhere(rule.Name) {
			return false
		}
	}
	return true
}

// on says whether the rule is on anywhere under a target: in its base rules or
// in an override.
func on(t Target, name string) bool {
	if t.Config.Rules[name].Severity != rules.Off {
		return true
	}
	for _, o := range t.Config.Overrides {
		if s, ok := o.Rules[name]; ok && s.Severity != rules.Off {
			return true
		}
	}
	return false
}

func (r *run) runProjectRule(rule *rules.Rule, ctx *rules.ProjectContext, findings *[]rules.Finding) {
	defer func() {
		if p := recover(); p != nil {
			*findings = append(*findings, rules.Finding{Rule: all.RulePanic, Path: r.cwd, Folder: true,
				Message: fmt.Sprintf("rule %s crashed: %v (please report this bug)", rule.Name, p)})
		}
	}()
	rule.Project(ctx)
}

// resolver resolves the imports of files files with the first target's config
// aliases (its tsconfig files are found per importing file). It starts with
// discovery's folder listings, so that resolution reads no folder twice.
func (r *run) resolver(files int) *fsd.Resolver {
	opts := fsd.ResolverOptions{FS: r.resolverFS(), Listings: r.knownListing(), Files: files}
	if len(r.opts.Targets) > 0 {
		c := r.opts.Targets[0].Config
		opts.Aliases, opts.AliasBase = c.Aliases, c.Dir
	}
	return fsd.NewResolver(opts)
}

// modelConfig is the FSD settings of the first target's config (roots,
// custom layer names); one model serves the whole run.
func (r *run) modelConfig() fsd.ModelConfig {
	if len(r.opts.Targets) == 0 {
		return fsd.ModelConfig{}
	}
	c := r.opts.Targets[0].Config
	return fsd.ModelConfig{Roots: c.Roots, LayerNames: c.Layers}
}

// otherFiles lists the files discovery saw that are not sources (images, styles,
// JSON): Steiger's structure rules count them (a shared/assets segment of images
// is a segment). Sorted, so the model is the same at any -j.
func (r *run) otherFiles() []string {
	if r.opts.Overlay != nil {
		return nil // the disk listings do not describe the staged tree
	}
	var out []string
	for dir, entries := range r.listings {
		for _, e := range entries {
			if e.Type().IsRegular() && !IsSource(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
				out = append(out, dir+"/"+e.Name())
			}
		}
	}
	sort.Strings(out)
	return out
}
