package gitfiles

import (
	"bytes"
	"fmt"
)

// Status is git's one-letter change status: 'A'dded, 'M'odified, 'D'eleted,
// 'R'enamed, 'C'opied, 'T' type changed, 'U'nmerged.
type Status byte

// Change is one file in a `git diff --raw` listing.
type Change struct {
	Status  Status
	Path    string // repository-relative, slash-separated (the new path of a rename)
	OldPath string // the old path of a rename or copy
	OldBlob string // the blob id before ("" for an added file)
	NewBlob string // the blob id after; all zeros when git has not hashed a working-tree file
	NewMode string // "100644", "100755", "120000" (symlink), "160000" (submodule), "000000" (gone)
}

// Regular says whether the new side is a regular file (not a symlink, a
// submodule or nothing).
func (c Change) Regular() bool { return c.NewMode == "100644" || c.NewMode == "100755" }

// zeroBlob is what git prints for "no blob" or "not hashed".
const zeroBlob = "0000000000000000000000000000000000000000"

// parseRaw reads the output of `git diff --raw -z --no-abbrev`:
//
//	:<old mode> <new mode> <old blob> <new blob> <status>[score] NUL <path> NUL [<new path> NUL]
func parseRaw(out []byte) ([]Change, error) {
	var changes []Change
	fields := bytes.Split(out, []byte{0})
	for i := 0; i < len(fields); i++ {
		head := fields[i]
		if len(head) == 0 {
			continue // the trailing NUL
		}
		if head[0] != ':' {
			return nil, fmt.Errorf("git diff --raw: unexpected record %q", head)
		}
		meta := bytes.Fields(head[1:])
		if len(meta) != 5 || len(meta[4]) == 0 {
			return nil, fmt.Errorf("git diff --raw: unexpected record %q", head)
		}
		c := Change{Status: Status(meta[4][0]), OldBlob: string(meta[2]), NewBlob: string(meta[3]), NewMode: string(meta[1])}
		if c.OldBlob == zeroBlob {
			c.OldBlob = ""
		}
		if i+1 >= len(fields) || len(fields[i+1]) == 0 {
			return nil, fmt.Errorf("git diff --raw: record %q has no path", head)
		}
		i++
		c.Path = string(fields[i])
		if c.Status == 'R' || c.Status == 'C' {
			if i+1 >= len(fields) || len(fields[i+1]) == 0 {
				return nil, fmt.Errorf("git diff --raw: rename %q has no new path", head)
			}
			i++
			c.OldPath, c.Path = c.Path, string(fields[i])
		}
		changes = append(changes, c)
	}
	return changes, nil
}

// rawDiff runs `git diff --raw` with args (e.g. --cached, HEAD) over the whole
// repository, renames detected.
func rawDiff(top string, args ...string) ([]Change, error) {
	full := append([]string{"diff", "--raw", "-z", "--no-abbrev", "--no-ext-diff", "--no-textconv", "-M", "--ignore-submodules"}, args...)
	out, err := git(top, full...)
	if err != nil {
		return nil, err
	}
	return parseRaw(out)
}

// StagedChanges lists what the index changes relative to HEAD (everything in
// the index on an unborn branch): what `git commit` would record.
func StagedChanges(top string) ([]Change, error) {
	return rawDiff(top, "--cached")
}

// UnstagedChanges lists what the working tree changes relative to the index
// (tracked files only). Their OldBlob is the index's version.
func UnstagedChanges(top string) ([]Change, error) {
	return rawDiff(top)
}
