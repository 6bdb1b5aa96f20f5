// Package ghaction tests the GitHub Action (action.yml at the repository
// root): the shell of its "Run fsdlint" step runs against the example tree
// with a freshly built binary, as the runner would run it.
package ghaction

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stepScript returns the `run: |` block of the step with the given name:
// the indented lines after it (action.yml is plain enough to cut by indentation).
func stepScript(t *testing.T, yml, name string) string {
	t.Helper()
	lines := strings.Split(yml, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "- name: "+name {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "run: |" {
				indent := len(lines[j+1]) - len(strings.TrimLeft(lines[j+1], " "))
				var body []string
				for _, b := range lines[j+1:] {
					if strings.TrimSpace(b) != "" && len(b)-len(strings.TrimLeft(b, " ")) < indent {
						break
					}
					if len(b) >= indent {
						b = b[indent:]
					}
					body = append(body, b)
				}
				return strings.Join(body, "\n")
			}
			if strings.HasPrefix(strings.TrimSpace(lines[j]), "- ") {
				break
			}
		}
	}
	t.Fatalf("action.yml has no step %q with a run: | block", name)
	return ""
}

func TestRunStepWritesSARIFAndReportsTheExitCode(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	yml, err := os.ReadFile(filepath.Join(repo, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	script := stepScript(t, string(yml), "Run fsdlint")

	runnerTemp := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(runnerTemp, "fsdlint"), "./cmd/fsdlint")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	workspace := t.TempDir()
	githubOutput := filepath.Join(t.TempDir(), "output")
	cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", script) // as composite steps run
	cmd.Dir = workspace
	cmd.Env = append(os.Environ(),
		"RUNNER_TEMP="+runnerTemp,
		"GITHUB_OUTPUT="+githubOutput,
		"FSDLINT_PATHS="+filepath.Join(repo, "testdata", "example"),
		"FSDLINT_ARGS=--max-warnings 100",
		"FSDLINT_SARIF=fsdlint.sarif",
		"FSDLINT_ANNOTATIONS=true",
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the step failed (it should leave failing to the last step): %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "::error ") {
		t.Errorf("no GitHub annotations in the output:\n%s", out)
	}
	got, err := os.ReadFile(githubOutput)
	if err != nil || strings.TrimSpace(string(got)) != "exit-code=1" {
		t.Errorf("GITHUB_OUTPUT = %q (%v), want exit-code=1 (the example has errors)", got, err)
	}
	sarif, err := os.ReadFile(filepath.Join(workspace, "fsdlint.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarif, &doc); err != nil || doc.Version != "2.1.0" || len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 {
		t.Fatalf("fsdlint.sarif is not a SARIF 2.1.0 log with results (%v):\n%.400s", err, sarif)
	}

	// a usage error fails the step itself (exit 2): no report to upload
	cmd.Env = append(cmd.Env, "FSDLINT_ARGS=--no-such-flag")
	if err := cmd.Run(); err == nil {
		t.Fatal("a usage error did not fail the step")
	}
}
