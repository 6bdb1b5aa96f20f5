package fsd

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time of the calling OS thread (the benchmark locks its
// goroutine to one): a measure that other processes on a loaded machine do
// not inflate, unlike wall time.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	const rusageThread = 1 // RUSAGE_THREAD
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
