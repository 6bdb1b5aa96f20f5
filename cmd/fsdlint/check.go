package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/engine"
	"github.com/fsdlint/fsdlint/report"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/spf13/cobra"
)

// checkFlags are the flags of `fsdlint check`.
type checkFlags struct {
	jobs         int
	config       string
	formats      []string
	color        string
	quiet        bool
	maxWarnings  int
	unusedDirs   bool
	verifySyntax bool
	cpuProfile   string
	memProfile   string
	sonarBase    string
	sonarFormat  string
	watch        bool
}

func newCheckCmd(stdout, stderr io.Writer) *cobra.Command {
	var fl checkFlags
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Lint files and folders (default: the current directory)",
		Long: `Lint the TypeScript/JavaScript files below each PATH (default: ".").

Files: .ts .tsx .mts .cts .js .jsx .mjs .cjs (.d.ts files are read for the
architecture rules but not style-linted). node_modules, .git, build output
(dist, build, out, coverage, .next, …), whatever .gitignore files ignore and
the config's "ignores" are skipped.

Given only files (as lint-staged and editors pass them), fsdlint reads their
whole project (the folder of the nearest config, else the git work tree) for
the architecture rules and reports just those files. --staged lints what is
about to be committed (the git index), --changed the files that differ from
HEAD; --watch checks again on every save.

Config: --config FILE, else the nearest .fsdlintrc.json or fsdlint.json above
each PATH, else the recommended rules.

Exit codes: 0 no errors (warnings allowed), 1 error findings or more warnings
than --max-warnings, 2 usage, config or internal error.`,
		Example: `  fsdlint check
  fsdlint check src/ --format compact
  fsdlint check --format pretty --format json=fsdlint.json --format sarif=fsdlint.sarif
  fsdlint check --max-warnings 0 --report-unused-disable-directives
  fsdlint check -j 4 --color never src/features
  fsdlint check --staged             # in a pre-commit hook
  fsdlint check --watch src`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if fl.watch {
				return runWatch(cmd, fl, args, stdout, stderr)
			}
			return runCheck(cmd, fl, args, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&fl.jobs, "jobs", "j", 0, "files checked in parallel (0: one per CPU core)")
	f.StringVar(&fl.config, "config", "", "config file (default: the nearest .fsdlintrc.json or fsdlint.json)")
	f.StringArrayVar(&fl.formats, "format", nil, "output format NAME or NAME=FILE, repeatable (formats: "+strings.Join(report.Names(), ", ")+"; default pretty)")
	f.StringVar(&fl.color, "color", "auto", "colour: auto (off for NO_COLOR or a non-terminal), always, never")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "report errors only")
	f.IntVar(&fl.maxWarnings, "max-warnings", -1, "exit 1 when there are more warnings than this (-1: no limit)")
	f.BoolVar(&fl.unusedDirs, "report-unused-disable-directives", false, "warn about disable comments that silence nothing")
	f.BoolVar(&fl.verifySyntax, "verify-syntax", false, "also parse every file with esbuild and report disagreements (CI)")
	f.StringVar(&fl.cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	f.StringVar(&fl.memProfile, "memprofile", "", "write a heap profile to this file")
	f.StringVar(&fl.sonarBase, "sonar-base", "", "sonar: the folder paths are made relative to (sonar.projectBaseDir; default: the working directory)")
	f.StringVar(&fl.sonarFormat, "sonar-format", "", `sonar: "modern" (SonarQube 10.3+, default) or "legacy"`)
	f.BoolVar(&fl.watch, "watch", false, "check again whenever a source or config file changes, redrawing the terminal (Ctrl-C to stop)")
	for _, h := range checkHooks {
		if h.Flags != nil {
			h.Flags(cmd)
		}
	}
	return cmd
}

// output is one --format: a reporter and where it writes ("" = stdout).
type output struct {
	name, file string
	reporter   report.Reporter
}

func runCheck(cmd *cobra.Command, fl checkFlags, args []string, stdout, stderr io.Writer) (err error) {
	started, startedCPU := time.Now(), engine.ProcessCPU()
	if fl.cpuProfile != "" {
		stop, perr := startCPUProfile(fl.cpuProfile)
		if perr != nil {
			return usageErr("%v", perr)
		}
		defer stop()
	}
	if fl.jobs < 0 {
		return usageErr("-j must be 0 (one per CPU core) or more")
	}
	colour, err := colourChoice(fl.color, stdout)
	if err != nil {
		return err
	}
	outputs, err := parseFormats(fl.formats, report.Options{Color: colour, Quiet: fl.quiet, SonarBase: fl.sonarBase, SonarFormat: fl.sonarFormat})
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	opts, err := engineOptions(args, fl.config, fl.jobs)
	if err != nil {
		return err
	}
	opts.ReportUnusedDisableDirectives = fl.unusedDirs
	opts.VerifySyntax = fl.verifySyntax
	timing := os.Getenv("FSDLINT_TIMING") != ""
	opts.TimeRules = timing
	for _, h := range checkHooks {
		if h.Before != nil {
			if err := h.Before(cmd, &opts); err != nil {
				var ee *exitError
				if errors.As(err, &ee) {
					return err
				}
				return usageErr("%v", err)
			}
		}
	}
	configured, configuredCPU := time.Now(), engine.ProcessCPU()
	res, err := engine.Run(opts)
	if err != nil {
		return usageErr("%v", err)
	}
	ran, ranCPU := time.Now(), engine.ProcessCPU()
	for _, h := range checkHooks {
		if h.After != nil {
			if res, err = h.After(cmd, opts, res); err != nil {
				var ee *exitError
				if errors.As(err, &ee) {
					return err
				}
				return usageErr("%v", err)
			}
		}
	}
	if fl.quiet {
		res.Findings = errorsOnly(res.Findings)
	}
	run := &report.Run{Findings: res.Findings, Rules: opts.Rules, Sources: res.Sources, Cwd: res.Cwd,
		FilesChecked: res.FilesChecked, Version: Version()}
	for _, o := range outputs {
		if err := writeOutput(o, run, stdout); err != nil {
			return usageErr("%v", err)
		}
	}
	if timing {
		res.Timings = append([]engine.Timing{{Phase: "config", Duration: configured.Sub(started), CPU: configuredCPU - startedCPU}},
			append(res.Timings, engine.Timing{Phase: "report", Duration: time.Since(ran), CPU: engine.ProcessCPU() - ranCPU})...)
		printTimings(stderr, res)
	}
	if fl.memProfile != "" {
		if err := writeHeapProfile(fl.memProfile); err != nil {
			return usageErr("%v", err)
		}
	}
	return verdict(res.Findings, fl.maxWarnings)
}

