package main

import "time"

// sweepStart is when the sweep began; wallTime is the time since.
var sweepStart = time.Now()

func wallTime() time.Duration { return time.Since(sweepStart) }
