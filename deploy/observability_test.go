package deploy

import (
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

var promql = parser.NewParser(parser.Options{})

// grafanaVars replaces the dashboard's template variables with values
// PromQL accepts.
var grafanaVars = strings.NewReplacer("$__rate_interval", "5m", "$__interval", "1m", "$namespace", ".*")

type panel struct {
	ID      int     `json:"id"`
	Type    string  `json:"type"`
	Title   string  `json:"title"`
	Panels  []panel `json:"panels"`
	Targets []struct {
		Expr string `json:"expr"`
	} `json:"targets"`
}

func TestDashboard(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("observability", "grafana-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		UID    string  `json:"uid"`
		Title  string  `json:"title"`
		Panels []panel `json:"panels"`
	}
	if err := json.Unmarshal(data, &dash); err != nil {
		t.Fatalf("dashboard JSON: %v", err)
	}
	if dash.UID == "" || dash.Title == "" {
		t.Error("dashboard has no uid or title")
	}
	var all []panel
	for _, p := range dash.Panels {
		all = append(all, p)
		all = append(all, p.Panels...)
	}
	ids := map[int]bool{}
	var exprs []string
	for _, p := range all {
		if ids[p.ID] {
			t.Errorf("panel id %d used twice", p.ID)
		}
		ids[p.ID] = true
		if p.Type == "row" {
			continue
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			if !strings.Contains(tg.Expr, "newsflow_") {
				t.Errorf("panel %q: query %q reads no newsflow_ metric", p.Title, tg.Expr)
			}
			if _, err := promql.ParseExpr(grafanaVars.Replace(tg.Expr)); err != nil {
				t.Errorf("panel %q: %q: %v", p.Title, tg.Expr, err)
			}
			exprs = append(exprs, tg.Expr)
		}
	}
	joined := strings.Join(exprs, "\n")
	for _, m := range []string{
		"newsflow_messages_processed_total", "newsflow_stage_duration_seconds_bucket",
		"newsflow_consumer_pending", "newsflow_consumer_ack_pending", `outcome!="ok",outcome!="retry"`,
		"newsflow_fetch_errors_total", "newsflow_feed_consecutive_failures", "newsflow_feed_last_success_timestamp_seconds",
	} {
		if !strings.Contains(joined, m) {
			t.Errorf("no panel shows %s", m)
		}
	}
}

func TestAlertRules(t *testing.T) {
	r := render(t, "observability")
	runbook, err := os.ReadFile("RUNBOOK.md")
	if err != nil {
		t.Fatal(err)
	}
	runbookAnchors := map[string]bool{}
	for l := range strings.SplitSeq(string(runbook), "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			runbookAnchors[strings.ToLower(strings.TrimSpace(h))] = true
		}
	}
	rules := kindsOf[*PrometheusRule](r)
	if len(rules) != 1 {
		t.Fatalf("%d PrometheusRules, want 1", len(rules))
	}
	// rulefmt is what Prometheus (and promtool check rules) runs: PromQL,
	// durations, label names and annotation templates.
	content, err := yaml.Marshal(struct {
		Groups []RuleGroup `json:"groups"`
	}{rules[0].Spec.Groups})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := rulefmt.Parse(content, false, model.UTF8Validation, promql, slog.New(slog.DiscardHandler))
	for _, err := range errs {
		t.Error(err)
	}
	alerts := map[string]Rule{}
	for _, g := range rules[0].Spec.Groups {
		for _, rule := range g.Rules {
			alerts[rule.Alert] = rule
			if rule.Labels["severity"] == "" || rule.Annotations["summary"] == "" || rule.Annotations["description"] == "" {
				t.Errorf("alert %s needs a severity label, a summary and a description", rule.Alert)
			}
			// The runbook link lands on a section of deploy/RUNBOOK.md that
			// names the alert (GitHub's anchor: the heading, lower-cased).
			anchor, ok := strings.CutPrefix(rule.Annotations["runbook_url"], "https://github.com/newsflow/newsflow/blob/main/deploy/RUNBOOK.md#")
			if !ok || !runbookAnchors[anchor] || anchor != strings.ToLower(rule.Alert) {
				t.Errorf("alert %s: runbook_url %q does not point at its section of RUNBOOK.md", rule.Alert, rule.Annotations["runbook_url"])
			}
		}
	}
	for name, must := range map[string]string{
		"NewsflowConsumerLagGrowing": "newsflow_consumer_pending",
		"NewsflowDeadLetters":        `outcome!="ok"`,
		"NewsflowFeedFailing":        "newsflow_feed_consecutive_failures",
		"NewsflowNoArticlesStored":   `rate(newsflow_messages_processed_total{stage="sink", outcome="ok"}[15m])`,
	} {
		rule, ok := alerts[name]
		if !ok {
			t.Errorf("no alert %s", name)
		} else if !strings.Contains(rule.Expr, must) {
			t.Errorf("alert %s: %q does not use %s", name, rule.Expr, must)
		}
	}
}

