package sonar

import (
	"fmt"
	"slices"
)

// Enum values SonarQube's importer accepts (Java Enum.valueOf, case-sensitive).
var (
	RuleTypes           = []string{"CODE_SMELL", "BUG", "VULNERABILITY", "SECURITY_HOTSPOT"}
	RuleSeverities      = []string{"INFO", "MINOR", "MAJOR", "CRITICAL", "BLOCKER"}
	SoftwareQualities   = []string{"MAINTAINABILITY", "RELIABILITY", "SECURITY"}
	ImpactSeverities    = []string{"INFO", "LOW", "MEDIUM", "HIGH", "BLOCKER"}
	CleanCodeAttributes = []string{"CONVENTIONAL", "FORMATTED", "IDENTIFIABLE", "CLEAR", "COMPLETE",
		"EFFICIENT", "LOGICAL", "DISTINCT", "FOCUSED", "MODULAR", "TESTED", "LAWFUL", "RESPECTFUL", "TRUSTWORTHY"}
)

// Check replays what SonarQube's scanner verifies when it imports a report
// (ExternalIssueReportValidator, the enum look-ups, DefaultInputFile's pointer
// checks), including what no JSON Schema can say: rule references, unique ids,
// columns inside their line, start before end. readFile returns a file's
// contents by its filePath; ok=false means the file is unknown.
func Check(r *Report, readFile func(path string) ([]byte, bool)) []error {
	var errs []error
	legacy := r.Legacy()
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	ids := map[string]bool{}
	for i, rule := range r.Rules {
		if rule.ID == "" || rule.Name == "" || rule.EngineID == "" {
			fail("rules[%d]: missing mandatory field id, name or engineId", i)
		}
		if ids[rule.ID] {
			fail("found duplicate rule ID '%s'", rule.ID)
		}
		ids[rule.ID] = true
		if len(rule.Impacts) == 0 && rule.Type == "" {
			fail("rule %s: either type, impacts or both should be provided", rule.ID)
		}
		if (rule.Type == "") != (rule.Severity == "") {
			fail("rule %s: type and severity must come together", rule.ID)
		}
		checkEnum(fail, "rule "+rule.ID+" cleanCodeAttribute", rule.CleanCodeAttribute, CleanCodeAttributes, true)
		checkEnum(fail, "rule "+rule.ID+" type", rule.Type, RuleTypes, true)
		checkEnum(fail, "rule "+rule.ID+" severity", rule.Severity, RuleSeverities, true)
		for _, im := range rule.Impacts {
			checkEnum(fail, "rule "+rule.ID+" impact softwareQuality", im.SoftwareQuality, SoftwareQualities, false)
			checkEnum(fail, "rule "+rule.ID+" impact severity", im.Severity, ImpactSeverities, false)
		}
	}

	files := map[string]*Lines{}
	lines := func(path string) (*Lines, bool) {
		if l, ok := files[path]; ok {
			return l, l != nil
		}
		src, ok := readFile(path)
		if !ok {
			files[path] = nil
			return nil, false
		}
		files[path] = NewLines(src)
		return files[path], true
	}

	for i, is := range r.Issues {
		where := fmt.Sprintf("issues[%d] (%s)", i, is.RuleID)
		if is.RuleID == "" {
			fail("%s: missing mandatory field 'ruleId'", where)
		}
		if legacy {
			if is.EngineID == "" {
				fail("%s: missing mandatory field 'engineId'", where)
			}
			checkEnum(fail, where+" type", is.Type, RuleTypes, false)
			checkEnum(fail, where+" severity", is.Severity, RuleSeverities, false)
		} else {
			if !ids[is.RuleID] {
				fail("%s: rule with '%s' not present", where, is.RuleID)
			}
			if is.Severity != "" || is.Type != "" {
				fail("%s: deprecated 'severity'/'type' field on an issue of a report with rules", where)
			}
		}
		if is.EffortMinutes < 0 {
			fail("%s: effort must be greater than or equal 0 (got %d)", where, is.EffortMinutes)
		}
		checkLocation(fail, where+" primaryLocation", is.PrimaryLocation, false, lines)
		for j, loc := range is.SecondaryLocations {
			checkLocation(fail, fmt.Sprintf("%s secondaryLocations[%d]", where, j), loc, true, lines)
		}
	}
	return errs
}

func checkEnum(fail func(string, ...any), what, value string, allowed []string, optional bool) {
	if value == "" && optional {
		return
	}
	if !slices.Contains(allowed, value) {
		fail("%s: no enum constant %q", what, value)
	}
}

func checkLocation(fail func(string, ...any), where string, loc Location, secondary bool,
	lines func(string) (*Lines, bool)) {
	if loc.FilePath == "" {
		fail("%s: missing filePath", where)
		return
	}
	l, ok := lines(loc.FilePath)
	if !ok {
		fail("%s: file %s is not in the project (SonarQube would drop the issue)", where, loc.FilePath)
		return
	}
	tr := loc.TextRange
	if tr == nil {
		if secondary {
			fail("%s: missing mandatory field 'textRange' in a secondary location", where)
		}
		return
	}
	if tr.StartLine < 1 || tr.StartLine > l.Count() {
		fail("%s: %d is not a valid line for pointer. File %s has %d line(s)", where, tr.StartLine, loc.FilePath, l.Count())
		return
	}
	if tr.StartColumn == nil {
		return // whole line; endLine/endColumn are ignored
	}
	sl, sc := tr.StartLine, *tr.StartColumn
	el := sl
	if tr.EndLine != nil {
		el = *tr.EndLine
	}
	if el < 1 || el > l.Count() {
		fail("%s: %d is not a valid line for pointer. File %s has %d line(s)", where, el, loc.FilePath, l.Count())
		return
	}
	ec := l.Len(el)
	if tr.EndColumn != nil {
		ec = *tr.EndColumn
	}
	if l.Len(sl) == 0 {
		fail("%s: a 'startColumn' [line=%d, lineOffset=%d] cannot be provided when the line is empty", where, sl, sc)
	}
	for _, p := range [][2]int{{sl, sc}, {el, ec}} {
		if p[1] < 0 || p[1] > l.Len(p[0]) {
			fail("%s: %d is not a valid line offset for pointer. File %s has %d character(s) at line %d",
				where, p[1], loc.FilePath, l.Len(p[0]), p[0])
		}
	}
	if el < sl || (el == sl && ec <= sc) {
		fail("%s: start pointer [line=%d, lineOffset=%d] should be before end pointer [line=%d, lineOffset=%d]",
			where, sl, sc, el, ec)
	}
}
