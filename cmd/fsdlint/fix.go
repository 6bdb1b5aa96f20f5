package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
	"github.com/spf13/cobra"
)

// fixFlags are `check`'s fixer flags.
type fixFlags struct {
	fix, unsafe, dryRun bool
}

func init() {
	var fl fixFlags
	checkHooks = append(checkHooks, checkHook{
		Flags: func(cmd *cobra.Command) {
			f := cmd.Flags()
			f.BoolVar(&fl.fix, "fix", false, "apply safe fixes, then report what is left")
			f.BoolVar(&fl.unsafe, "fix-unsafe", false, "also apply unsafe fixes (implies --fix)")
			f.BoolVar(&fl.dryRun, "fix-dry-run", false, "print the fixes as a unified diff on stdout; write nothing")
			f.BoolVar(&fl.dryRun, "diff", false, "same as --fix-dry-run")
		},
		After: func(cmd *cobra.Command, opts engine.Options, res *engine.Result) (*engine.Result, error) {
			if !fl.fix && !fl.unsafe && !fl.dryRun {
				return res, nil
			}
			fo := fix.Options{Unsafe: fl.unsafe}
			if fl.dryRun {
				return res, dryRun(cmd.OutOrStdout(), cmd.ErrOrStderr(), res, fo)
			}
			return applyFixes(cmd.ErrOrStderr(), opts, res, fo)
		},
	})
}

// fileFindings groups the findings that carry fixes by file (relative path).
func fileFindings(res *engine.Result) map[string][]rules.Finding {
	out := map[string][]rules.Finding{}
	for _, f := range res.Findings {
		if len(f.Fixes) > 0 && res.Sources[f.Path] != nil {
			out[f.Path] = append(out[f.Path], f)
		}
	}
	return out
}

func sortedKeys(m map[string][]rules.Finding) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// applyFixes fixes and writes files pass by pass: each pass applies the
// fixes that do not overlap, writes the files atomically and checks the
// changed files again (see recheck); fixes that overlapped get their turn in
// the next pass.
func applyFixes(stderr io.Writer, opts engine.Options, res *engine.Result, fo fix.Options) (*engine.Result, error) {
	project := map[string]bool{}
	for _, r := range opts.Rules {
		if r.Project != nil {
			project[r.Name] = true
		}
	}
	applied := map[string]int{}
	for pass := 0; pass < fix.MaxPasses; pass++ {
		// a project rule's fix (new files, rewritten imports) can change what
		// every other file sees: then the whole project is checked again
		full := opts.ReportUnusedDisableDirectives
		for _, nf := range fix.NewFiles(res.Findings, fo) {
			if err := fix.CreateFile(filepath.FromSlash(nf.Path), nf.Content); err != nil {
				fmt.Fprintf(stderr, "fsdlint: could not create %s: %v\n", nf.Path, err)
				continue
			}
			fmt.Fprintf(stderr, "created %s (%s)\n", relTo(res.Cwd, nf.Path), nf.Finding.Rule)
			full = true
		}
		groups := fileFindings(res)
		keys := sortedKeys(groups)
		results := fixAll(opts.Jobs, keys, func(rel string) (*fix.Result, error) {
			r := fix.File(res.Abs[rel], res.Sources[rel], groups[rel], nil, fo)
			if r.Applied == 0 {
				return r, nil
			}
			return r, fix.WriteFile(filepath.FromSlash(res.Abs[rel]), r.Fixed)
		})
		changed := map[string]*fix.Result{}
		for i, rel := range keys {
			r := results[i]
			for _, w := range r.res.Warnings {
				fmt.Fprintf(stderr, "fsdlint: %s\n", w)
			}
			if r.err != nil {
				return nil, fmt.Errorf("writing %s: %w", rel, r.err)
			}
			if r.res.Applied == 0 {
				continue
			}
			applied[rel] += r.res.Applied
			changed[rel] = r.res
			for _, f := range groups[rel] {
				full = full || project[f.Rule]
			}
		}
		if len(changed) == 0 && !full {
			break
		}
		var err error
		if full {
			res, err = engine.Run(opts)
		} else {
			res, err = recheck(opts, res, changed, project)
		}
		if err != nil {
			return nil, err
		}
	}
	printFixed(stderr, applied)
	return res, nil
}

