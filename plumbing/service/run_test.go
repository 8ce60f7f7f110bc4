package service

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/newsflow/newsflow/plumbing/bus"
	"github.com/newsflow/newsflow/plumbing/bus/bustest"
)

func get(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode
}

// TestRunLifecycle starts a service against a real JetStream server: it
// provisions the streams, answers /healthz and /readyz (not ready until the
// consumer exists), and on cancellation lets the work finish before
// returning.
func TestRunLifecycle(t *testing.T) {
	// Run provisions the streams itself.
	b := bustest.Start(t, bustest.WithoutProvision())
	env := map[string]string{"NATS_URL": b.URL, "NEWSFLOW_ADMIN_ADDR": "127.0.0.1:0", "NEWSFLOW_LOG_LEVEL": "error"}
	c, err := load(t, env)
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	addrc := make(chan string, 1)
	consumerMade, consumerEnsured := make(chan struct{}), make(chan struct{})
	workDone := make(chan struct{})
	spec := Spec{
		Name: "extractor", Version: "test",
		Ready: map[string]func(context.Context, Env) error{
			"consumer": func(ctx context.Context, e Env) error { return bus.Ready(ctx, e.JS, bus.StageExtractor) },
		},
		OnAdminListen: func(addr string) { addrc <- addr },
	}
	errc := make(chan error, 1)
	go func() {
		errc <- Run(ctx, spec, c, func(k string) string { return env[k] }, func(ctx context.Context, e Env) error {
			<-consumerMade
			if _, err := bus.EnsureConsumer(ctx, e.JS, bus.StageExtractor, bus.ConsumerOptions{}); err != nil {
				return err
			}
			close(consumerEnsured)
			<-ctx.Done()
			close(workDone)
			return nil
		})
	}()
	base := "http://" + <-addrc
	if code := get(t, base+"/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz = %d", code)
	}
	if code := get(t, base+"/readyz"); code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz before the consumer exists = %d, want 503", code)
	}
	close(consumerMade)
	bustest.WaitFor(t, "/readyz to answer 200", func() bool { return get(t, base+"/readyz") == http.StatusOK })
	if code := get(t, base+"/metrics"); code != http.StatusOK {
		t.Fatalf("/metrics = %d", code)
	}
	// The server may list the consumer (readiness) before its creation's
	// reply reaches the work: cancel only after the reply.
	select {
	case <-consumerEnsured:
	case err := <-errc:
		t.Fatalf("Run returned %v before the consumer was made", err)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("Run returned %v", err)
	}
	select {
	case <-workDone:
	default:
		t.Fatal("Run returned before the work finished")
	}
}

func TestRunRefusesBadConfig(t *testing.T) {
	// Run validates what it is given: here a concurrency of 0.
	c := DefaultCommon()
	c.Delivery.Concurrency = 0
	err := Run(t.Context(), Spec{Name: "x"}, c, func(string) string { return "" }, func(context.Context, Env) error {
		return errors.New("work must not start")
	})
	if err == nil || errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want a configuration error", err)
	}
}

// TestRunVersion: -version answers without connecting anywhere (the NATS
// URL here refuses connections) and without running the work.
func TestRunVersion(t *testing.T) {
	env := map[string]string{"NATS_URL": "nats://127.0.0.1:1"}
	c, err := load(t, env, "-version")
	if err != nil {
		t.Fatal(err)
	}
	ran := false
	err = Run(t.Context(), Spec{Name: "sink"}, c, func(k string) string { return env[k] }, func(context.Context, Env) error {
		ran = true
		return errors.New("the work ran")
	})
	if err != nil || ran {
		t.Errorf("Run -version = %v (work ran: %v)", err, ran)
	}
}
