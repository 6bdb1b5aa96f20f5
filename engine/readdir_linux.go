//go:build linux

package engine

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"syscall"
	"unsafe"
)

// direntBufs are getdents buffers; one call lists most folders whole.
var direntBufs = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// maxDirentSize is the largest linux_dirent64 record: 19 bytes of header, a
// 255-byte name and its NUL, rounded up to 8.
const maxDirentSize = 280

// openDir lists a folder with raw system calls — open, getdents until it is
// empty, no close — and returns its descriptor so that the caller can open
// the files in it relative to it (one path component to look up, not ten).
// The caller closes fd. Entries are sorted by name, as os.ReadDir's.
//
// endsShort (shortReadsEnd): a getdents that left room for one more record
// listed the rest of the folder, so the call that would return 0 is skipped.
func openDir(dir string, endsShort bool) (fd int, entries []fs.DirEntry, err error) {
	for {
		fd, err = syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return -1, nil, &fs.PathError{Op: "open", Path: dir, Err: err}
	}
	bp := direntBufs.Get().(*[]byte)
	defer direntBufs.Put(bp)
	buf := *bp
	for {
		n, err := syscall.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			syscall.Close(fd)
			return -1, nil, &fs.PathError{Op: "readdirent", Path: dir, Err: err}
		}
		if n <= 0 {
			break
		}
		entries = appendDirents(entries, dir, buf[:n])
		if endsShort && n <= len(buf)-maxDirentSize {
			break
		}
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return fd, entries, nil
}

// appendDirents decodes linux_dirent64 records: ino u64, off s64, reclen u16,
// type u8, then the NUL-terminated name.
func appendDirents(entries []fs.DirEntry, dir string, b []byte) []fs.DirEntry {
	for len(b) >= 19 {
		reclen := int(*(*uint16)(unsafe.Pointer(&b[16])))
		if reclen < 19 || reclen > len(b) {
			break
		}
		typ, nameBytes := b[18], b[19:reclen]
		b = b[reclen:]
		if i := slices.Index(nameBytes, 0); i >= 0 {
			nameBytes = nameBytes[:i]
		}
		name := string(nameBytes)
		if name == "." || name == ".." {
			continue
		}
		mode, ok := direntMode(typ)
		if !ok { // DT_UNKNOWN: some file systems do not say; ask
			fi, err := os.Lstat(path.Join(dir, name))
			if err != nil {
				continue // gone since the listing, as os.ReadDir skips it
			}
			mode = fi.Mode().Type()
		}
		entries = append(entries, &dirent{dir: dir, name: name, typ: mode})
	}
	return entries
}

func direntMode(t byte) (fs.FileMode, bool) {
	switch t {
	case syscall.DT_REG:
		return 0, true
	case syscall.DT_DIR:
		return fs.ModeDir, true
	case syscall.DT_LNK:
		return fs.ModeSymlink, true
	case syscall.DT_FIFO:
		return fs.ModeNamedPipe, true
	case syscall.DT_SOCK:
		return fs.ModeSocket, true
	case syscall.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice, true
	case syscall.DT_BLK:
		return fs.ModeDevice, true
	}
	return 0, false
}

// dirent is one listed entry (fs.DirEntry); Info stats it on demand.
type dirent struct {
	dir, name string
	typ       fs.FileMode
}

func (d *dirent) Name() string               { return d.name }
func (d *dirent) IsDir() bool                { return d.typ.IsDir() }
func (d *dirent) Type() fs.FileMode          { return d.typ }
func (d *dirent) Info() (fs.FileInfo, error) { return os.Lstat(path.Join(d.dir, d.name)) }
func (d *dirent) String() string             { return fs.FormatDirEntry(d) }

// readIn reads the regular file name of the folder open as dirfd (openDir);
// path is its full path, for messages; endsShort as for readAllFrom.
var readIn = func(dirfd int, name, path string, endsShort bool) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Openat(dirfd, name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return readAllFrom(fd, path, endsShort)
}

func closeFD(fd int) { syscall.Close(fd) }
