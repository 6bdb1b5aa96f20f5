package report

import (
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
)

func TestGitHubWorkflowCommands(t *testing.T) {
	run := fixtureRun(t)
	out := string(ciRender(t, "github", Options{}, run))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(run.Findings) {
		t.Fatalf("%d commands for %d findings", len(lines), len(run.Findings))
	}
	// ::level key=value,…::message — no raw newline, and no , or : inside a value.
	cmd := regexp.MustCompile(`^::(error|warning) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$`)
	unescape := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%")
	for i, line := range lines {
		m := cmd.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not a workflow command: %q", line)
			continue
		}
		props := map[string]string{}
		for _, kv := range strings.Split(m[2], ",") {
			k, v, _ := strings.Cut(kv, "=")
			props[k] = unescape.Replace(v)
		}
		if props["title"] != run.Findings[i].Rule {
			t.Errorf("title %q, want %q", props["title"], run.Findings[i].Rule)
		}
		if msg := unescape.Replace(m[3]); !strings.HasPrefix(msg, run.Findings[i].Message) {
			t.Errorf("message %q does not round-trip %q", msg, run.Findings[i].Message)
		}
	}
	ciGolden(t, "github.txt", run, []byte(out))
}

func TestGitLabCodeQuality(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "gitlab", Options{}, run)
	if strings.HasPrefix(string(out), "\uFEFF") {
		t.Error("GitLab rejects a BOM")
	}
	var issues []gitlabIssue
	if err := json.Unmarshal(out, &issues); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, is := range issues {
		if is.Description == "" || is.CheckName == "" || is.Location.Path == "" || is.Location.Lines.Begin < 1 {
			t.Errorf("incomplete issue %+v", is)
		}
		if !map[string]bool{"info": true, "minor": true, "major": true, "critical": true, "blocker": true}[is.Severity] {
			t.Errorf("severity %q unknown to GitLab", is.Severity)
		}
		if len(is.Fingerprint) != 32 || seen[is.Fingerprint] {
			t.Errorf("fingerprint %q not MD5-sized or repeated", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
	}
	// Fingerprints must survive a re-run and a line shift above the finding.
	again := ciRender(t, "gitlab", Options{}, fixtureRun(t))
	if string(again) != string(out) {
		t.Error("a second run gave different output")
	}
	ciGolden(t, "gitlab.json", run, out)
}

func TestGitLabFingerprintSurvivesLineShift(t *testing.T) {
	run := fixtureRun(t)
	fp := place(run)[0].Fingerprint
	shifted := fixtureRun(t)
	src := shifted.Sources[shifted.Findings[0].Path]
	shifted.Sources[shifted.Findings[0].Path] = append([]byte("// new first line\n"), src...)
	shifted.Findings[0].Line++
	if got := place(shifted)[0].Fingerprint; got != fp {
		t.Error("moving a finding down one line changed its fingerprint")
	}
}

// wellFormed parses XML fully and returns its elements by name.
func ciWellFormed(t *testing.T, out []byte) map[string][]xml.StartElement {
	t.Helper()
	els := map[string][]xml.StartElement{}
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed XML: %v", err)
			}
			return els
		}
		if se, ok := tok.(xml.StartElement); ok {
			els[se.Name.Local] = append(els[se.Name.Local], se)
		}
	}
}

func xmlAttrOf(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func TestCheckstyle(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "checkstyle", Options{}, run)
	els := ciWellFormed(t, out)
	if n := len(els["error"]); n != len(run.Findings) {
		t.Errorf("%d <error> for %d findings", n, len(run.Findings))
	}
	found := false
	for _, e := range els["error"] {
		if strings.HasPrefix(xmlAttrOf(e, "message"), run.Findings[0].Message) {
			found = true // quotes, <, & and % survived escaping
		}
	}
	if !found {
		t.Error("the first finding's message did not round-trip")
	}
	ciGolden(t, "checkstyle.xml", run, out)
}

func TestJUnit(t *testing.T) {
	run := fixtureRun(t)
	out := ciRender(t, "junit", Options{}, run)
	els := ciWellFormed(t, out)
	if n := len(els["failure"]); n != len(run.Findings) {
		t.Errorf("%d failures for %d findings", n, len(run.Findings))
	}
	names := map[string]bool{}
	for _, tc := range els["testcase"] {
		key := xmlAttrOf(tc, "classname") + "\x00" + xmlAttrOf(tc, "name")
		if names[key] {
			t.Errorf("duplicate test %q in %q", xmlAttrOf(tc, "name"), xmlAttrOf(tc, "classname"))
		}
		names[key] = true
	}
	ciGolden(t, "junit.xml", run, out)

	empty := ciWellFormed(t, ciRender(t, "junit", Options{}, &Run{Cwd: run.Cwd}))
	if len(empty["testcase"]) != 1 || len(empty["failure"]) != 0 {
		t.Error("a clean run should be one passing test case")
	}
}

func TestJUnitNamesStayUniqueAtTheSamePosition(t *testing.T) {
	run := fixtureRun(t)
	run.Findings = append(run.Findings[:1:1], run.Findings[0])
	els := ciWellFormed(t, ciRender(t, "junit", Options{}, run))
	if a, b := xmlAttrOf(els["testcase"][0], "name"), xmlAttrOf(els["testcase"][1], "name"); a == b {
		t.Errorf("two findings at one position share the test name %q", a)
	}
}
