package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/fix"
	"github.com/fsdlint/fsdlint/rules"
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
// fixes that do not overlap, writes the files atomically and checks again, so
// positions, suppressions and project rules are always those of the real
// files; fixes that overlapped get their turn in the next pass.
func applyFixes(stderr io.Writer, opts engine.Options, res *engine.Result, fo fix.Options) (*engine.Result, error) {
	applied := map[string]int{}
	var order []string
	for pass := 0; pass < fix.MaxPasses; pass++ {
		changed := 0
		for _, nf := range fix.NewFiles(res.Findings, fo) {
			if err := fix.CreateFile(filepath.FromSlash(nf.Path), nf.Content); err != nil {
				fmt.Fprintf(stderr, "fsdlint: could not create %s: %v\n", nf.Path, err)
				continue
			}
			fmt.Fprintf(stderr, "created %s (%s)\n", relTo(res.Cwd, nf.Path), nf.Finding.Rule)
			changed++
		}
		groups := fileFindings(res)
		for _, rel := range sortedKeys(groups) {
			abs := res.Abs[rel]
			r := fix.File(abs, res.Sources[rel], groups[rel], nil, fo)
			for _, w := range r.Warnings {
				fmt.Fprintf(stderr, "fsdlint: %s\n", w)
			}
			if r.Applied == 0 {
				continue
			}
			if err := fix.WriteFile(filepath.FromSlash(abs), r.Fixed); err != nil {
				return nil, fmt.Errorf("writing %s: %v", rel, err)
			}
			if applied[rel] == 0 {
				order = append(order, rel)
			}
			applied[rel] += r.Applied
			changed++
		}
		if changed == 0 {
			break
		}
		next, err := engine.Run(opts)
		if err != nil {
			return nil, err
		}
		res = next
	}
	total := 0
	sort.Strings(order)
	for _, rel := range order {
		fmt.Fprintf(stderr, "fixed %d %s in %s\n", applied[rel], plural(applied[rel], "problem", "problems"), rel)
		total += applied[rel]
	}
	if total > 0 {
		fmt.Fprintf(stderr, "fixed %d %s in %d %s\n", total, plural(total, "problem", "problems"), len(order), plural(len(order), "file", "files"))
	}
	return res, nil
}

// dryRun prints, as one unified diff, what one fixing pass would change.
func dryRun(stdout, stderr io.Writer, res *engine.Result, fo fix.Options) error {
	groups := fileFindings(res)
	total, files := 0, 0
	for _, rel := range sortedKeys(groups) {
		r := fix.File(res.Abs[rel], res.Sources[rel], groups[rel], nil, fo)
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "fsdlint: %s\n", w)
		}
		if r.Changed() {
			io.WriteString(stdout, fix.Diff(rel, r.Original, r.Fixed))
			total += r.Applied
			files++
		}
	}
	for _, nf := range fix.NewFiles(res.Findings, fo) {
		io.WriteString(stdout, fix.DiffNewFile(relTo(res.Cwd, nf.Path), nf.Content))
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
