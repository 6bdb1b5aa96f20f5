package compare

import (
	"sort"

	"github.com/fsdlint/fsdlint/baseline"
)

// Count is one row of a before/after table.
type Count struct {
	Key    string `json:"key"`
	Before int    `json:"before"`
	After  int    `json:"after"`
	Delta  int    `json:"delta"`
}

// Result is what changed between two reports.
type Result struct {
	Before     *Report `json:"before"`
	After      *Report `json:"after"`
	Totals     Count   `json:"total"`
	BySeverity []Count `json:"bySeverity"`
	ByRule     []Count `json:"byRule"`
	ByLayer    []Count `json:"byLayer"`
	ByQuality  []Count `json:"bySoftwareQuality"`
	New        []Issue `json:"new"`
	Fixed      []Issue `json:"fixed"`
	Unchanged  int     `json:"unchanged"`
	// LineHashes: both reports had line hashes, so moved code was recognised
	// by content; without them tracking falls back to rule, file and message.
	LineHashes bool `json:"lineHashes"`
}

// Compare tracks the after report's issues against the before report's.
func Compare(before, after *Report) *Result {
	res := &Result{Before: before, After: after}
	hashes := allHashed(before.Issues) && allHashed(after.Issues)
	res.LineHashes = hashes
	match := baseline.Track(keys(before.Issues, hashes), keys(after.Issues, hashes))
	taken := make([]bool, len(before.Issues))
	for i, j := range match {
		if j < 0 {
			res.New = append(res.New, after.Issues[i])
			continue
		}
		taken[j] = true
		res.Unchanged++
	}
	for j, t := range taken {
		if !t {
			res.Fixed = append(res.Fixed, before.Issues[j])
		}
	}
	res.Totals = Count{Key: "total", Before: len(before.Issues), After: len(after.Issues), Delta: len(after.Issues) - len(before.Issues)}
	res.BySeverity = tally(before.Issues, after.Issues, func(is Issue) []string { return []string{is.Severity} }, severityOrder)
	res.ByRule = tally(before.Issues, after.Issues, func(is Issue) []string { return []string{is.Rule} }, nil)
	res.ByLayer = tally(before.Issues, after.Issues, func(is Issue) []string { return []string{is.Layer} }, layerOrder)
	res.ByQuality = tally(before.Issues, after.Issues, func(is Issue) []string { return is.Qualities }, nil)
	return res
}

// allHashed: line hashes are only comparable when every issue with a line has one.
func allHashed(issues []Issue) bool {
	for _, is := range issues {
		if is.Line > 0 && is.LineHash == "" {
			return false
		}
	}
	return true
}

func keys(issues []Issue, hashes bool) []baseline.Key {
	out := make([]baseline.Key, len(issues))
	for i, is := range issues {
		out[i] = baseline.Key{Rule: is.Rule, Path: is.Path, Message: is.Message, Line: is.Line}
		if hashes {
			out[i].LineHash = is.LineHash
		}
	}
	return out
}

// Orders that read naturally: worst severity first, layers top to bottom.
var (
	severityOrder = []string{"error", "warning", "BLOCKER", "CRITICAL", "HIGH", "MAJOR", "MEDIUM", "MINOR", "LOW", "INFO"}
	layerOrder    = []string{"app", "processes", "pages", "widgets", "features", "entities", "shared", NoLayer}
)

// tally counts issues per key on both sides; rows follow order (known keys
// first), then the largest after-count, then the key.
func tally(before, after []Issue, keysOf func(Issue) []string, order []string) []Count {
	rows := map[string]*Count{}
	add := func(issues []Issue, after bool) {
		for _, is := range issues {
			for _, k := range keysOf(is) {
				if k == "" {
					k = "(none)"
				}
				c := rows[k]
				if c == nil {
					c = &Count{Key: k}
					rows[k] = c
				}
				if after {
					c.After++
				} else {
					c.Before++
				}
			}
		}
	}
	add(before, false)
	add(after, true)
	rank := map[string]int{}
	for i, k := range order {
		rank[k] = i + 1
	}
	out := make([]Count, 0, len(rows))
	for _, c := range rows {
		c.Delta = c.After - c.Before
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ra, rb := rank[a.Key], rank[b.Key]
		if ra == 0 {
			ra = len(order) + 1
		}
		if rb == 0 {
			rb = len(order) + 1
		}
		switch {
		case ra != rb:
			return ra < rb
		case max(a.After, a.Before) != max(b.After, b.Before):
			return max(a.After, a.Before) > max(b.After, b.Before)
		}
		return a.Key < b.Key
	})
	return out
}
