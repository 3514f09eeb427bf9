// Package benchclock measures the CPU time of the process for the
// module's benchmarks, which report it beside wall time: on a busy
// machine wall time counts the time other processes ran too.
package benchclock
