package fsdrules

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

// applyFix applies one fix's edits to src.
func applyFix(src string, fix rules.Fix) string {
	edits := append([]rules.Edit(nil), fix.Edits...)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start > edits[j].Start })
	for _, e := range edits {
		src = src[:e.Start] + e.NewText + src[e.End:]
	}
	return src
}

func TestSidestepFix(t *testing.T) {
	fx := loadFixture(t, "no-public-api-sidestep")
	_, findings := fx.run(t, onlyRule("fsd/no-public-api-sidestep"))
	fixed := map[string]string{} // "relpath:line" → fixed line ("" when no fix)
	for _, f := range findings {
		src, err := os.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		key := fx.rel(f.Path) + ":" + itoa(f.Line)
		if len(f.Fixes) == 0 {
			fixed[key] = ""
			continue
		}
		if f.Fixes[0].Safety != rules.SafeFix || f.Fixes[0].Path != "" {
			t.Errorf("%s: fix must be safe and in the same file: %+v", key, f.Fixes[0])
		}
		out := applyFix(string(src), f.Fixes[0])
		fixed[key] = strings.Split(out, "\n")[f.Line-1]
	}
	want := map[string]string{
		"src/features/auth/ui/Login.tsx:1":      "import { UserCard } from '@/entities/user' // want \"fsd/no-public-api-sidestep\"",
		"src/features/auth/ui/Login.tsx:2":      "import type { User } from '@/entities/user' // want \"fsd/no-public-api-sidestep\"",
		"src/features/auth/ui/Login.tsx:6":      "import { Card as C2 } from '@/shared/ui/card' // want \"fsd/no-public-api-sidestep\"",
		"src/features/auth/ui/Login.tsx:9":      "", // shared/ui/modal has no index, shared/ui only an index.server
		"src/features/auth/model/submit.ts:1":   "import { translate } from '@/shared/lib/i18n' // want \"fsd/no-public-api-sidestep\"",
		"src/features/auth/model/submit.ts:2":   "import { t2 } from '@/shared/i18n' // want \"fsd/no-public-api-sidestep\"",
		"src/features/auth/model/reexport.ts:1": "export { PostCard } from '@/entities/post' // want \"fsd/no-public-api-sidestep\"",
		"src/entities/user/ui/UserCard.tsx:1":   "import { client } from '../../../shared/api' // want \"fsd/no-public-api-sidestep\"",
		"src/entities/post/model/app.ts:1":      "", // app/ui has no public API to point to
		"src/features/auth/model/partial.ts:1":  "", // the index does not export cardHelper
		"src/features/auth/model/partial.ts:2":  "", // a namespace import would change shape
		"src/features/auth/model/partial.ts:3":  "", // a side-effect import would run other code
	}
	for k, w := range want {
		got, ok := fixed[k]
		if !ok {
			t.Errorf("%s: no finding", k)
		} else if got != w {
			t.Errorf("%s:\n got %q\nwant %q", k, got, w)
		}
	}
	if len(fixed) != len(want) {
		t.Errorf("findings %d, want %d: %v", len(fixed), len(want), fixed)
	}
}

func TestRewriteSpecifier(t *testing.T) {
	cases := []struct{ spec, from, target, api, want string }{
		{"@/entities/user/ui/UserCard", "/r/src/features/a/ui/A.tsx", "/r/src/entities/user/ui/UserCard.tsx", "/r/src/entities/user", "@/entities/user"},
		{"@/entities/user/ui", "/r/src/features/a/ui/A.tsx", "/r/src/entities/user/ui/index.ts", "/r/src/entities/user", "@/entities/user"},
		{"~entities/user/ui/UserCard.tsx", "/r/src/features/a/ui/A.tsx", "/r/src/entities/user/ui/UserCard.tsx", "/r/src/entities/user", "~entities/user"},
		{"../../../entities/user/model/x", "/r/src/features/a/ui/A.tsx", "/r/src/entities/user/model/x.ts", "/r/src/entities/user", "../../../entities/user"},
		{"@/entities/user/model/x", "/r/src/features/a/ui/A.tsx", "/r/src/entities/user/model/y.ts", "/r/src/entities/user", ""},
	}
	for _, c := range cases {
		got, ok := rewriteSpecifier(c.spec, c.from, c.target, c.api)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("rewriteSpecifier(%s) = %q, want %q", c.spec, got, c.want)
		}
	}
}

func TestPublicAPIFix(t *testing.T) {
	fx := loadFixture(t, "public-api")
	_, findings := fx.run(t, onlyRule("fsd/public-api"))
	got := map[string]string{}
	for _, f := range findings {
		if len(f.Fixes) != 1 || f.Fixes[0].Safety != rules.UnsafeFix {
			t.Fatalf("%s: want one unsafe fix, got %+v", f.Path, f.Fixes)
		}
		got[fx.rel(f.Fixes[0].Path)] = applyFix("", f.Fixes[0])
	}
	want := map[string]string{
		"src/entities/user/index.ts":    "export { selectUser, v_store } from './model/selectors'\nexport { v_UserCard } from './ui/UserCard'\n", // v_store once: model/selectors comes first,
		"src/shared/api/index.ts":       "export { v_client } from './client'\n",
		"src/shared/ui/button/index.ts": "export { v_Button } from './Button'\n",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %q\nwant %q", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("fixes for %v", got)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestImportLocalityFix(t *testing.T) {
	fx := loadFixture(t, "import-locality")
	_, findings := fx.run(t, onlyRule("fsd/import-locality"))
	got := map[string]string{}
	for _, f := range findings {
		key := fx.rel(f.Path) + ":" + itoa(f.Line)
		if len(f.Fixes) == 0 {
			got[key] = ""
			continue
		}
		src, err := os.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		got[key] = strings.Split(applyFix(string(src), f.Fixes[0]), "\n")[f.Line-1]
	}
	want := map[string]string{
		"src/features/auth/ui/Login.tsx:1": `import { login } from '../model/login' // want "fsd/import-locality"`,
		"src/features/auth/ui/Login.tsx:3": "", // relative across slices: the alias is not known
		"src/shared/ui/index.ts:2":         `export { theme } from '../config' // want "fsd/import-locality"`,
	}
	compareKeys(t, keysOf(got), keysOf(want))
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %q\nwant %q", k, got[k], w)
		}
	}
}

func TestRelativeSpecifier(t *testing.T) {
	cases := []struct{ spec, from, target, want string }{
		{"@/entities/user", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/index.ts", ".."},
		{"@/entities/user/model", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/model/index.ts", "../model"},
		{"@/entities/user/model/index", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/model/index.ts", "../model/index"},
		{"@/entities/user/ui/Avatar", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/ui/Avatar.tsx", "./Avatar"},
		{"@/entities/user/ui/Avatar.tsx", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/ui/Avatar.tsx", "./Avatar.tsx"},
		{"@/entities/user/ui/Avatar.js", "/r/src/entities/user/ui/Card.tsx", "/r/src/entities/user/ui/Avatar.tsx", ""},
	}
	for _, c := range cases {
		got, ok := relativeSpecifier(c.spec, c.from, c.target)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("relativeSpecifier(%s) = %q, want %q", c.spec, got, c.want)
		}
	}
}

func keysOf(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
