package sonar

import "github.com/fsdlint/fsdlint/rules"

// Mapping is a rule's Sonar metadata with every gap filled, so that both
// report shapes always carry values SonarQube accepts.
type Mapping struct {
	Type, Severity     string
	CleanCodeAttribute string
	Impacts            []Impact
	EffortMinutes      int
}

// qualityOfType and typeOfQuality follow SonarQube's ImpactMapper.
var (
	qualityOfType = map[string]string{"CODE_SMELL": "MAINTAINABILITY", "BUG": "RELIABILITY", "VULNERABILITY": "SECURITY"}
	typeOfQuality = map[string]string{"MAINTAINABILITY": "CODE_SMELL", "RELIABILITY": "BUG", "SECURITY": "VULNERABILITY"}
	impactOfSev   = map[string]string{"BLOCKER": "BLOCKER", "CRITICAL": "HIGH", "MAJOR": "MEDIUM", "MINOR": "LOW", "INFO": "INFO"}
	sevOfImpact   = map[string]string{"BLOCKER": "BLOCKER", "HIGH": "CRITICAL", "MEDIUM": "MAJOR", "LOW": "MINOR", "INFO": "INFO"}
)

// MappingOf completes a rule's Sonar mapping (r may be nil for findings of
// rules the registry does not know, such as parse errors).
func MappingOf(r *rules.Rule) Mapping {
	var s rules.Sonar
	def := rules.Warn
	if r != nil {
		s, def = r.Sonar, r.DefaultSeverity
	}
	m := Mapping{Type: s.Type, Severity: s.Severity, CleanCodeAttribute: s.CleanCodeAttribute, EffortMinutes: max(0, s.EffortMinutes)}
	for _, im := range s.Impacts {
		m.Impacts = append(m.Impacts, Impact{SoftwareQuality: im.SoftwareQuality, Severity: im.Severity})
	}
	if m.Severity == "" && len(m.Impacts) > 0 {
		m.Severity = sevOfImpact[m.Impacts[0].Severity]
	}
	if m.Severity == "" {
		m.Severity = "MINOR"
		if def == rules.Error {
			m.Severity = "MAJOR"
		}
	}
	if m.Type == "" && len(m.Impacts) > 0 {
		m.Type = typeOfQuality[m.Impacts[0].SoftwareQuality]
	}
	if m.Type == "" {
		m.Type = "CODE_SMELL"
	}
	if len(m.Impacts) == 0 {
		q := qualityOfType[m.Type]
		if q == "" {
			q = "SECURITY" // SECURITY_HOTSPOT
		}
		m.Impacts = []Impact{{SoftwareQuality: q, Severity: impactOfSev[m.Severity]}}
	}
	if m.CleanCodeAttribute == "" {
		m.CleanCodeAttribute = "CONVENTIONAL" // SonarQube's own default
	}
	return m
}
