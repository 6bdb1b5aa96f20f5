package airbnb

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/internal/testpeer"
	"github.com/fsdlint/fsdlint/rules"
)

// TestAirbnbPresetMatchesESLint: every rule's severity in AirbnbPreset is the
// one ESLint resolves from eslint-config-airbnb + hooks + airbnb-typescript.
func TestAirbnbPresetMatchesESLint(t *testing.T) {
	testpeer.Package(t, "eslint-config-airbnb")
	out := testpeer.RunNode(t, "eslint-airbnb.js", "--print-config", "--rules", strings.Join(ruleNames(), ","))
	var res struct {
		Rules map[string][]json.RawMessage `json:"rules"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	for _, r := range Rules {
		entry := res.Rules[r.Name]
		if len(entry) == 0 {
			t.Errorf("%s: no ESLint entry", r.Name)
			continue
		}
		var sev any
		_ = json.Unmarshal(entry[0], &sev)
		want := map[any]rules.Severity{"error": rules.Error, "warn": rules.Warn, float64(2): rules.Error, float64(1): rules.Warn}[sev]
		if got := AirbnbPreset[r.Name]; got != want {
			t.Errorf("%s: AirbnbPreset has %v, Airbnb's config %v", r.Name, got, sev)
		}
		// Airbnb's options, as ESLint resolves them, parse to the rule's defaults.
		parsed, err := r.Options.Parse(entry[1:])
		if err != nil {
			t.Errorf("%s: Airbnb's options do not parse: %v", r.Name, err)
			continue
		}
		if !reflect.DeepEqual(parsed, r.Options.Default()) {
			t.Errorf("%s: Airbnb's options parse to %#v, the default is %#v", r.Name, parsed, r.Options.Default())
		}
	}
}
