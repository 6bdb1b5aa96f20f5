package sonar

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// Input is what Build needs from a run.
type Input struct {
	Findings []rules.Finding
	Rules    []*rules.Rule
	// Sources holds file contents keyed by Finding.Path; other files are read from disk.
	Sources map[string][]byte
	Cwd     string // absolute; Finding.Path is relative to it
	Base    string // sonar.projectBaseDir filePaths are relative to; "" means Cwd
	Legacy  bool   // the deprecated shape for servers older than 10.3
}

// Build turns findings into a generic issue report.
func Build(in Input) Report {
	b := builder{in: in, lines: map[string]*Lines{}, anchors: map[string]string{}}
	switch {
	case b.in.Base == "":
		b.in.Base = in.Cwd
	case !filepath.IsAbs(b.in.Base):
		b.in.Base = filepath.Join(in.Cwd, b.in.Base) // --sonar-base is relative to where fsdlint runs
	}
	byName := map[string]*rules.Rule{}
	for _, r := range in.Rules {
		byName[r.Name] = r
	}
	rep := Report{Issues: []Issue{}}
	used := map[string]bool{}
	for _, f := range in.Findings {
		m := MappingOf(byName[f.Rule])
		is := Issue{RuleID: f.Rule, EffortMinutes: m.EffortMinutes, PrimaryLocation: b.primary(f)}
		if in.Legacy {
			is.EngineID, is.Severity, is.Type = EngineID, m.Severity, m.Type
		}
		for _, rel := range f.Related {
			if loc, ok := b.secondary(rel); ok {
				is.SecondaryLocations = append(is.SecondaryLocations, loc)
			}
		}
		rep.Issues = append(rep.Issues, is)
		used[f.Rule] = true
	}
	if in.Legacy {
		return rep
	}
	rep.Rules = []Rule{}
	for id := range used {
		r := byName[id]
		m := MappingOf(r)
		rule := Rule{ID: id, Name: id, EngineID: EngineID, CleanCodeAttribute: m.CleanCodeAttribute, Impacts: m.Impacts}
		if r != nil {
			rule.Description = Description(r)
			if r.Summary != "" {
				rule.Name = truncate(r.Summary, 200)
			}
		}
		rep.Rules = append(rep.Rules, rule)
	}
	sort.Slice(rep.Rules, func(i, j int) bool { return rep.Rules[i].ID < rep.Rules[j].ID })
	return rep
}

type builder struct {
	in      Input
	lines   map[string]*Lines // by path relative to Cwd; nil when unreadable
	anchors map[string]string // folder → the file that carries its findings
}

// abs makes a path relative to Cwd (or already absolute) absolute.
func (b *builder) abs(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(b.in.Cwd, filepath.FromSlash(p))
}

// filePath is p as SonarQube wants it: relative to the base dir, slash-separated.
func (b *builder) filePath(p string) string {
	rel, err := filepath.Rel(b.in.Base, b.abs(p))
	if err != nil {
		return filepath.ToSlash(b.abs(p))
	}
	return filepath.ToSlash(rel)
}

func (b *builder) file(p string) *Lines {
	if l, ok := b.lines[p]; ok {
		return l
	}
	src, ok := b.in.Sources[p]
	if !ok {
		var err error
		if src, err = os.ReadFile(b.abs(p)); err != nil {
			b.lines[p] = nil
			return nil
		}
	}
	b.lines[p] = NewLines(src)
	return b.lines[p]
}

func (b *builder) primary(f rules.Finding) Location {
	msg := cleanMessage(f.Message)
	if f.Folder {
		anchor, ok := b.anchors[f.Path]
		if !ok {
			anchor = FolderAnchor(b.in.Cwd, f.Path)
			b.anchors[f.Path] = anchor
		}
		if anchor != f.Path {
			folder := b.filePath(f.Path)
			if !strings.Contains(msg, strings.TrimSuffix(folder, "/")) && !strings.Contains(msg, f.Path) {
				msg += " (folder " + path.Clean(folder) + ")"
			}
		}
		return Location{Message: msg, FilePath: b.filePath(anchor)}
	}
	return Location{Message: msg, FilePath: b.filePath(f.Path), TextRange: b.textRange(f.Path, int(f.Range.Start), int(f.Range.End), f.Line)}
}

func (b *builder) secondary(r rules.Related) (Location, bool) {
	tr := b.textRange(r.Path, int(r.Range.Start), int(r.Range.End), r.Line)
	if tr == nil {
		return Location{}, false // SonarQube requires a range on secondary locations
	}
	return Location{Message: cleanMessage(r.Message), FilePath: b.filePath(r.Path), TextRange: tr}, true
}

// textRange computes a safe range from bytes when the file can be read; else
// it falls back to the engine's line (whole line), or none at all.
func (b *builder) textRange(p string, start, end, line int) *TextRange {
	if l := b.file(p); l != nil {
		return l.RangeOf(start, end)
	}
	if line > 0 {
		return LineOnly(line)
	}
	return nil
}

// cleanMessage follows what SonarQube stores: trimmed, at most 4,000 chars, no NULs.
func cleanMessage(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\x00", "[NULL]")
	return truncate(s, 4000)
}

// truncate cuts s to at most n UTF-16 units (Java chars) without splitting a rune.
func truncate(s string, n int) string {
	units := 0
	for i, r := range s {
		units += runeWidth16(r)
		if units > n {
			return s[:i]
		}
	}
	return s
}
