package report

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/fsdlint/fsdlint/baseline"
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/sonar"
)

// placed is a finding as file-based formats show it: folder-level findings
// move to the folder's public API (or first) file, and their message names the
// folder, because CI annotations and code scanning attach only to files.
type placed struct {
	rules.Finding
	File string // where to show it, relative to Run.Cwd
	Text string // the message to show
	// Fingerprint is stable across runs and unique in the run: rule, file, the
	// line's content (not its number) and the occurrence of that triple.
	Fingerprint string
}

func place(run *Run) []placed {
	hashes := baseline.LineHashes(run.Findings, run.Sources)
	seen := map[string]int{}
	anchors := map[string]string{} // folder → file; a folder may carry many findings
	out := make([]placed, len(run.Findings))
	for i, f := range run.Findings {
		p := placed{Finding: f, File: f.Path, Text: f.Message}
		if f.Folder {
			if _, ok := anchors[f.Path]; !ok {
				anchors[f.Path] = sonar.FolderAnchor(run.Cwd, f.Path)
			}
			p.File = anchors[f.Path]
			if p.File != f.Path && !strings.Contains(f.Message, f.Path) {
				p.Text += " (folder " + path.Clean(f.Path) + ")"
			}
		}
		content := hashes[i]
		if content == "" {
			content = "msg:" + f.Message // folder findings have no line
		}
		base := hashHex(f.Rule + "\x00" + f.Path + "\x00" + content)
		seen[base]++
		p.Fingerprint = hashHex(base + "\x00" + strconv.Itoa(seen[base]))
		out[i] = p
	}
	return out
}

func hashHex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// levelWord is the severity as CI systems spell it.
func levelWord(s rules.Severity) string {
	if s == rules.Error {
		return "error"
	}
	return "warning"
}

func rulesByName(run *Run) map[string]*rules.Rule {
	m := make(map[string]*rules.Rule, len(run.Rules))
	for _, r := range run.Rules {
		m[r.Name] = r
	}
	return m
}

// usedRules are the rules the findings refer to, sorted by name; a rule the
// registry does not know (a parse error) gets a stand-in with its name only.
func usedRules(run *Run) []*rules.Rule {
	known := rulesByName(run)
	seen := map[string]bool{}
	var out []*rules.Rule
	for _, f := range run.Findings {
		if seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		r := known[f.Rule]
		if r == nil {
			r = &rules.Rule{Name: f.Rule, Summary: f.Rule, DefaultSeverity: f.Severity}
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func toSlash(p string) string { return strings.ReplaceAll(p, "\\", "/") }

// relPath makes a related location's path (absolute or relative to cwd) relative to cwd.
func relPath(cwd, p string) string {
	p = toSlash(p)
	c := strings.TrimSuffix(toSlash(cwd), "/") + "/"
	return strings.TrimPrefix(p, c)
}
