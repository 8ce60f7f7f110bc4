package loadtest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
)

// proc is one service run as an OS process, restartable with the same
// arguments, logging to a file.
//
// Every process the harness starts ends with it, whatever path the run
// ends by: it runs in its own process group (so that a terminal's ^C
// reaches the harness first, which then stops it in order); the kernel
// kills it if the harness itself dies (PR_SET_PDEATHSIG); signals go to the
// whole group; and a run ends every process of its set that is still
// running (procSet.end) on its way out.
type proc struct {
	name string
	path string
	args []string
	env  []string
	log  string
	set  *procSet // the run's processes; nil: none

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan struct{}
}

// procSet is the processes a run started and has not seen exit.
type procSet struct {
	mu      sync.Mutex
	live    map[*proc]bool
	onStart func(name string, pid int) // for tests
}

func newProcSet(onStart func(name string, pid int)) *procSet {
	return &procSet{live: map[*proc]bool{}, onStart: onStart}
}

func (s *procSet) started(p *proc, pid int) {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.live[p] = true
	s.mu.Unlock()
	if s.onStart != nil {
		s.onStart(p.name, pid)
	}
}

func (s *procSet) exited(p *proc) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.live, p)
}

// end stops every process still running: SIGTERM to its group, then
// SIGKILL after grace.
func (s *procSet) end(grace time.Duration) {
	s.mu.Lock()
	live := make([]*proc, 0, len(s.live))
	for p := range s.live {
		live = append(live, p)
	}
	s.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range live {
		wg.Go(func() { _ = p.signal(syscall.SIGTERM, grace) })
	}
	wg.Wait()
}

func (p *proc) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil {
		return fmt.Errorf("%s is already running", p.name)
	}
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("opening %s's log: %w", p.name, err)
	}
	cmd := exec.Command(p.path, p.args...) //nolint:gosec // our own freshly built binaries
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stdout, cmd.Stderr = f, f
	// Own process group: a signal to the harness does not reach the services
	// before the harness decides. Pdeathsig: a harness killed outright
	// (SIGKILL, a test binary's timeout) takes its processes with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		_ = f.Close()
		return fmt.Errorf("starting %s: %w", p.name, err)
	}
	exited := make(chan struct{})
	p.set.started(p, cmd.Process.Pid)
	go func() {
		_ = cmd.Wait()
		_ = f.Close()
		p.set.exited(p)
		close(exited)
	}()
	p.cmd, p.exited = cmd, exited
	return nil
}

// signal sends sig to the process's group and waits up to grace for the
// process to exit (then kills the group).
func (p *proc) signal(sig syscall.Signal, grace time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return fmt.Errorf("%s is not running", p.name)
	}
	pgid := p.cmd.Process.Pid // Setpgid: the group is the process's pid
	if err := syscall.Kill(-pgid, sig); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("signalling %s: %w", p.name, err)
	}
	select {
	case <-p.exited:
	case <-time.After(grace):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-p.exited
		p.cmd = nil
		return fmt.Errorf("%s did not exit within %v of %v", p.name, grace, sig)
	}
	p.cmd = nil
	return nil
}

// running reports whether the process is alive.
func (p *proc) running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return false
	}
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

func (p *proc) stop() { _ = p.signal(syscall.SIGTERM, 30*time.Second) }

// buildBinaries builds the four service binaries and nats-server into dir
// from the workspace at repo.
func buildBinaries(ctx context.Context, repo, dir string) error {
	build := func(args ...string) error {
		cmd := exec.CommandContext(ctx, "go", append([]string{"build", "-o", dir + string(filepath.Separator)}, args...)...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %v: %w\n%s", args, err, out)
		}
		return nil
	}
	if err := build("./services/fetcher/cmd/fetcher", "./services/extractor/cmd/extractor",
		"./services/classifier/cmd/classifier", "./services/sink/cmd/sink"); err != nil {
		return err
	}
	// The server the plumbing module is built against, as a program.
	return build("github.com/nats-io/nats-server/v2")
}

// findRepo walks up from dir to the directory holding go.work.
func findRepo(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("loadtest: no go.work above the working directory: run from the newsflow repository or pass --bin")
		}
	}
}

// binaries returns binDir, or builds the service binaries and nats-server
// from the workspace into dir/bin when binDir is empty.
func binaries(ctx context.Context, binDir, dir string, say func(string, ...any)) (string, error) {
	if binDir != "" {
		return binDir, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the working directory: %w", err)
	}
	repo, err := findRepo(wd)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "bin")
	say("building the service binaries and nats-server…")
	if err := buildBinaries(ctx, repo, bin); err != nil {
		return "", err
	}
	return bin, nil
}

// natsCluster is a nats-server process with the streams provisioned and a
// connection to it.
type natsCluster struct {
	proc *proc
	url  string
	nc   *nats.Conn
	js   jetstream.JetStream
}

// startNATS runs nats-server from bin with its store in dir, connects and
// provisions the streams. close stops both.
//
// Hook for least privilege on the bus: the server runs without users
// today. With plumbing/embedded's per-service users (Permissions,
// LoadOrCreateIdentities, ServerConfig), write ServerConfig's
// authorization block to dir/nats.conf and add "-c", that file to args
// here; connect this harness as the admin role; and give each service its
// own seed (NATS_NKEY) and inbox prefix in its env in Chaos. The services'
// users then also need $JS.API.STREAM.MSG.GET.<their output stream>
// (NEWS_RAW, NEWS_ARTICLES, NEWS_TAGGED), which the publisher's pre-emption
// check reads on a duplicate ack; dead letters are never checked.
func startNATS(ctx context.Context, bin, dir, name string, set *procSet) (*natsCluster, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c := &natsCluster{url: fmt.Sprintf("nats://127.0.0.1:%d", port)}
	c.proc = &proc{
		name: "nats-server", path: filepath.Join(bin, "nats-server"), log: filepath.Join(dir, "nats.log"), set: set,
		args: []string{"-js", "-sd", filepath.Join(dir, "jetstream"), "-a", "127.0.0.1", "-p", strconv.Itoa(port)},
	}
	if err := c.proc.start(); err != nil {
		return nil, err
	}
	if c.nc, err = bus.Connect(ctx, bus.ConnConfig{URL: c.url, Name: name, ConnectWait: 30 * time.Second}, slog.New(slog.DiscardHandler)); err != nil {
		c.proc.stop()
		return nil, err
	}
	if c.js, err = bus.JetStream(c.nc); err != nil {
		c.close()
		return nil, fmt.Errorf("opening JetStream: %w", err)
	}
	if err := bus.Provision(ctx, c.js, bus.DefaultStreamOptions()); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *natsCluster) close() {
	c.nc.Close()
	c.proc.stop()
}
