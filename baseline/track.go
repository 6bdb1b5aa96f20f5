package baseline

// Key is what tracking compares. LineHash may be empty (a report that carries
// no line content); Line is 0 for folder findings.
type Key struct {
	Rule     string `json:"rule"`
	Path     string `json:"path"`
	Message  string `json:"message"`
	Line     int    `json:"line,omitempty"`
	LineHash string `json:"lineHash,omitempty"`
}

// pass is one matching round: the key two issues must share, and whether an
// issue can take part at all (a hash-based pass needs a hash).
type pass struct {
	key  func(k Key) any
	uses func(k Key) bool
}

type (
	kFull struct {
		rule, path, msg, hash string
		line                  int
	}
	kLineHash struct {
		rule, path, hash string
		line             int
	}
	kMsgHash struct{ rule, path, msg, hash string }
	kLineMsg struct {
		rule, path, msg string
		line            int
	}
	kHash      struct{ rule, path, hash string }
	kMovedFile struct{ rule, msg, hash string }
	kMsgNoHash struct{ rule, path, msg string }
)

func hasHash(k Key) bool { return k.LineHash != "" }
func always(Key) bool    { return true }

// passes follow SonarQube's Tracker (rule+line+hash+message, rule+line+hash,
// rule+message+hash, rule+line+message, rule+hash), then two of ours: a file
// moved with its code (the FSD migration case: rule+message+hash in any file),
// and, for reports without line hashes, rule+file+message at any line.
var passes = []pass{
	{func(k Key) any { return kFull{k.Rule, k.Path, k.Message, k.LineHash, k.Line} }, always},
	{func(k Key) any { return kLineHash{k.Rule, k.Path, k.LineHash, k.Line} }, hasHash},
	{func(k Key) any { return kMsgHash{k.Rule, k.Path, k.Message, k.LineHash} }, hasHash},
	{func(k Key) any { return kLineMsg{k.Rule, k.Path, k.Message, k.Line} }, always},
	{func(k Key) any { return kHash{k.Rule, k.Path, k.LineHash} }, hasHash},
	{func(k Key) any { return kMovedFile{k.Rule, k.Message, k.LineHash} }, hasHash},
	{func(k Key) any { return kMsgNoHash{k.Rule, k.Path, k.Message} }, func(k Key) bool { return !hasHash(k) }},
}

// Track pairs each raw (current) issue with at most one base (previous) issue.
// The result holds, for each raw index, its base index or -1 when it is new;
// base issues no raw issue took are the fixed ones. Earlier, stricter passes
// win; within a pass issues pair in order.
func Track(base, raw []Key) []int {
	match := make([]int, len(raw))
	for i := range match {
		match[i] = -1
	}
	taken := make([]bool, len(base))
	for _, p := range passes {
		free := map[any][]int{}
		for j, b := range base {
			if !taken[j] && p.uses(b) {
				k := p.key(b)
				free[k] = append(free[k], j)
			}
		}
		if len(free) == 0 {
			continue
		}
		for i, r := range raw {
			if match[i] >= 0 || !p.uses(r) {
				continue
			}
			k := p.key(r)
			if q := free[k]; len(q) > 0 {
				match[i], taken[q[0]] = q[0], true
				free[k] = q[1:]
			}
		}
	}
	return match
}
