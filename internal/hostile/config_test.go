package hostile

import (
	"strings"
	"testing"
)

// A slice imported past its public API through the tsconfig alias: the
// finding exists only if the tsconfig (comments, trailing commas) was read.
var aliasTree = map[string]string{
	"src/entities/user/index.ts":      "export { name } from './model/name';\n",
	"src/entities/user/model/name.ts": "export const name = 'u';\n",
	"src/pages/home/index.ts":         "export { page } from './ui/page';\n",
	"src/pages/home/ui/page.ts":       "import { name } from '@/entities/user/model/name';\nexport const page = name;\n",
}

const sidestepPath = "src/pages/home/ui/page.ts"

func withFiles(extra map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range aliasTree {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

func TestTsconfigWithCommentsAndTrailingCommas(t *testing.T) {
	dir := tree(t, withFiles(map[string]string{"tsconfig.json": `{
  // paths for the app
  "compilerOptions": {
    "baseUrl": ".", /* block comment */
    "paths": { "@/*": ["src/*",], },
  },
}
`}))
	o := check(t, dir)
	if o.code != 1 {
		t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
	}
	o.wantSibling(t, "")
	f := o.wantOne(t, "fsd/no-public-api-sidestep", sidestepPath)
	if f.Line != 1 {
		t.Errorf("sidestep at line %d, want 1", f.Line)
	}
	if got := o.find("tsconfig-error", "tsconfig.json"); len(got) != 0 {
		t.Errorf("a valid JSONC tsconfig was reported: %+v", got)
	}
}

// tsconfigCase is a broken tsconfig: one tsconfig-error finding (a warning)
// on it, and the run goes on (exit 1 from the sibling's error).
type tsconfigCase struct {
	name    string
	files   map[string]string
	message string
	line    int // 0: not checked
}

func TestBrokenTsconfig(t *testing.T) {
	cases := []tsconfigCase{
		{name: "cyclic extends", files: map[string]string{
			"tsconfig.json": `{"extends": "./base.json", "compilerOptions": {"baseUrl": "."}}`,
			"base.json":     `{"extends": "./tsconfig.json"}`,
		}, message: "cyclic"},
		{name: "missing extends target", files: map[string]string{
			"tsconfig.json": `{"extends": "./nope.json", "compilerOptions": {"baseUrl": "."}}`,
		}, message: "nope.json"},
		{name: "not JSON", files: map[string]string{
			"tsconfig.json": "{ this is not json",
		}, line: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := tree(t, withFiles(c.files))
			o := check(t, dir)
			if o.code != 1 {
				t.Fatalf("exit code %d, want 1; stderr: %s", o.code, o.stderr)
			}
			o.wantSibling(t, "")
			f := o.wantOne(t, "tsconfig-error", "tsconfig.json")
			if !strings.Contains(f.Message, c.message) {
				t.Errorf("message %q does not mention %q", f.Message, c.message)
			}
			if c.line != 0 && f.Line != c.line {
				t.Errorf("tsconfig-error at line %d, want %d", f.Line, c.line)
			}
		})
	}
}

// configCase is a broken fsdlint config: exit 2 and a positioned message on
// stderr naming the file; nothing is linted.
type configCase struct {
	name   string
	files  map[string]string
	stderr string
}

func TestBrokenConfig(t *testing.T) {
	cases := []configCase{
		{name: "not JSON", files: map[string]string{".fsdlintrc.json": "this is not json\n"},
			stderr: ".fsdlintrc.json:1:1:"},
		{name: "binary", files: map[string]string{".fsdlintrc.json": "\x00\x01\xff"},
			stderr: ".fsdlintrc.json:1:1:"},
		{name: "unterminated", files: map[string]string{".fsdlintrc.json": `{"rules": {"eqeqeq": "error"`},
			stderr: ".fsdlintrc.json:1:"},
		{name: "cyclic extends", files: map[string]string{
			".fsdlintrc.json": `{"extends": ["./a.json"]}`,
			"a.json":          `{"extends": ["./.fsdlintrc.json"]}`,
		}, stderr: "cyclic"},
		{name: "missing extends target", files: map[string]string{
			".fsdlintrc.json": `{"extends": ["./missing.json"]}`,
		}, stderr: ".fsdlintrc.json:1:14:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := tree(t, c.files)
			o := check(t, dir)
			if o.code != 2 {
				t.Fatalf("exit code %d, want 2 (config error); stdout: %.500s stderr: %s", o.code, o.stdout, o.stderr)
			}
			if !strings.Contains(o.stderr, c.stderr) {
				t.Errorf("stderr %q does not contain %q", o.stderr, c.stderr)
			}
		})
	}
}
