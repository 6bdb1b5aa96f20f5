package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/config"
	"github.com/fsdlint/fsdlint/rules/all"
)

// TestScannedFilesLintLikeParsedFiles: with only import and folder rules on,
// files are read by tsparse.ScanFacts instead of the parser. The findings must
// be the ones a full parse gives — imports in every form, suppressions, a
// lexical error, files the scanner hands to the parser — and a file rule
// enabled for some files by an override must still run on those.
func TestScannedFilesLintLikeParsedFiles(t *testing.T) {
	root := writeTree(t, map[string]string{
		"tsconfig.json":                    `{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}`,
		"src/entities/user/index.ts":       "export { User } from './model/user';\n",
		"src/entities/user/model/user.ts":  "export type User = { id: string };\n",
		"src/entities/post/index.ts":       "export * from './model/post';\n",
		"src/entities/post/model/post.ts":  "import type { User } from '@/entities/user/model/user';\nexport type Post = { by: User };\n",
		"src/features/auth/index.ts":       "export { login } from './model/login';\n",
		"src/features/auth/model/login.ts": "import { User } from '@/entities/user';\n// fsdlint-disable-next-line fsd/forbidden-imports\nimport { x } from '@/features/like';\nexport const login = (u: User) => require('@/features/like/model/like');\n",
		"src/features/like/index.ts":       "export const x = 1;\n",
		"src/features/like/model/like.ts":  "export const like = async () => (await import('@/pages/home')).default;\n",
		"src/features/like/ui/Like.tsx":    "export const Like = () => <b title='a'>Don't {import('@/widgets/feed')}</b>;\n",
		"src/features/like/ui/Lazy.tsx":    "import { lazy } from 'react';\nexport const Lazy = lazy(() => import('@/widgets/feed'));\n",
		"src/features/like/ui/Broken.ts":   "export const s = 'unterminated\n",
		"src/widgets/feed/index.ts":        "export { Feed } from './ui/Feed';\n",
		"src/widgets/feed/ui/Feed.tsx":     "import { Like } from '@/features/like/ui/Like';\nexport const Feed = () => <Like />;\n",
		"src/pages/home/index.ts":          "export default 1;\n",
	})
	const fsdOnly = `{"extends": [], "rules": {"fsd/forbidden-imports": "error", "fsd/no-public-api-sidestep": "error",
		"fsd/no-cross-imports": "warn", "fsd/no-higher-level-imports": "warn", "fsd/public-api": "error"}}`
	const withOverride = `{"extends": [], "rules": {"fsd/forbidden-imports": "error", "fsd/no-public-api-sidestep": "error"},
		"overrides": [{"files": ["src/features/**"], "rules": {"eqeqeq": "error"}}]}`
	rs := append(all.Rules(), eqRule)
	run := func(cfgText string, scan bool) *Result {
		cfg, err := config.Parse("fsdlint.json", filepath.Join(root, "fsdlint.json"), []byte(cfgText), rs)
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{Targets: []Target{{Path: root, Config: cfg}}, Rules: rs, Cwd: root, Parser: DefaultParser(), Jobs: 2}
		if !scan {
			opts.Parser.Scan = nil
		}
		res, err := Run(opts)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for _, cfg := range []string{fsdOnly, withOverride} {
		scanned, parsed := run(cfg, true), run(cfg, false)
		got, want := lines(scanned), lines(parsed)
		if got != want {
			t.Errorf("scanned:\n%s\nparsed:\n%s", got, want)
		}
		for _, must := range []string{
			"src/features/auth/model/login.ts:4:43 error fsd/forbidden-imports",          // require
			"src/features/like/model/like.ts:1:47 error fsd/forbidden-imports",           // dynamic import
			"src/features/like/ui/Like.tsx:1:54 error fsd/forbidden-imports",             // import() in JSX
			"src/features/like/ui/Lazy.tsx:2:39 error fsd/forbidden-imports",             // handed to the parser
			"src/entities/post/model/post.ts:1:27 error fsd/forbidden-imports",           // import type
			"src/features/like/ui/Broken.ts:1:31 error parse-error: Unterminated string", // lexical error
		} {
			if !strings.Contains(got, must) {
				t.Errorf("missing %q in:\n%s", must, got)
			}
		}
		if strings.Contains(got, "login.ts:3:19 error fsd/forbidden-imports") {
			t.Errorf("the suppression comment was not applied:\n%s", got)
		}
	}
}
