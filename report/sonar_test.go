package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fsdlint/fsdlint/sonar"
)

// checkSonar validates a Sonar report with the schema and with the scanner's
// own checks against the files on disk under base.
func checkSonar(t *testing.T, out []byte, base string) sonar.Report {
	t.Helper()
	requireSchema(t, sonarSchemaFile, out)
	var rep sonar.Report
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	read := func(p string) ([]byte, bool) {
		src, err := os.ReadFile(filepath.Join(base, filepath.FromSlash(p)))
		return src, err == nil
	}
	for _, err := range sonar.Check(&rep, read) {
		t.Error(err)
	}
	return rep
}

func TestSonarModern(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "sonar", Options{}, run)
	rep := checkSonar(t, out, run.Cwd)
	if rep.Legacy() || len(rep.Issues) != len(run.Findings) {
		t.Fatalf("want the 10.3+ shape with %d issues, got legacy=%v with %d", len(run.Findings), rep.Legacy(), len(rep.Issues))
	}
	ciGolden(t, "sonar.json", run, out)
}

func TestSonarLegacy(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "sonar", Options{SonarFormat: "legacy"}, run)
	if strings.Contains(string(out), `"rules"`) {
		t.Error("the deprecated shape must not have a rules table")
	}
	checkSonar(t, out, run.Cwd)
	ciGolden(t, "sonar-legacy.json", run, out)
}

func TestSonarPathsRelativeToBase(t *testing.T) {
	run := fixtureRun(t)
	base := filepath.Dir(run.Cwd) // testdata: paths gain the "tree/" prefix
	rep := checkSonar(t, ciRender(t, "sonar", Options{SonarBase: base}, run), base)
	for _, is := range rep.Issues {
		if !strings.HasPrefix(is.PrimaryLocation.FilePath, "tree/src/") {
			t.Errorf("filePath %q is not relative to the base dir", is.PrimaryLocation.FilePath)
		}
	}
}

func TestSonarEmptyRunKeepsTheNewShape(t *testing.T) {
	run := &Run{Cwd: t.TempDir()}
	out := strings.TrimSpace(string(ciRender(t, "sonar", Options{}, run)))
	if want := "{\n  \"rules\": [],\n  \"issues\": []\n}"; out != want {
		t.Errorf("got %s, want %s", out, want)
	}
	requireSchema(t, sonarSchemaFile, []byte(out))
}

func TestSonarUnknownFormatIsAnError(t *testing.T) {
	rep, _ := New("sonar", Options{SonarFormat: "v9"})
	if err := rep.Write(&strings.Builder{}, &Run{}); err == nil {
		t.Error("--sonar-format v9 accepted")
	}
}