// TestOTelCollector checks the collector configuration and that the
// services' OTEL_EXPORTER_OTLP_ENDPOINT reaches it.
func TestOTelCollector(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("observability", "otel-collector.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Extensions map[string]any `json:"extensions"`
		Receivers  map[string]struct {
			Protocols map[string]struct {
				Endpoint string `json:"endpoint"`
			} `json:"protocols"`
		} `json:"receivers"`
		Processors map[string]any `json:"processors"`
		Exporters  map[string]any `json:"exporters"`
		Service    struct {
			Extensions []string `json:"extensions"`
			Pipelines  map[string]struct {
				Receivers  []string `json:"receivers"`
				Processors []string `json:"processors"`
				Exporters  []string `json:"exporters"`
			} `json:"pipelines"`
			Telemetry map[string]any `json:"telemetry"`
		} `json:"service"`
	}
	if err := yaml.UnmarshalStrict(data, &cfg); err != nil {
		t.Fatal(err)
	}
	otlp, ok := cfg.Receivers["otlp"]
	if !ok {
		t.Fatal("no otlp receiver")
	}
	for proto, port := range map[string]string{"grpc": "4317", "http": "4318"} {
		ep := otlp.Protocols[proto].Endpoint
		if i := strings.LastIndex(ep, ":"); i < 0 || ep[i+1:] != port {
			t.Errorf("otlp %s receiver listens on %q, want port %s", proto, otlp.Protocols[proto].Endpoint, port)
		}
	}
	traces, ok := cfg.Service.Pipelines["traces"]
	if !ok {
		t.Fatal("no traces pipeline")
	}
	if !slices.Contains(traces.Receivers, "otlp") || !slices.Contains(traces.Exporters, "otlp") || !slices.Contains(traces.Exporters, "debug") {
		t.Errorf("traces pipeline %+v does not take OTLP to the otlp and debug exporters", traces)
	}
	for name, p := range cfg.Service.Pipelines {
		for _, ref := range p.Receivers {
			if _, ok := cfg.Receivers[ref]; !ok {
				t.Errorf("pipeline %s: receiver %s is not defined", name, ref)
			}
		}
		for _, ref := range p.Processors {
			if _, ok := cfg.Processors[ref]; !ok {
				t.Errorf("pipeline %s: processor %s is not defined", name, ref)
			}
		}
		for _, ref := range p.Exporters {
			if _, ok := cfg.Exporters[ref]; !ok {
				t.Errorf("pipeline %s: exporter %s is not defined", name, ref)
			}
		}
	}
	for _, ref := range cfg.Service.Extensions {
		if _, ok := cfg.Extensions[ref]; !ok {
			t.Errorf("extension %s is not defined", ref)
		}
	}

	// The services' endpoint names the collector's Service and its OTLP/HTTP port.
	obs := render(t, "observability")
	svc, _ := obs.find("Service", "otel-collector").(*corev1.Service)
	if svc == nil {
		t.Fatal("no otel-collector Service")
	}
	want := "http://" + svc.Name + "." + svc.Namespace + ".svc.cluster.local:4318"
	if !slices.ContainsFunc(svc.Spec.Ports, func(p corev1.ServicePort) bool { return p.Port == 4318 }) {
		t.Error("the otel-collector Service does not expose 4318")
	}
	for _, target := range newsflowTargets() {
		r := render(t, target)
		for _, name := range services {
			if got := commonEnv(t, r, container(t, deployment(t, r, name)))["OTEL_EXPORTER_OTLP_ENDPOINT"]; got != want {
				t.Errorf("%s/%s: OTEL_EXPORTER_OTLP_ENDPOINT=%q, want %q", target, name, got, want)
			}
		}
	}
}

// TestNATSValues checks the Helm values files for the official NATS chart.
func TestNATSValues(t *testing.T) {
	for file, replicas := range map[string]int{"values-production.yaml": 3, "values-dev.yaml": 1} {
		data, err := os.ReadFile(filepath.Join("k8s", "nats", file))
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			Config struct {
				Cluster struct {
					Enabled  bool `json:"enabled"`
					Replicas int  `json:"replicas"`
				} `json:"cluster"`
				JetStream struct {
					Enabled   bool `json:"enabled"`
					FileStore struct {
						Enabled bool `json:"enabled"`
						PVC     struct {
							Enabled bool   `json:"enabled"`
							Size    string `json:"size"`
						} `json:"pvc"`
					} `json:"fileStore"`
				} `json:"jetstream"`
				Monitor struct {
					Enabled bool `json:"enabled"`
					Port    int  `json:"port"`
				} `json:"monitor"`
			} `json:"config"`
		}
		if err := yaml.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		got := 1
		if v.Config.Cluster.Enabled {
			got = v.Config.Cluster.Replicas
		}
		if got != replicas {
			t.Errorf("%s: %d servers, want %d", file, got, replicas)
		}
		if !v.Config.JetStream.Enabled || !v.Config.JetStream.FileStore.Enabled || !v.Config.JetStream.FileStore.PVC.Enabled {
			t.Errorf("%s: JetStream with file storage on a PVC is not enabled", file)
		}
		if !v.Config.Monitor.Enabled {
			t.Errorf("%s: the monitoring port (KEDA's source of lag) is off", file)
		}
	}
}
