package fsdrules

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/rules"
)

// steigerFinding is one diagnostic of testtools/steiger-run.js.
type steigerFinding struct {
	Rule    string `json:"rule"`
	Path    string `json:"path"`
	Message string `json:"message"`
}

// TestSteigerDifferential runs Steiger 0.6.0 (every rule on) and fsdlint on
// every fixture tree. For each rule both have, the sets of (rule, path) pairs
// must be equal, except the differences the case lists in steiger-diff.txt:
//
//   - fsd/public-api src/processes/x   # only fsdlint reports it, and why
//   - fsd/forbidden-imports src/a.ts   # only Steiger reports it, and why
//
// Listed differences must occur exactly, so each one is pinned.
func TestSteigerDifferential(t *testing.T) {
	testpeer.Package(t, "steiger")
	names := fixtureCases(t)
	if only := os.Getenv("FSDLINT_STEIGER_CASES"); only != "" { // a comma list, for quick local runs
		names = strings.Split(only, ",")
	}
	fixtures := map[string]*fixture{}
	var dirs []string
	for _, name := range names {
		fx := loadFixture(t, name)
		fixtures[name] = fx
		dirs = append(dirs, fx.dir)
	}
	var results map[string][]steigerFinding
	if err := json.Unmarshal(testpeer.RunNode(t, "steiger-run.js", dirs...), &results); err != nil {
		t.Fatal(err)
	}
	compared := comparedRules()
	agreed, total := 0, 0
	for _, name := range names {
		fx := fixtures[name]
		t.Run(name, func(t *testing.T) {
			steiger := map[string]bool{}
			for _, d := range results[fx.dir] {
				if compared[d.Rule] {
					steiger[d.Rule+" "+fx.rel(d.Path)] = true
				}
			}
			keys, _ := fx.run(t, func(r *rules.Rule) bool { return compared[r.Name] })
			ours := map[string]bool{}
			for _, k := range keys {
				ours[stripLine(k)] = true
			}
			onlyOurs, onlySteiger, eitherGroups := readSteigerDiff(t, fx.dir)
			for _, group := range eitherGroups {
				checkEitherGroup(t, group, ours, steiger)
			}
			compareKeys(t, difference(ours, steiger), onlyOurs)
			compareKeys(t, difference(steiger, ours), onlySteiger)
			for k := range steiger {
				total++
				if ours[k] {
					agreed++
				}
			}
		})
	}
	t.Logf("Steiger agreement: %d of %d Steiger (rule, path) pairs also found by fsdlint, over %d trees and %d rules", agreed, total, len(names), len(compared))
}

// comparedRules are the rules of this package that Steiger has too.
func comparedRules() map[string]bool {
	steiger := setOf("fsd/ambiguous-slice-names", "fsd/excessive-slicing", "fsd/forbidden-imports",
		"fsd/inconsistent-naming", "fsd/insignificant-slice", "fsd/no-layer-public-api", "fsd/no-public-api-sidestep",
		"fsd/no-reserved-folder-names", "fsd/no-segmentless-slices", "fsd/no-segments-on-sliced-layers",
		"fsd/no-ui-in-app", "fsd/public-api", "fsd/repetitive-naming", "fsd/segments-by-purpose",
		"fsd/shared-lib-grouping", "fsd/typo-in-layer-name", "fsd/no-processes", "fsd/no-cross-imports",
		"fsd/no-higher-level-imports", "fsd/import-locality")
	out := map[string]bool{}
	for _, r := range Rules {
		if steiger[r.Name] {
			out[r.Name] = true
		}
	}
	return out
}

func stripLine(key string) string {
	if i := strings.LastIndexByte(key, ':'); i > strings.LastIndexByte(key, '/') {
		return key[:i]
	}
	return key
}

func difference(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// readSteigerDiff reads a case's listed differences (missing file: none).
func readSteigerDiff(t testing.TB, dir string) (onlyOurs, onlySteiger []string, either [][]string) {
	f, err := os.Open(dir + "/steiger-diff.txt")
	if os.IsNotExist(err) {
		return nil, nil, nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if fields[0] == "~" && len(fields) >= 4 {
			var group []string
			for _, p := range fields[2:] {
				group = append(group, fields[1]+" "+p)
			}
			either = append(either, group)
			continue
		}
		if len(fields) != 3 || (fields[0] != "+" && fields[0] != "-") {
			t.Fatalf("%s/steiger-diff.txt: bad line %q (want `+|- rule path # reason` or `~ rule path path… # reason`)", dir, sc.Text())
		}
		key := fields[1] + " " + fields[2]
		if fields[0] == "+" {
			onlyOurs = append(onlyOurs, key)
		} else {
			onlySteiger = append(onlySteiger, key)
		}
	}
	return onlyOurs, onlySteiger, either
}

// checkEitherGroup handles a `~` line: fsdlint reports every finding of the
// group, Steiger some but not all of them, and which ones depends on the order
// its asynchronous file reads finish in (so it changes from run to run). The
// group is then taken out of both sets before they are compared.
func checkEitherGroup(t *testing.T, group []string, ours, steiger map[string]bool) {
	t.Helper()
	n := 0
	for _, k := range group {
		if !ours[k] {
			t.Errorf("fsdlint misses %s (a `~` group of steiger-diff.txt)", k)
		}
		if steiger[k] {
			n++
		}
		delete(ours, k)
		delete(steiger, k)
	}
	if n == 0 || n == len(group) {
		t.Errorf("Steiger reports %d of the `~` group %v (expected some but not all: has its bug been fixed?)", n, group)
	}
}