// verdict is the exit status for the findings that were reported.
func verdict(findings []rules.Finding, maxWarnings int) error {
	errs, warns := 0, 0
	for _, f := range findings {
		if f.Severity == rules.Error {
			errs++
		} else {
			warns++
		}
	}
	if errs > 0 {
		return &exitError{code: exitFindings}
	}
	if maxWarnings >= 0 && warns > maxWarnings {
		return &exitError{code: exitFindings, err: fmt.Errorf("%d warnings, more than --max-warnings %d", warns, maxWarnings)}
	}
	return nil
}

func errorsOnly(fs []rules.Finding) []rules.Finding {
	out := fs[:0:0]
	for _, f := range fs {
		if f.Severity == rules.Error {
			out = append(out, f)
		}
	}
	return out
}

// engineOptions finds each target's config; a broken config is exit 2.
func engineOptions(args []string, explicitConfig string, jobs int) (engine.Options, error) {
	cache := map[string]*config.Config{}
	opts := engine.Options{Rules: allRules(), Jobs: jobs, TuneGC: true}
	for _, a := range args {
		if _, err := os.Stat(a); err != nil {
			return opts, usageErr("%s: no such file or directory", a)
		}
		c, err := configFor(a, explicitConfig, cache)
		if err != nil {
			return opts, &exitError{code: exitUsage, err: err}
		}
		opts.Targets = append(opts.Targets, engine.Target{Path: a, Config: c})
	}
	wd, err := os.Getwd()
	if err != nil {
		return opts, usageErr("%v", err)
	}
	opts.Cwd = wd
	return opts, nil
}

func colourChoice(mode string, stdout io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return os.Getenv("NO_COLOR") == "" && isTerminal(stdout), nil
	}
	return false, usageErr("--color must be auto, always or never, not %q", mode)
}

// parseFormats reads the --format values; an unknown name is exit 2 before any work.
func parseFormats(values []string, ropts report.Options) ([]output, error) {
	if len(values) == 0 {
		values = []string{"pretty"}
	}
	var outs []output
	toStdout := 0
	for _, v := range values {
		name, file, _ := strings.Cut(v, "=")
		if file == "" {
			toStdout++
		}
		o := ropts
		if file != "" {
			o.Color = false // files never get ANSI codes
		}
		rep, err := report.New(name, o)
		if err != nil {
			return nil, usageErr("--format: %v", err)
		}
		outs = append(outs, output{name: name, file: file, reporter: rep})
	}
	if toStdout > 1 {
		return nil, usageErr("--format: only one format may write to the terminal; give the others a file (NAME=FILE)")
	}
	return outs, nil
}

func writeOutput(o output, run *report.Run, stdout io.Writer) error {
	if o.file == "" {
		return o.reporter.Write(stdout, run)
	}
	return writeFileAtomic(o.file, func(w io.Writer) error { return o.reporter.Write(w, run) })
}

// writeFileAtomic writes a whole file or nothing: a temp file in the same
// folder, renamed over the target once complete. A target that exists and is
// not a regular file (/dev/null, /dev/stdout, a FIFO) is written directly:
// renaming over it would replace the device with a file.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if fi, statErr := os.Stat(path); statErr == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("writing %s: %w", path, unwrapPath(err))
		}
		if err := write(f); err != nil {
			f.Close()
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return f.Close()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, unwrapPath(err))
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	return pprof.WriteHeapProfile(f)
}

// printTimings is FSDLINT_TIMING=1: the phases' wall and CPU time (CPU over
// wall: the cores kept busy), then the slowest rules (CPU time summed over
// files and workers).
func printTimings(w io.Writer, res *engine.Result) {
	var wall, cpu time.Duration
	for _, t := range res.Timings {
		wall, cpu = wall+t.Duration, cpu+t.CPU
	}
	res.Timings = append(res.Timings, engine.Timing{Phase: "total (from main)", Duration: wall, CPU: cpu})
	for _, t := range res.Timings {
		cores := 0.0
		if t.Duration > 0 {
			cores = float64(t.CPU) / float64(t.Duration)
		}
		fmt.Fprintf(w, "fsdlint: %-40s %9.1f ms wall %9.1f ms CPU  %4.2f cores\n", t.Phase,
			float64(t.Duration.Microseconds())/1000, float64(t.CPU.Microseconds())/1000, cores)
	}
	for i, t := range res.RuleTimings {
		if i == 15 {
			break
		}
		fmt.Fprintf(w, "fsdlint:   rule %-35s %9.1f ms\n", t.Phase, float64(t.Duration.Microseconds())/1000)
	}
}
