package fsd

import "testing"

// FuzzTsconfig feeds arbitrary bytes as a tsconfig.json and as the config it
// extends, then resolves a few imports: the reader must never panic or hang,
// whatever the text; a broken config is a ConfigError, not a crash.
func FuzzTsconfig(f *testing.F) {
	seeds := [][2]string{
		{`{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}`, `{}`},
		{"{\n // comment\n \"compilerOptions\": {\"paths\": {\"@/*\": [\"./src/*\",],},},\n}", `{}`},
		{`{"extends": "./base.json"}`, `{"compilerOptions": {"baseUrl": "src", "moduleResolution": "bundler"}}`},
		{`{"extends": "./base.json"}`, `{"extends": "./tsconfig.json"}`},
		{`{"extends": ["./base.json", "./missing.json"], "references": [{"path": "./base.json"}]}`, `{"files": ["src/a.ts"]}`},
		{`{"extends": "pkg/tsconfig"}`, `{"include": ["src/**/*"], "exclude": ["**/*.test.ts"]}`},
		{`{"compilerOptions": {"paths": {"*": ["*", "src/*"], "x": 1}, "rootDirs": ["src", "gen"]}}`, `[]`},
		{`{ this is not json`, "\x00\xff"},
		{`/* unterminated`, `"string"`},
		{`{"compilerOptions": {"moduleResolution": "classic", "customConditions": ["dev"], "allowJs": true}}`, `null`},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, tsconfig, base string) {
		fsys := newMemFS(map[string]string{
			"/p/tsconfig.json":                  tsconfig,
			"/p/base.json":                      base,
			"/p/node_modules/pkg/tsconfig.json": base,
			"/p/node_modules/pkg/package.json":  `{"name": "pkg"}`,
			"/p/src/a.ts":                       "",
			"/p/src/b.ts":                       "",
			"/p/src/shared/index.ts":            "",
			"/p/node_modules/dep/package.json":  `{"name": "dep", "types": "index.d.ts"}`,
			"/p/node_modules/dep/index.d.ts":    "",
		})
		r := NewResolver(ResolverOptions{FS: fsys})
		for _, spec := range []string{"./b", "@/shared", "shared", "dep", "#x", "../src/b.js", "pkg"} {
			r.Resolve("/p/src/a.ts", spec)
		}
		r.ConfigFor("/p/src/b.ts")
		for _, e := range r.ConfigErrors() {
			if e.Path == "" || e.Msg == "" {
				t.Fatalf("config error without a path or message: %+v", e)
			}
		}
	})
}
