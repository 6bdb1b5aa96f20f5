package engine

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/fsdlint/fsdlint/fsd"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/rules/all"
)

// pass2 builds the FSD model and import graph from the facts of pass 1 and
// runs the project rules. Returns pass 1's findings with pass 2's added, and
// the states of files pass 2 reported about that pass 1 did not lint (broken
// tsconfig files).
func (r *run) pass2(states []*fileState) ([]rules.Finding, []*fileState) {
	var findings []rules.Finding
	files := make([]*rules.ProjectFile, 0, len(states))
	paths := make([]string, 0, len(states))
	targetOf := map[string]int{}
	for _, st := range states {
		findings = append(findings, st.findings...)
		targetOf[st.path] = st.target
		// Every file shapes the FSD model (a slice of one broken file is still a slice).
		paths = append(paths, st.path)
		if st.facts == nil {
			continue // unreadable or unparsable: no facts to reason about
		}
		files = append(files, &rules.ProjectFile{Path: st.path, Facts: st.facts, Lines: st.lines})
	}
	project := r.projectRules()
	if len(project) == 0 {
		return findings, nil
	}
	model := fsd.NewModel(r.modelConfig(), append(paths, r.otherFiles()...))
	graphFiles := make([]fsd.GraphFile, len(files))
	for i, f := range files {
		graphFiles[i] = fsd.GraphFile{Path: f.Path, Facts: f.Facts}
	}
	resolver := r.resolver()
	ctx := &rules.ProjectContext{
		Files: files,
		Model: model,
		Graph: fsd.BuildGraph(graphFiles, model, resolver),
	}
	if len(r.opts.Targets) > 0 {
		ctx.Settings = r.opts.Targets[0].Config.Settings
	}
	target := func(path string) int { return targetOf[path] } // unknown paths: the first target's config
	// The rules only read the model and graph: they run side by side, each
	// into its own list, and the lists are joined in rule order (the output
	// does not depend on scheduling).
	perRule := make([][]rules.Finding, len(project))
	parallel(len(project), r.opts.Jobs, func(i int) {
		rule := project[i]
		rc := *ctx
		rc.OptionsFor = func(path string) any { return r.setting(target(path), path, rule.Name).Options }
		rc.Enabled = func(path string) bool { return r.setting(target(path), path, rule.Name).Severity != rules.Off }
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

// projectRules are the pass-2 rules that are on for at least one target.
func (r *run) projectRules() []*rules.Rule {
	var out []*rules.Rule
	for _, rule := range r.opts.Rules {
		if rule.Project == nil {
			continue
		}
		for _, t := range r.opts.Targets {
			if on(t, rule.Name) {
				out = append(out, rule)
				break
			}
		}
	}
	return out
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

// resolver resolves imports with the first target's config aliases (its
// tsconfig files are found per importing file). It starts with discovery's
// folder listings, so that resolution reads no folder twice.
func (r *run) resolver() *fsd.Resolver {
	opts := fsd.ResolverOptions{FS: r.resolverFS()}
	if len(r.opts.Targets) > 0 {
		c := r.opts.Targets[0].Config
		opts.Aliases, opts.AliasBase = c.Aliases, c.Dir
	}
	res := fsd.NewResolver(opts)
	r.knowListings(res)
	return res
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
