package config

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/rules/all"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite config/schema.json from the rules")

// config/schema.json must list every rule: regenerate it after adding a rule with
//
//	go test ./config -run TestSchemaFile -update-schema
func TestSchemaFile(t *testing.T) {
	want, err := Schema(all.Rules())
	if err != nil {
		t.Fatal(err)
	}
	if *updateSchema {
		if err := os.WriteFile("schema.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("config/schema.json is out of date with the rules; run: go test ./config -run TestSchemaFile -update-schema")
	}
	var doc struct {
		Definitions struct {
			Rules struct {
				Properties map[string]any `json:"properties"`
			} `json:"rules"`
		} `json:"definitions"`
	}
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	for _, r := range all.Rules() {
		if doc.Definitions.Rules.Properties[r.Name] == nil {
			t.Errorf("schema.json does not list rule %s", r.Name)
		}
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	src, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validate checks a JSONC config against the schema.
func validate(t *testing.T, s *jsonschema.Schema, src []byte) error {
	t.Helper()
	v, err := ParseJSONC(src)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(v.JSON()))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

// The configs the repository ships pass the schema and the loader alike.
func TestShippedConfigsMatchSchema(t *testing.T) {
	s := compileSchema(t)
	paths, _ := filepath.Glob("../testdata/example/.fsdlintrc.json")
	cli, _ := filepath.Glob("../testdata/cli/*.txtar")
	if len(paths) == 0 {
		t.Fatal("testdata/example/.fsdlintrc.json is missing")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, s, src); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		if _, err := Parse(p, p, src, all.Rules()); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	// configs inside the CLI golden tests: valid ones pass, the broken ones are the *-errors cases
	for _, p := range cli {
		if strings.Contains(p, "config-") && strings.Contains(p, "error") {
			continue
		}
		txt, _ := os.ReadFile(p)
		for _, part := range strings.Split(string(txt), "\n-- ")[1:] {
			name, body, _ := strings.Cut(part, " --\n")
			if strings.HasSuffix(name, "fsdlint.json") || strings.HasSuffix(name, ".fsdlintrc.json") {
				if strings.TrimSpace(body) == "{}" {
					continue
				}
				if err := validate(t, s, []byte(body)); err != nil {
					t.Errorf("%s %s: %v", p, name, err)
				}
			}
		}
	}
}

func TestSchemaRejectsWhatTheLoaderRejects(t *testing.T) {
	s := compileSchema(t)
	for _, bad := range []string{
		`{"rulez": {}}`,
		`{"rules": {"no-such-rule": "error"}}`,
		`{"rules": {"eqeqeq": "fatal"}}`,
		`{"rules": {"parse-error": ["error", {"x": 1}]}}`,
		`{"extends": "fsdlint:nope"}`,
		`{"layers": {"page": "screens"}}`,
		`{"overrides": [{"file": []}]}`,
	} {
		if err := validate(t, s, []byte(bad)); err == nil {
			t.Errorf("schema accepts %s", bad)
		}
		if _, err := Parse("c.json", "/c.json", []byte(bad), all.Rules()); err == nil {
			t.Errorf("loader accepts %s", bad)
		}
	}
	good := `{"extends": ["fsdlint:airbnb"], "rules": {"eqeqeq": ["warn", "smart"], "parse-error": 2},
	  "overrides": [{"files": "**/*.test.ts", "rules": {"eqeqeq": "off"}}], "layers": {"pages": "screens"},
	  "aliases": {"@app/*": ["src/app/*"], "~": "src"}, "settings": {"react": {"version": "18"}}}`
	if err := validate(t, s, []byte(good)); err != nil {
		t.Errorf("schema rejects a good config: %v", err)
	}
	if err := validate(t, s, []byte(`{"extends": ["fsdlint:recommended", "../../fsdlint.base.json"]}`)); err != nil {
		t.Errorf("schema rejects extending a config file: %v", err)
	}
	if _, err := Parse("c.json", "/c.json", []byte(good), all.Rules()); err != nil {
		t.Errorf("loader rejects a good config: %v", err)
	}
}
