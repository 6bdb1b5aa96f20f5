package fsd

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/corpus"
	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/tsparse"
)

// specifierPattern finds module specifiers in fixture sources: import/export …
// from "x", import "x", import("x"), require("x"). A test helper, not a parser:
// resolution is what is compared.
var specifierPattern = regexp.MustCompile(`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'\n]+)["']`)

var sourceFile = regexp.MustCompile(`\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$`)

type resolveQuery struct {
	From      string `json:"from"`
	Specifier string `json:"specifier"`
}

type peerResolution struct {
	Resolved *string `json:"resolved"`
	External bool    `json:"external"`
	Config   *string `json:"config"`
}

// fixtureQueries collects every (file, specifier) of the source files below
// root, skipping node_modules.
func fixtureQueries(t *testing.T, root string) []resolveQuery {
	t.Helper()
	var out []resolveQuery
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "node_modules" {
			return filepath.SkipDir
		}
		if d.IsDir() || !sourceFile.MatchString(p) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		from := filepath.ToSlash(p)
		for _, m := range specifierPattern.FindAllSubmatch(src, -1) {
			out = append(out, resolveQuery{From: from, Specifier: string(m[1])})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func runTSResolve(t *testing.T, queries []resolveQuery) []peerResolution {
	t.Helper()
	testpeer.Package(t, "typescript")
	tools, err := testpeer.TestTools()
	if err != nil {
		t.Fatal(err)
	}
	in, _ := json.Marshal(queries)
	file := filepath.Join(t.TempDir(), "queries.json")
	if err := os.WriteFile(file, in, 0o644); err != nil {
		t.Fatal(err)
	}
	out := testpeer.RunNode(t, filepath.Join(tools, "ts-resolve.js"), file)
	var res []peerResolution
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("ts-resolve.js output: %v", err)
	}
	if len(res) != len(queries) {
		t.Fatalf("ts-resolve.js answered %d of %d queries", len(res), len(queries))
	}
	return res
}

// TestResolveAgreesWithTypeScript compares every import of every fixture tree
// under testdata/ with ts.resolveModuleName: wherever TypeScript resolves to a
// file of the tree (outside node_modules), the resolver must name the same
// file; wherever TypeScript resolves into node_modules, it must say external.
func TestResolveAgreesWithTypeScript(t *testing.T) {
	root, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	queries := fixtureQueries(t, root)
	if len(queries) == 0 {
		t.Fatal("no fixture imports found")
	}
	peer := runTSResolve(t, queries)
	r := NewResolver(ResolverOptions{})
	var agree, compared, external, extra int
	var failures []string
	for i, q := range queries {
		got := r.Resolve(q.From, q.Specifier)
		want := peer[i]
		rel := strings.TrimPrefix(q.From, filepath.ToSlash(root)+"/")
		switch {
		case want.Resolved != nil && !underNodeModules(*want.Resolved):
			compared++
			if got.Path == *want.Resolved && !got.External {
				agree++
			} else {
				failures = append(failures, rel+": "+q.Specifier+" -> ts "+*want.Resolved+", we "+got.Path+" ("+got.Reason+")")
			}
		case want.Resolved != nil:
			external++
			if !got.External {
				failures = append(failures, rel+": "+q.Specifier+" -> ts node_modules "+*want.Resolved+", we "+got.Path+" ("+got.Reason+")")
			}
		case got.Resolved():
			extra++
			t.Logf("beyond TypeScript: %s: %s -> %s (%s)", rel, q.Specifier, got.Path, got.Reason)
		}
	}
	sort.Strings(failures)
	for _, f := range failures {
		t.Error(f)
	}
	t.Logf("%d imports; TypeScript resolves %d inside the trees, we agree on %d; %d into node_modules; %d more resolved only by us",
		len(queries), compared, agree, external, extra)
}

// TestResolveAgreesWithTypeScriptOnNpmCorpus resolves every import of the npm
// corpus (package sources and builds: .ts, .d.ts, .d.mts, .js, .mjs, .cjs):
// relative imports must reach the file TypeScript reaches (inside node_modules,
// so Path is compared, External is expected), bare ones must be external.
func TestResolveAgreesWithTypeScriptOnNpmCorpus(t *testing.T) {
	files := corpus.Files(t)
	var queries []resolveQuery
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := tsparse.Parse(p, src)
		if err != nil {
			continue // the parser's own tests cover its rejections
		}
		for _, imp := range tsparse.ExtractFacts(f).Imports {
			queries = append(queries, resolveQuery{From: filepath.ToSlash(p), Specifier: imp.Specifier})
		}
	}
	peer := runTSResolve(t, queries)
	r := NewResolver(ResolverOptions{})
	var compared, agree, bare int
	var failures []string
	for i, q := range queries {
		got := r.Resolve(q.From, q.Specifier)
		want := peer[i]
		if !isRelativeSpecifier(q.Specifier) {
			bare++
			if want.Resolved != nil && !got.External && got.Path != *want.Resolved {
				failures = append(failures, q.From+": "+q.Specifier+" -> ts "+*want.Resolved+", we "+got.Path+" ("+got.Reason+")")
			}
			continue
		}
		if want.Resolved == nil {
			continue
		}
		compared++
		if got.Path == *want.Resolved {
			agree++
		} else {
			failures = append(failures, q.From+": "+q.Specifier+" -> ts "+*want.Resolved+", we "+got.Path+" ("+got.Reason+")")
		}
	}
	sort.Strings(failures)
	for i, f := range failures {
		if i == 30 {
			t.Errorf("… and %d more", len(failures)-30)
			break
		}
		t.Error(f)
	}
	t.Logf("%d corpus imports: %d relative ones TypeScript resolves, we agree on %d; %d bare", len(queries), compared, agree, bare)
}
