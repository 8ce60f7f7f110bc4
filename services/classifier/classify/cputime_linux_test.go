package classify

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used (all threads, so
// the garbage collector's work counts), so that a benchmark measures its
// own work rather than the time other processes on a shared machine took.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
