package sonar

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
)

// Description renders a rule's Doc as markdown: the description, then the
// incorrect and correct examples and the options. SARIF help and SonarQube
// rule descriptions both come from it.
func Description(r *rules.Rule) string {
	var b strings.Builder
	text := strings.TrimSpace(r.Doc.Description)
	if text == "" {
		text = r.Summary
	}
	b.WriteString(text)
	examples := func(title string, codes []string) {
		for i, code := range codes {
			if i == 0 {
				b.WriteString("\n\n" + title + ":")
			}
			b.WriteString("\n\n```ts\n" + strings.TrimRight(code, "\n") + "\n```")
		}
	}
	examples("Incorrect", r.Doc.Incorrect)
	examples("Correct", r.Doc.Correct)
	if o := strings.TrimSpace(r.Doc.Options); o != "" {
		b.WriteString("\n\nOptions:\n\n" + o)
	}
	return strings.TrimSpace(b.String())
}
