package fsd

import (
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// memFS serves an in-memory tree under "/" (what the engine does for --staged).
type memFS struct{ m fstest.MapFS }

func newMemFS(files map[string]string) memFS {
	m := fstest.MapFS{}
	for p, content := range files {
		m[strings.TrimPrefix(p, "/")] = &fstest.MapFile{Data: []byte(content)}
	}
	return memFS{m}
}

func (f memFS) rel(p string) string {
	if p == "/" {
		return "."
	}
	return strings.TrimPrefix(p, "/")
}
func (f memFS) Stat(p string) (fs.FileInfo, error)      { return fs.Stat(f.m, f.rel(p)) }
func (f memFS) ReadFile(p string) ([]byte, error)       { return fs.ReadFile(f.m, f.rel(p)) }
func (f memFS) ReadDir(p string) ([]fs.DirEntry, error) { return fs.ReadDir(f.m, f.rel(p)) }

func fixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "testdata", "resolve", name))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(p)
}

// Expectations written from TypeScript's documented behaviour (the
// differential test checks the same against the compiler itself).
func TestResolveFixtures(t *testing.T) {
	cases := []struct {
		fixture, from, spec string
		want                string // relative to the fixture; "" unresolved
		external            bool
	}{
		{"relative", "src/main.ts", "./b.js", "src/b.ts", false},
		{"relative", "src/main.ts", "./c.jsx", "src/c.tsx", false},
		{"relative", "src/main.ts", "./legacy.js", "src/legacy.d.ts", false},
		{"relative", "src/main.ts", "./typed", "src/typed/lib/types.d.ts", false},
		{"relative", "src/main.ts", "./mainpkg", "src/mainpkg/entry.ts", false},
		{"relative", "src/main.ts", "./esm.mjs", "src/esm.mts", false},
		{"relative", "src/main.ts", ".", "src/index.ts", false},
		{"relative", "src/main.ts", "./missing", "", false},
		{"relative", "src/main.ts", "./styles.css", "src/styles.css", false},
		{"relative", "src/main.ts", "react", "", true},
		{"relative", "src/main.ts", "node:fs", "", true},
		{"order-node10", "src/main.ts", "./widget", "src/widget/index.ts", false},
		{"order-bundler", "src/main.ts", "./widget", "src/widget.js", false},
		{"paths-alias", "src/app/main.ts", "@/shared/ui", "src/shared-override/ui/index.ts", false},
		{"paths-alias", "src/app/main.ts", "@lib/second", "src/vendor/second.ts", false},
		{"paths-alias", "src/app/main.ts", "config", "src/app/config.ts", false},
		{"paths-alias", "src/app/main.ts", "models.gen", "generated/models.ts", false},
		{"paths-alias", "src/app/main.ts", "@/features/missing", "", false},
		{"paths-no-baseurl", "src/main.ts", "#cfg/y", "src/y/index.ts", false},
		{"paths-no-fallthrough", "src/main.ts", "lib/a", "", false},
		{"paths-no-fallthrough", "src/main.ts", "vendor", "node_modules/vendor-pkg/index.d.ts", true},
		{"baseurl-only", "src/pages/home/index.ts", "entities/user", "src/entities/user/index.tsx", false},
		{"baseurl-only", "src/pages/home/index.ts", "lodash", "", true},
		{"extends-chain", "packages/web/src/main.ts", "@app/features/login", "packages/web/src/features/login/index.ts", false},
		{"extends-chain", "packages/web/src/main.ts", "@shared/ui", "", true},
		{"extends-chain", "packages/lib/lib/main.ts", "helpers/helper", "packages/lib/lib/helpers/helper.ts", false},
		{"references", "src/app/App.tsx", "@/pages/home", "src/pages/home/index.tsx", false},
		{"references", "vite.config.ts", "@/plugin", "tools/plugin.ts", false},
		{"imports", "src/main.ts", "#shared/ui/Button", "src/shared/ui/Button.tsx", false},
		{"imports", "src/main.ts", "#entities/user.js", "src/entities/user.ts", false},
		{"imports", "src/main.ts", "#node-only", "src/browser.ts", false},
		{"imports", "src/main.ts", "#fallback", "src/config.ts", false},
		{"imports", "src/main.ts", "#unknown", "", false},
		{"classic", "src/features/auth/ui/Login.ts", "shared/util", "src/shared/util.ts", false},
		{"classic", "src/features/auth/ui/Login.ts", "./dirOnly", "", false},
		{"jsconfig", "src/app/index.jsx", "@/pages/home", "src/pages/home/index.js", false},
		{"monorepo", "packages/admin/src/main.tsx", "@/pages/main", "packages/admin/src/pages/main/index.ts", false},
		{"monorepo", "packages/web/src/main.tsx", "@/pages/main", "packages/web/src/pages/main/index.ts", false},
		{"node16", "src/main.ts", "#env", "src/env.cjs.ts", false},                       // no resolution mode: CommonJS conditions
		{"extends-exports", "app/src/main.ts", "@/x", "app/src/x.ts", false},             // "./presets/*" export
		{"extends-exports", "strict/src/main.ts", "@strict/y", "strict/src/y.ts", false}, // "require" condition
		// tsconfig.json exists but is not exported: the base is skipped, own paths apply.
		{"extends-exports", "unexported/src/main.ts", "@u/z", "unexported/src/z.ts", false},
		{"node16", "src/main.ts", "#lib/util", "src/lib/util.ts", false},
		{"node16", "src/main.ts", "./b.js", "src/b.ts", false},
		{"paths-catch-all", "src/app/main.ts", "decl", "types/decl.d.ts", false},
		{"paths-catch-all", "src/app/main.ts", "react", "", true}, // "*" matches, nothing found: still a package
	}
	r := NewResolver(ResolverOptions{})
	for _, c := range cases {
		dir := fixture(t, c.fixture)
		got := r.Resolve(dir+"/"+c.from, c.spec)
		want := ""
		if c.want != "" {
			want = dir + "/" + c.want
		}
		if got.Path != want || got.External != c.external {
			t.Errorf("%s: %s imports %q: got %q external=%v (%s), want %q external=%v",
				c.fixture, c.from, c.spec, got.Path, got.External, got.Reason, want, c.external)
		}
	}
}

