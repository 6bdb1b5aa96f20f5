package engine

import (
	"os"
	"strconv"
	"strings"
)

// shortReadFileSystems are the local file systems whose getdents fills the
// buffer until the folder ends and whose read of a regular file returns less
// than asked only at its end. Network and FUSE file systems may answer in
// pieces, so they are not here.
var shortReadFileSystems = map[string]bool{
	"ext2": true, "ext3": true, "ext4": true, "xfs": true, "btrfs": true,
	"f2fs": true, "tmpfs": true, "overlay": true,
}

// shortReadsEnd says whether every file system that holds root or anything
// below it is one of shortReadFileSystems, from /proc/self/mountinfo; when in
// doubt, no.
func shortReadsEnd(root string) bool {
	data, err := os.ReadFile("/proc/self/mountinfo")
	if err != nil {
		return false
	}
	return mountsEndShort(string(data), root)
}

// mountsEndShort is shortReadsEnd on a mountinfo text: the mount that holds
// root (the last of the longest mount points above it) and every mount below
// root must be of a listed type.
func mountsEndShort(mountinfo, root string) bool {
	holder, holderType := "", ""
	for line := range strings.SplitSeq(mountinfo, "\n") {
		// 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw
		fields := strings.Fields(line)
		sep := -1
		for i := 6; i < len(fields); i++ {
			if fields[i] == "-" {
				sep = i
				break
			}
		}
		if sep < 0 || sep+1 >= len(fields) {
			continue
		}
		point, fsType := unescapeMountPoint(fields[4]), fields[sep+1]
		switch {
		case pathWithin(root, point):
			if len(point) >= len(holder) {
				holder, holderType = point, fsType
			}
		case pathWithin(point, root):
			if !shortReadFileSystems[fsType] {
				return false
			}
		}
	}
	return holder != "" && shortReadFileSystems[holderType]
}

// pathWithin says whether path is dir or below it (clean absolute paths).
func pathWithin(path, dir string) bool {
	if dir == "/" || path == dir {
		return true
	}
	return strings.HasPrefix(path, dir) && path[len(dir)] == '/'
}

// unescapeMountPoint undoes mountinfo's octal escapes (\040 for a space).
func unescapeMountPoint(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
