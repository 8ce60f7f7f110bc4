package loadtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsflow/newsflow/plumbing/bus"
)

// TestNATSClusterKeepsItsStreams starts the chaos bench's three-node
// cluster with per-service users, checks that the streams are R3, kills a
// node, publishes through the other two, and brings the node back.
func TestNATSClusterKeepsItsStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("builds nats-server; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	repo, err := findRepo(wd)
	if err != nil {
		t.Fatal(err)
	}
	bin, dir := t.TempDir(), t.TempDir()
	build := exec.CommandContext(ctx, "go", "build", "-o", bin+string(filepath.Separator), "github.com/nats-io/nats-server/v2")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building nats-server: %v\n%s", err, out)
	}
	set := newProcSet(nil)
	defer set.end(10 * time.Second)
	c, err := startNATSNodes(ctx, bin, dir, "cluster-test", set, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	s, err := c.js.Stream(ctx, bus.StreamRaw)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Config.Replicas != 3 {
		t.Errorf("NEWS_RAW has %d replicas, want 3", info.Config.Replicas)
	}
	if err := c.procs[1].signal(syscall.SIGKILL, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	pctx, pcancel := context.WithTimeout(ctx, 30*time.Second)
	defer pcancel()
	// Retried with the same message id, as bus.Publisher does, while the
	// streams whose leader was on the dead node elect another.
	var ack *jetstream.PubAck
	for {
		actx, acancel := context.WithTimeout(pctx, 2*time.Second)
		ack, err = c.js.Publish(actx, "news.raw.cluster", []byte("x"), jetstream.WithMsgID("cluster-test-1"))
		acancel()
		if err == nil || pctx.Err() != nil {
			break
		}
		select { // an immediate "no responders" is not retried in a spin
		case <-time.After(100 * time.Millisecond):
		case <-pctx.Done():
		}
	}
	if err != nil {
		t.Fatalf("publishing with one node down: %v", err)
	}
	if ack.Stream != bus.StreamRaw {
		t.Errorf("stored in %s", ack.Stream)
	}
	if err := c.procs[1].start(); err != nil {
		t.Fatal(err)
	}
}
