package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const (
	sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"
	sonarSchemaFile = "../sonar/testdata/sonar-generic-issues.schema.json"
)

// schemaErr checks a JSON document against a JSON Schema file.
func schemaErr(schemaFile string, doc []byte) error {
	abs, err := filepath.Abs(schemaFile)
	if err != nil {
		return err
	}
	sch, err := jsonschema.NewCompiler().Compile(abs)
	if err != nil {
		return fmt.Errorf("compile %s: %w", schemaFile, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(inst)
}

func requireSchema(t *testing.T, schemaFile string, doc []byte) {
	t.Helper()
	if err := schemaErr(schemaFile, doc); err != nil {
		t.Errorf("output does not match %s:\n%v", filepath.Base(schemaFile), err)
	}
}

// The validator must catch broken documents, or the format tests prove nothing.
func TestSchemasRejectBrokenDocuments(t *testing.T) {
	for _, c := range []struct{ schema, doc string }{
		{sarifSchemaFile, `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"info"}]}]}`},
		{sarifSchemaFile, `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`},
		{sonarSchemaFile, `{"rules":[],"issues":[{"ruleId":"r","severity":"MAJOR","primaryLocation":{"message":"m","filePath":"a"}}]}`},
		{sonarSchemaFile, `{"issues":[{"ruleId":"r","primaryLocation":{"message":"m","filePath":"a"}}]}`},
	} {
		if schemaErr(c.schema, []byte(c.doc)) == nil {
			t.Errorf("%s accepted a broken document: %s", c.schema, c.doc)
		}
	}
}
