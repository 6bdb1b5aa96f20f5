package gitfiles

import (
	"bytes"
	"sort"
)

// Snapshot is the repository as the next commit will record it, described by
// how it differs from the working tree.
type Snapshot struct {
	// Top is the work tree's root, absolute and slash-separated.
	Top string
	// Overlay maps absolute slash paths to the contents the commit will hold
	// where they differ from the disk: staged contents of partially staged
	// files, the index version of files edited but not staged. A nil value
	// means the file will not exist (a staged deletion, a rename's old path).
	Overlay map[string][]byte
	// Staged are the absolute paths of the files the commit adds or changes
	// (added, modified, renamed, copied), sorted: the files to report on.
	Staged []string
	// Deleted are the absolute paths the commit removes (deletions and the old
	// paths of renames), sorted.
	Deleted []string
}

// Staged reads the index of the repository holding dir.
func Staged(dir string) (*Snapshot, error) {
	top, err := TopLevel(dir)
	if err != nil {
		return nil, err
	}
	staged, err := StagedChanges(top)
	if err != nil {
		return nil, err
	}
	unstaged, err := UnstagedChanges(top)
	if err != nil {
		return nil, err
	}
	s := &Snapshot{Top: top, Overlay: map[string][]byte{}}
	blobOf := map[string]string{} // absolute path -> index blob to read
	abs := func(rel string) string { return top + "/" + rel }
	for _, c := range staged {
		if c.OldPath != "" && c.Status == 'R' {
			s.Overlay[abs(c.OldPath)] = nil
			s.Deleted = append(s.Deleted, abs(c.OldPath))
		}
		switch {
		case c.Status == 'D':
			s.Overlay[abs(c.Path)] = nil
			s.Deleted = append(s.Deleted, abs(c.Path))
		case c.Status == 'U':
			// unmerged: git refuses to commit it; nothing sensible to lint
		case c.Regular() && c.NewBlob != zeroBlob:
			blobOf[abs(c.Path)] = c.NewBlob
			s.Staged = append(s.Staged, abs(c.Path))
		}
	}
	// Tracked files whose working copy differs from the index: the commit
	// records the index's version (also of files deleted from the disk only).
	for _, c := range unstaged {
		if c.OldBlob == "" || c.Status == 'U' {
			continue
		}
		blobOf[abs(c.Path)] = c.OldBlob
	}
	if err := s.readOverlay(top, blobOf); err != nil {
		return nil, err
	}
	sort.Strings(s.Staged)
	sort.Strings(s.Deleted)
	return s, nil
}

// readOverlay reads every blob once and puts it under its paths.
func (s *Snapshot) readOverlay(top string, blobOf map[string]string) error {
	var ids []string
	seen := map[string]bool{}
	for _, id := range blobOf {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	blobs, err := ReadBlobs(top, ids)
	if err != nil {
		return err
	}
	for path, id := range blobOf {
		s.Overlay[path] = blobs[id]
		if s.Overlay[path] == nil {
			s.Overlay[path] = []byte{} // an empty file still exists
		}
	}
	return nil
}

// Changed lists the files of the working tree that differ from HEAD — edited,
// added, renamed, staged or not — and the untracked files .gitignore does not
// exclude: absolute slash paths of files that exist on disk, sorted. On an
// unborn branch every tracked and untracked file counts.
func Changed(dir string) ([]string, error) {
	top, err := TopLevel(dir)
	if err != nil {
		return nil, err
	}
	var rels []string
	if hasHead(top) {
		changes, err := rawDiff(top, "HEAD")
		if err != nil {
			return nil, err
		}
		for _, c := range changes {
			if c.Status != 'D' && c.Status != 'U' && c.NewMode != "160000" && c.NewMode != "000000" {
				rels = append(rels, c.Path)
			}
		}
	} else {
		out, err := git(top, "ls-files", "-z", "--cached")
		if err != nil {
			return nil, err
		}
		rels = append(rels, splitNUL(out)...)
	}
	out, err := git(top, "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	rels = append(rels, splitNUL(out)...)
	seen := map[string]bool{}
	var paths []string
	for _, r := range rels {
		p := top + "/" + r
		if !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return paths, nil
}

func splitNUL(out []byte) []string {
	var s []string
	for _, f := range bytes.Split(out, []byte{0}) {
		if len(f) > 0 {
			s = append(s, string(f))
		}
	}
	return s
}
