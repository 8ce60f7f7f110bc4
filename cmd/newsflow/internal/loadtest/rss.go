package loadtest

import (
	"fmt"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// statusKB returns a "kB" field of /proc/<pid>/status ("self" for this
// process), or 0 where /proc or the field is not available.
func statusKB(pid, field string) int64 {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb
		}
	}
	return 0
}

// peakRSS returns this process's peak resident set size in bytes (VmHWM).
func peakRSS() int64 { return statusKB("self", "VmHWM") << 10 }

// procRSSMB is p's current resident set size in MB (VmRSS), 0 when it is
// not running.
func procRSSMB(p *proc) float64 {
	p.mu.Lock()
	cmd := p.cmd
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return 0
	}
	return float64(statusKB(fmt.Sprint(cmd.Process.Pid), "VmRSS")) / 1024
}

// cpuTime is the user and system CPU time this process has used so far, 0
// where getrusage is not available.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// goMemoryMB is the memory the Go runtime has mapped (heap, stacks and its
// own structures) and, of it, the live and not yet swept heap objects: the
// rest of the RSS is memory outside the Go heap (SQLite's page cache).
func goMemoryMB() (total, heap float64) {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return float64(s[0].Value.Uint64()) / (1 << 20), float64(s[1].Value.Uint64()) / (1 << 20)
}
