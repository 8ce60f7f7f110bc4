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
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/embedded"
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

// natsCluster is one nats-server process, or a JetStream cluster of
// several on loopback, with the streams provisioned and a connection to
// it as the admin.
type natsCluster struct {
	// procs are the nodes; proc is the first.
	procs []*proc
	proc  *proc
	// url is every node's client URL, comma-separated (what NATS_URL and
	// nats.Connect take).
	url string
	nc  *nats.Conn
	js  jetstream.JetStream
	// ids are the per-service nkey users the server admits (seeds in
	// dir/nats-creds), and the admin the harness connects as.
	ids map[string]embedded.Identity
	// replicas is the streams' and KV buckets' replication: the node count.
	replicas int
}

// startNATS runs one nats-server from bin with its store in dir (see
// startNATSNodes).
func startNATS(ctx context.Context, bin, dir, name string, set *procSet) (*natsCluster, error) {
	return startNATSNodes(ctx, bin, dir, name, set, 1)
}

// startNATSNodes runs nodes nats-server processes from bin (a JetStream
// cluster when more than one, its streams and KV buckets replicated on
// every node), admitting only the per-service nkey users of
// plumbing/embedded (least privilege: each service may publish its own
// subjects, pull its own consumer and use its own KV buckets, and none may
// create a stream); it connects as the admin and provisions the streams.
// close stops everything.
func startNATSNodes(ctx context.Context, bin, dir, name string, set *procSet, nodes int) (*natsCluster, error) {
	c := &natsCluster{replicas: nodes}
	var err error
	if c.ids, err = embedded.LoadOrCreateIdentities(filepath.Join(dir, "nats-creds")); err != nil {
		return nil, err
	}
	auth, err := embedded.ServerConfig(c.ids, embedded.AuthConfig{}, false)
	if err != nil {
		return nil, err
	}
	ports, routePorts := make([]int, nodes), make([]int, nodes)
	routes := make([]string, nodes)
	urls := make([]string, nodes)
	for i := range nodes {
		if ports[i], err = freePort(); err != nil {
			return nil, err
		}
		if routePorts[i], err = freePort(); err != nil {
			return nil, err
		}
		routes[i] = fmt.Sprintf("%q", fmt.Sprintf("nats-route://127.0.0.1:%d", routePorts[i]))
		urls[i] = fmt.Sprintf("nats://127.0.0.1:%d", ports[i])
	}
	c.url = strings.Join(urls, ",")
	defer func() {
		if err != nil {
			for _, p := range c.procs {
				p.stop()
			}
		}
	}()
	for i := range nodes {
		conf := auth
		node, store := "nats-server", filepath.Join(dir, "jetstream")
		if nodes > 1 {
			node, store = fmt.Sprintf("nats-node-%d", i), filepath.Join(dir, fmt.Sprintf("jetstream-%d", i))
			conf = fmt.Sprintf("server_name: %s\ncluster {\n  name: %s\n  listen: \"127.0.0.1:%d\"\n  routes: [%s]\n}\n",
				node, name, routePorts[i], strings.Join(routes, ", ")) + conf
		}
		confFile := filepath.Join(dir, node+".conf")
		if err = os.WriteFile(confFile, []byte(conf), 0o600); err != nil {
			return nil, fmt.Errorf("writing the NATS server's configuration: %w", err)
		}
		p := &proc{
			name: node, path: filepath.Join(bin, "nats-server"), log: filepath.Join(dir, node+".log"), set: set,
			args: []string{"-c", confFile, "-js", "-sd", store, "-a", "127.0.0.1", "-p", strconv.Itoa(ports[i])},
		}
		if err = p.start(); err != nil {
			return nil, err
		}
		c.procs = append(c.procs, p)
	}
	c.proc = c.procs[0]
	admin := c.ids[embedded.RoleAdmin]
	if c.nc, err = bus.Connect(ctx, bus.ConnConfig{
		URL: c.url, Name: name, ConnectWait: 30 * time.Second,
		NKeyFile: admin.SeedFile, InboxPrefix: embedded.InboxPrefix(embedded.RoleAdmin),
	}, slog.New(slog.DiscardHandler)); err != nil {
		return nil, err
	}
	if c.js, err = bus.JetStream(c.nc); err != nil {
		c.nc.Close()
		return nil, fmt.Errorf("opening JetStream: %w", err)
	}
	opts := bus.DefaultStreamOptions()
	opts.Replicas = nodes
	// A new cluster answers "JetStream system temporarily unavailable"
	// until its nodes have elected a meta leader: retried for a minute.
	pctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		// Each attempt bounded: a request made before the leader exists
		// may get no answer at all.
		actx, acancel := context.WithTimeout(pctx, 5*time.Second)
		err = bus.Provision(actx, c.js, opts)
		acancel()
		if err == nil {
			break
		}
		select {
		case <-time.After(500 * time.Millisecond):
		case <-pctx.Done():
			c.nc.Close()
			err = fmt.Errorf("provisioning the streams: %w", err)
			return nil, err
		}
	}
	return c, nil
}

// serviceEnv is the environment that connects a service as its own NATS
// user: its seed, its inbox prefix, and no provisioning (its user may not
// create streams; the harness provisioned them as the admin).
func (c *natsCluster) serviceEnv(role string) []string {
	return []string{
		"NATS_NKEY=" + c.ids[role].SeedFile,
		"NATS_INBOX_PREFIX=" + embedded.InboxPrefix(role),
		"NEWSFLOW_PROVISION=false",
		"NEWSFLOW_STREAM_REPLICAS=" + strconv.Itoa(c.replicas),
	}
}

func (c *natsCluster) close() {
	c.nc.Close()
	for _, p := range c.procs {
		p.stop()
	}
}
