package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

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
				return res, dryRun(cmd.OutOrStdout(), cmd.ErrOrStderr(), opts, res, fo)
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

// applyFixes fixes the files and writes them. Each file is fixed in memory
// pass by pass (fix.File, up to fix.MaxPasses): the fixes that do not overlap
// are applied together, the per-file rules run again on the new text
// (engine.FileLinter) and the fixes that overlapped get their turn in the
// next pass; only the final text is written. A project rule's fix (new
// files, rewritten imports) can change what every other file sees: then the
// whole project is checked again, and fixed again, up to fix.MaxPasses rounds.
func applyFixes(stderr io.Writer, opts engine.Options, res *engine.Result, fo fix.Options) (*engine.Result, error) {
	project := projectRuleNames(opts)
	linter, err := engine.NewFileLinter(opts)
	if err != nil {
		return nil, err
	}
	applied := map[string]int{}
	warned := map[string]bool{}
	for round := 0; round < fix.MaxPasses; round++ {
		full := false
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
			r := fixFile(linter, res, rel, groups[rel], fo)
			if r.Applied == 0 {
				return r, nil
			}
			return r, fix.WriteFile(filepath.FromSlash(res.Abs[rel]), r.Fixed)
		})
		changed := map[string]*fix.Result{}
		for i, rel := range keys {
			r := results[i]
			printWarnings(stderr, r.res.Warnings, warned)
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
		if !full && !opts.ReportUnusedDisableDirectives {
			// the changed files were linted again in memory (their last pass)
			res = mergeRelinted(res, changed, project)
			break
		}
		if res, err = engine.Run(opts); err != nil {
			return nil, err
		}
		if !full {
			break // only for the unused-directive warnings: no fix is left to try
		}
	}
	printFixed(stderr, applied)
	return res, nil
}

// projectRuleNames are the names of the pass-2 (project) rules.
func projectRuleNames(opts engine.Options) map[string]bool {
	project := map[string]bool{}
	for _, r := range opts.Rules {
		if r.Project != nil {
			project[r.Name] = true
		}
	}
	return project
}

// fixFile fixes one file (rel, as in res) in memory: up to fix.MaxPasses
// passes, re-linted by linter in between. Its Remaining are the per-file
// rules' findings on the final text.
func fixFile(linter *engine.FileLinter, res *engine.Result, rel string, findings []rules.Finding, fo fix.Options) *fix.Result {
	abs := res.Abs[rel]
	relint := func(src []byte) ([]rules.Finding, error) { return linter.Lint(abs, src) }
	return fix.File(abs, res.Sources[rel], findings, relint, fo)
}

// printWarnings prints each fixer warning once (a file fixed again in a later
// round would repeat them).
func printWarnings(stderr io.Writer, warnings []string, seen map[string]bool) {
	for _, w := range warnings {
		if !seen[w] {
			seen[w] = true
			fmt.Fprintf(stderr, "fsdlint: %s\n", w)
		}
	}
}

// mergeRelinted is the result after fixing: the changed files' findings are
// their per-file rules' findings on the fixed text (fix.Result.Remaining,
// suppressions and positions from the new text); every other finding is
// kept, and project-rule findings in changed files move with the edits.
func mergeRelinted(prev *engine.Result, changed map[string]*fix.Result, project map[string]bool) *engine.Result {
	out := &engine.Result{Sources: map[string][]byte{}, Abs: map[string]string{}, FilesChecked: prev.FilesChecked, Cwd: prev.Cwd}
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
			out.Findings = append(out.Findings, f)
			if src, ok := prev.Sources[f.Path]; ok {
				out.Sources[f.Path], out.Abs[f.Path] = src, prev.Abs[f.Path]
			}
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
	for rel, r := range changed {
		for _, f := range r.Remaining {
			if !project[f.Rule] {
				out.Findings = append(out.Findings, f)
				out.Sources[f.Path], out.Abs[f.Path] = r.Fixed, prev.Abs[rel]
			}
		}
	}
	engine.SortFindings(out.Findings)
	return out
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

// dryRun prints, as one unified diff, what --fix would change: per file, the
// final text after every pass (re-linted in memory in between), and the files
// the fixes would create. Nothing is written.
func dryRun(stdout, stderr io.Writer, opts engine.Options, res *engine.Result, fo fix.Options) error {
	linter, err := engine.NewFileLinter(opts)
	if err != nil {
		return err
	}
	groups := fileFindings(res)
	keys := sortedKeys(groups)
	results := fixAll(opts.Jobs, keys, func(rel string) (*fix.Result, error) {
		return fixFile(linter, res, rel, groups[rel], fo), nil
	})
	total, files := 0, 0
	warned := map[string]bool{}
	for i, rel := range keys {
		r := results[i].res
		printWarnings(stderr, r.Warnings, warned)
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