// recheck lints only the changed files again (per-file rules, with their
// suppressions and positions from the new text) and keeps every other
// finding; project-rule findings in changed files move with the edits.
func recheck(opts engine.Options, prev *engine.Result, changed map[string]*fix.Result, project map[string]bool) (*engine.Result, error) {
	sub := opts
	sub.Targets = nil
	for _, rel := range sortedKeys2(changed) {
		abs := prev.Abs[rel]
		sub.Targets = append(sub.Targets, engine.Target{Path: filepath.FromSlash(abs), Config: configOf(opts, abs)})
	}
	again, err := engine.Run(sub)
	if err != nil {
		return nil, err
	}
	out := &engine.Result{Sources: map[string][]byte{}, Abs: map[string]string{}, FilesChecked: prev.FilesChecked, Cwd: prev.Cwd}
	keep := func(f rules.Finding, from *engine.Result) {
		out.Findings = append(out.Findings, f)
		if src, ok := from.Sources[f.Path]; ok {
			out.Sources[f.Path], out.Abs[f.Path] = src, from.Abs[f.Path]
		}
	}
	lines := map[string]*tsparse.LineTable{}
	lineTable := func(rel string) *tsparse.LineTable {
		if lines[rel] == nil {
			lines[rel] = tsparse.NewLineTable(changed[rel].Fixed)
		}
		return lines[rel]
	}
	for _, f := range prev.Findings {
		r := changed[f.Path]
		if r == nil {
			keep(f, prev)
			continue
		}
		if !project[f.Rule] {
			continue // its file's rules ran again
		}
		if !f.Folder {
			f.Range.Start, f.Range.End = r.MapOffset(f.Range.Start), r.MapOffset(f.Range.End)
			f.Line, f.Column = lineTable(f.Path).Position(f.Range.Start)
			f.EndLine, f.EndCol = lineTable(f.Path).Position(f.Range.End)
		}
		f.Related = append([]rules.Related(nil), f.Related...)
		for i, rel := range f.Related {
			if rr := changed[rel.Path]; rr != nil {
				f.Related[i].Range.Start, f.Related[i].Range.End = rr.MapOffset(rel.Range.Start), rr.MapOffset(rel.Range.End)
				f.Related[i].Line, f.Related[i].Column = lineTable(rel.Path).Position(f.Related[i].Range.Start)
			}
		}
		out.Findings = append(out.Findings, f)
		out.Sources[f.Path], out.Abs[f.Path] = r.Fixed, prev.Abs[f.Path]
	}
	for _, f := range again.Findings {
		if changed[f.Path] != nil && !project[f.Rule] {
			keep(f, again)
		}
	}
	engine.SortFindings(out.Findings)
	return out, nil
}

type fixOutcome struct {
	res *fix.Result
	err error
}

// fixAll runs one fixing job per file on jobs workers (0: one per CPU core);
// results come back in the order of rels.
func fixAll(jobs int, rels []string, job func(rel string) (*fix.Result, error)) []fixOutcome {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([]fixOutcome, len(rels))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, len(rels)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := job(rels[i])
				out[i] = fixOutcome{r, err}
			}
		}()
	}
	for i := range rels {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// configOf is the config of the target that holds the file abs.
func configOf(opts engine.Options, abs string) *config.Config {
	for _, t := range opts.Targets {
		root, err := filepath.Abs(t.Path)
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(root, filepath.FromSlash(abs)); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return t.Config
		}
	}
	return opts.Targets[0].Config
}

func sortedKeys2(m map[string]*fix.Result) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// printFixed reports on stderr how many fixes each file got.
func printFixed(stderr io.Writer, applied map[string]int) {
	var order []string
	total := 0
	for rel, n := range applied {
		order = append(order, rel)
		total += n
	}
	sort.Strings(order)
	for _, rel := range order {
		fmt.Fprintf(stderr, "fixed %d %s in %s\n", applied[rel], plural(applied[rel], "problem", "problems"), rel)
	}
	if total > 0 {
		fmt.Fprintf(stderr, "fixed %d %s in %d %s\n", total, plural(total, "problem", "problems"), len(order), plural(len(order), "file", "files"))
	}
}

// dryRun prints, as one unified diff, what one fixing pass would change.
func dryRun(stdout, stderr io.Writer, res *engine.Result, fo fix.Options) error {
	groups := fileFindings(res)
	keys := sortedKeys(groups)
	results := fixAll(0, keys, func(rel string) (*fix.Result, error) {
		return fix.File(res.Abs[rel], res.Sources[rel], groups[rel], nil, fo), nil
	})
	total, files := 0, 0
	for i, rel := range keys {
		r := results[i].res
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "fsdlint: %s\n", w)
		}
		if r.Changed() {
			_, _ = io.WriteString(stdout, fix.Diff(rel, r.Original, r.Fixed))
			total += r.Applied
			files++
		}
	}
	for _, nf := range fix.NewFiles(res.Findings, fo) {
		_, _ = io.WriteString(stdout, fix.DiffNewFile(relTo(res.Cwd, nf.Path), nf.Content))
		total++
		files++
	}
	if total > 0 {
		fmt.Fprintf(stderr, "would fix %d %s in %d %s (dry run: nothing written)\n", total, plural(total, "problem", "problems"), files, plural(files, "file", "files"))
	}
	return nil
}

func relTo(cwd, p string) string {
	rel, err := filepath.Rel(filepath.FromSlash(cwd), filepath.FromSlash(p))
	if err != nil {
		return p
	}
	return filepath.ToSlash(rel)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
