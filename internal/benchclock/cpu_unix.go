//go:build unix

package benchclock

import (
	"syscall"
	"time"
)

// CPU returns the CPU time the process has used (user and system, all
// threads, the garbage collector's included), or 0 if it cannot be read.
func CPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