func TestResolveBundlerAliasesFromConfig(t *testing.T) {
	fsys := newMemFS(map[string]string{
		"/p/src/shared/ui/index.ts": "",
		"/p/src/app/main.ts":        "",
		"/p/tsconfig.json":          `{"compilerOptions": {"paths": {"~/*": ["src/*"]}}}`,
	})
	r := NewResolver(ResolverOptions{FS: fsys, Aliases: map[string][]string{"@/*": {"src/*"}, "~/*": {"nowhere/*"}}, AliasBase: "/p"})
	check := func(spec, want, reason string) {
		t.Helper()
		got := r.Resolve("/p/src/app/main.ts", spec)
		if got.Path != want || got.Reason != reason {
			t.Errorf("%q: got %q (%s), want %q (%s)", spec, got.Path, got.Reason, want, reason)
		}
	}
	check("@/shared/ui", "/p/src/shared/ui/index.ts", "alias")
	check("~/shared/ui", "/p/src/shared/ui/index.ts", "paths") // tsconfig first
	check("@/shared/none", "", "not found")
	check("react", "", "package")
}

func TestResolveAssetsWithQueries(t *testing.T) {
	r := NewResolver(ResolverOptions{FS: newMemFS(map[string]string{
		"/x/a.ts":              "",
		"/x/icon.svg":          "",
		"/x/worker.ts":         "",
		"/x/styles.module.css": "",
	})})
	for spec, want := range map[string]string{
		"./icon.svg?react":    "/x/icon.svg",
		"./styles.module.css": "/x/styles.module.css",
		"./worker?worker":     "", // a query does not make extension probing happen
		"./worker.ts?worker":  "/x/worker.ts",
		"./missing.svg?react": "",
	} {
		if got := r.Resolve("/x/a.ts", spec); got.Path != want || got.External {
			t.Errorf("%q: got %+v, want %q", spec, got, want)
		}
	}
}

