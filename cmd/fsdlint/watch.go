package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/watch"
	"github.com/spf13/cobra"
)

// watchContext is the context watch mode runs in: until Ctrl-C or SIGTERM.
// Tests replace it to stop the loop themselves.
var watchContext = func() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// watchDebounce is how long the tree must stay quiet before a new check.
const watchDebounce = 100 * time.Millisecond

// runWatch checks, then checks the whole project again after every change of
// a source or config file. Graph rules see dependents of the changed files
// because every run is a full check (it is fast); a broken config is printed
// and the watch goes on. Ctrl-C ends it with exit 0.
func runWatch(cmd *cobra.Command, fl checkFlags, args []string, stdout, stderr io.Writer) error {
	for _, name := range []string{"staged", "fix", "fix-unsafe", "fix-dry-run"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			return usageErr("--watch cannot be combined with --%s", name)
		}
	}
	roots := args
	if len(roots) == 0 {
		roots = []string{"."}
	}
	for _, r := range roots {
		if _, err := os.Stat(r); err != nil {
			return usageErr("%s: no such file or directory", r)
		}
	}
	ctx, stop := watchContext()
	defer stop()
	w, err := watch.Start(ctx, watch.Options{Roots: roots, Debounce: watchDebounce,
		SkipDir: engine.SkippedDir, Relevant: watchRelevant})
	if err != nil {
		return usageErr("--watch: %v", err)
	}
	tty := isTerminal(stdout)
	check := func(changed []string) {
		if tty {
			fmt.Fprint(stdout, "\x1b[H\x1b[2J\x1b[3J") // home, clear screen and scroll-back
		} else if changed != nil {
			fmt.Fprintf(stdout, "\n---- fsdlint: %s changed, checking again ----\n", describeChanges(changed))
		}
		printRunError(stderr, runCheck(cmd, fl, args, stdout, stderr))
		fmt.Fprintf(stderr, "fsdlint: watching %s for changes (Ctrl-C to stop)\n", strings.Join(roots, " "))
	}
	check(nil)
	for {
		select {
		case <-ctx.Done():
			return nil
		case batch, ok := <-w.Changes:
			if !ok {
				return nil
			}
			check(batch)
		case err, ok := <-w.Errors:
			if ok {
				fmt.Fprintf(stderr, "fsdlint: watch: %v\n", err)
			}
		}
	}
}

// watchRelevant says whether a change of this file can change the findings:
// sources, fsdlint configs, tsconfig/jsconfig, package.json, .gitignore.
func watchRelevant(path string) bool {
	name := filepath.Base(path)
	if engine.IsSource(name) {
		return true
	}
	switch name {
	case ".fsdlintrc.json", "fsdlint.json", "package.json", "jsconfig.json", ".gitignore":
		return true
	}
	return strings.HasPrefix(name, "tsconfig") && strings.HasSuffix(name, ".json")
}

// describeChanges names the first changed file, relative to the working directory.
func describeChanges(paths []string) string {
	if len(paths) == 0 {
		return "a file"
	}
	s := displayPath(paths[0])
	if len(paths) > 1 {
		s += fmt.Sprintf(" and %d more", len(paths)-1)
	}
	return s
}

// printRunError prints what Main would print for a check's error; findings
// (exit 1 without a message) print nothing more.
func printRunError(stderr io.Writer, err error) {
	if err == nil {
		return
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		fmt.Fprintf(stderr, "fsdlint: %v\n", err)
		return
	}
	var cerrs config.Errors
	switch {
	case errors.As(ee.err, &cerrs):
		fmt.Fprintf(stderr, "%v\n", cerrs)
	case ee.err != nil:
		fmt.Fprintf(stderr, "fsdlint: %v\n", ee.err)
	}
}
