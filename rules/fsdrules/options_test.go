package fsdrules

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules"
)

func onlyRule(name string) func(*rules.Rule) bool {
	return func(r *rules.Rule) bool { return r.Name == name }
}

func parseOptions(t *testing.T, spec *rules.OptionsSpec, arg string) any {
	t.Helper()
	opts, err := spec.Parse([]json.RawMessage{json.RawMessage(arg)})
	if err != nil {
		t.Fatal(err)
	}
	return opts
}

func TestAllowTypeImports(t *testing.T) {
	fx := loadFixture(t, "forbidden-imports")
	opts := parseOptions(t, importOptionsSpec, `{"allowTypeImports": true}`)
	got, _ := fx.runWith(t, onlyRule("fsd/forbidden-imports"), map[string]any{"fsd/forbidden-imports": opts})
	for _, k := range got {
		if strings.HasPrefix(k, "fsd/forbidden-imports src/entities/user/model/store.ts:") {
			t.Errorf("the type-only import is still reported: %s", k)
		}
	}
	// the value imports stay reported
	if !contains(got, "fsd/forbidden-imports src/shared/ui/Header.tsx:1") {
		t.Errorf("value import no longer reported: %v", got)
	}
}

func TestCrossImportLayersOption(t *testing.T) {
	fx := loadFixture(t, "cross-import-x")
	const checkout = "fsd/forbidden-imports src/features/checkout/model/checkout.ts:1"
	got, _ := fx.run(t, onlyRule("fsd/forbidden-imports"))
	if !contains(got, checkout) {
		t.Fatalf("by default @x on features is a cross-import: %v", got)
	}
	opts := parseOptions(t, importOptionsSpec, `{"crossImportLayers": ["entities", "features"]}`)
	got, _ = fx.runWith(t, onlyRule("fsd/forbidden-imports"), map[string]any{"fsd/forbidden-imports": opts})
	if contains(got, checkout) {
		t.Errorf("crossImportLayers includes features, still reported: %v", got)
	}
	// an @x API for another slice stays a cross-import
	if !contains(got, "fsd/forbidden-imports src/entities/comment/model/comment.ts:2") {
		t.Errorf("@x/post used by comment must stay reported: %v", got)
	}
}

func TestImportOptionsErrors(t *testing.T) {
	for _, bad := range []string{`{"crossImportLayers": ["shared"]}`, `{"allowTypeImport": true}`, `[]`} {
		if _, err := importOptionsSpec.Parse([]json.RawMessage{json.RawMessage(bad)}); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
	if _, err := thresholdSpec(20).Parse([]json.RawMessage{json.RawMessage(`{"threshold": 0}`)}); err == nil {
		t.Errorf("threshold 0 accepted")
	}
}

func TestThresholdOption(t *testing.T) {
	fx := loadFixture(t, "excessive-slicing")
	opts := parseOptions(t, thresholdSpec(excessiveSlicingThreshold), `{"threshold": 19}`)
	got, _ := fx.runWith(t, onlyRule("fsd/excessive-slicing"), map[string]any{"fsd/excessive-slicing": opts})
	want := []string{"fsd/excessive-slicing src/entities", "fsd/excessive-slicing src/features", "fsd/excessive-slicing src/widgets/group"}
	compareKeys(t, got, want)

	fx = loadFixture(t, "shared-lib-grouping")
	opts = parseOptions(t, thresholdSpec(sharedLibThreshold), `{"threshold": 16}`)
	got, _ = fx.runWith(t, onlyRule("fsd/shared-lib-grouping"), map[string]any{"fsd/shared-lib-grouping": opts})
	compareKeys(t, got, nil)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestInsignificantSliceRelated(t *testing.T) {
	fx := loadFixture(t, "insignificant-slice")
	_, findings := fx.run(t, onlyRule("fsd/insignificant-slice"))
	for _, f := range findings {
		if fx.rel(f.Path) != "src/entities/tag" {
			continue
		}
		if len(f.Related) != 1 || fx.rel(f.Related[0].Path) != "src/features/like/model/like.ts" || int(f.Related[0].Range.Len()) != len(`'@/entities/tag'`) {
			t.Errorf("tag's single reference: %+v", f.Related)
		}
		return
	}
	t.Error("no finding for src/entities/tag")
}
