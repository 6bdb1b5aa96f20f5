//go:build unix

package engine

import (
	"io/fs"
	"sync"
	"syscall"
)

// readBufs are scratch buffers for readWhole; most source files fit in one.
var readBufs = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// readWhole is os.ReadFile with four system calls (open, read until EOF,
// close) instead of about nine: os.Open registers every file with the
// network poller and ReadFile adds an fstat for its size hint, and at a few
// hundred bytes per source file those calls cost more than the parse.
func readWhole(name string) ([]byte, error) {
	fd, err := openRead(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return readAllFrom(fd, name, false)
}

// readAllFrom reads fd to its end and closes it. endsShort (shortReadsEnd,
// and fd a regular file): a read that did not fill the buffer reached the
// end, so the read that would return 0 is skipped.
func readAllFrom(fd int, name string, endsShort bool) ([]byte, error) {
	defer syscall.Close(fd)
	bp := readBufs.Get().(*[]byte)
	buf := *bp
	defer func() {
		if cap(buf) <= 1<<20 { // a 20 MB file's buffer is not kept
			*bp = buf
			readBufs.Put(bp)
		}
	}()
	n := 0
	for {
		if n == len(buf) {
			buf = append(buf, make([]byte, len(buf))...)
		}
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if m == 0 {
			break
		}
		n += m
		if endsShort && n < len(buf) {
			break
		}
	}
	out := make([]byte, n)
	copy(out, buf[:n])
	return out, nil
}

func openRead(name string) (int, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
