//go:build !unix

package benchclock

import "time"

// CPU returns 0: the CPU time is not measured on this system.
func CPU() time.Duration { return 0 }
