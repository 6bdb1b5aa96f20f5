package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/fsdlint/fsdlint/sonar"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func validateSchemaFile(t *testing.T, schemaFile, docFile string) {
	t.Helper()
	sch, err := jsonschema.NewCompiler().Compile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(docFile)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", docFile, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s: %v", filepath.Base(docFile), err)
	}
}

// validateRunOutputs checks sonar.json, legacy.json and out.sarif written in dir.
func validateRunOutputs(t *testing.T, repo, dir string) {
	t.Helper()
	validateSchemaFile(t, filepath.Join(repo, "report/testdata/sarif-schema-2.1.0.json"), filepath.Join(dir, "out.sarif"))
	for _, name := range []string{"sonar.json", "legacy.json"} {
		file := filepath.Join(dir, name)
		validateSchemaFile(t, filepath.Join(repo, "sonar/testdata/sonar-generic-issues.schema.json"), file)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var rep sonar.Report
		if err := json.Unmarshal(data, &rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.Issues) < 5 {
			t.Errorf("%s: only %d issues; the fixture should trigger more", name, len(rep.Issues))
		}
		for _, err := range sonar.Check(&rep, func(p string) ([]byte, bool) {
			src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			return src, err == nil
		}) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