func TestResolveSeesInjectedContent(t *testing.T) {
	r := NewResolver(ResolverOptions{FS: newMemFS(map[string]string{
		"/x/a.ts":         "",
		"/x/staged/b.tsx": "",
	})})
	if got := r.Resolve("/x/a.ts", "./staged/b"); got.Path != "/x/staged/b.tsx" {
		t.Errorf("got %+v", got)
	}
}

func TestConfigErrors(t *testing.T) {
	cases := []struct {
		fixture   string
		line, col int
		msg       string
	}{
		{"error-bad-json", 4, 5, "invalid character"},
		{"error-cycle", 0, 0, "cyclic \"extends\""},
		{"error-missing-extends", 0, 0, "\"extends\" target not found: @missing/tsconfig"},
	}
	for _, c := range cases {
		r := NewResolver(ResolverOptions{})
		dir := fixture(t, c.fixture)
		r.Resolve(dir+"/src/a.ts", "./x")
		errs := r.ConfigErrors()
		if len(errs) != 1 {
			t.Fatalf("%s: %d config errors, want 1: %v", c.fixture, len(errs), errs)
		}
		e := errs[0]
		var ce *ConfigError
		if !errors.As(e, &ce) || !strings.HasPrefix(ce.Path, dir+"/") || ce.Line != c.line || ce.Col != c.col || !strings.Contains(ce.Msg, c.msg) {
			t.Errorf("%s: got %v, want line %d col %d containing %q", c.fixture, e, c.line, c.col, c.msg)
		}
	}
}

// A config whose base is missing keeps its own options (as TypeScript does).
func TestMissingBaseKeepsOwnOptions(t *testing.T) {
	dir := fixture(t, "error-missing-extends")
	r := NewResolver(ResolverOptions{})
	if got := r.Resolve(dir+"/src/a.ts", "@/x"); got.Path != dir+"/src/x.ts" {
		t.Errorf("got %+v", got)
	}
	if len(r.ConfigErrors()) != 1 {
		t.Errorf("errors: %v", r.ConfigErrors())
	}
}

func TestJSONCStripsCommentsAndTrailingCommas(t *testing.T) {
	var v map[string]any
	src := "{\n // c\n \"a\": [1, 2,], /* x, */ \"b\": \"//not a comment\",\n}"
	if err := parseJSONC("/t.json", []byte(src), &v); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if strings.Join(keys, ",") != "a,b" || v["b"] != "//not a comment" {
		t.Errorf("got %v", v)
	}
	if err := parseJSONC("/t.json", []byte("{ /* open"), &v); err == nil {
		t.Error("unterminated comment accepted")
	}
}

// Concurrent resolution gives the answers sequential resolution gives (run
// with -race to check the caches' locking).
func TestResolveConcurrently(t *testing.T) {
	root, err := filepath.Abs("../testdata/resolve")
	if err != nil {
		t.Fatal(err)
	}
	queries := fixtureQueries(t, root)
	want := make([]Resolution, len(queries))
	seq := NewResolver(ResolverOptions{})
	for i, q := range queries {
		want[i] = seq.Resolve(q.From, q.Specifier)
	}
	r := NewResolver(ResolverOptions{})
	const workers = 8
	got := make([][]Resolution, workers)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			got[w] = make([]Resolution, len(queries))
			for k := range queries {
				i := (k + w*len(queries)/workers) % len(queries) // each worker starts elsewhere
				got[w][i] = r.Resolve(queries[i].From, queries[i].Specifier)
			}
			done <- w
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	for w := range got {
		for i := range queries {
			if got[w][i] != want[i] {
				t.Fatalf("worker %d: %s imports %q: got %+v, want %+v", w, queries[i].From, queries[i].Specifier, got[w][i], want[i])
			}
		}
	}
}
