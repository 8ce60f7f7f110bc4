//go:build !unix

package main

import "time"

// cpuTime is the wall-clock time where the system reports no CPU time.
func cpuTime() time.Duration { return wallTime() }
