package deploy

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

const chart = "helm/newsflow"

// kubeVersion is the cluster version helm template renders for (helm built
// from source assumes an old default that the chart's kubeVersion refuses).
const kubeVersion = "1.31.0"

// helm runs the pinned helm (tools/helm) with args: $NEWSFLOW_HELM when set
// (.ci/run builds it once), else `go tool helm`, which compiles it on its
// first run (minutes) and then comes from the build cache.
func helm(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 15*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", append([]string{"tool", "helm"}, args...)...)
	if bin := os.Getenv("NEWSFLOW_HELM"); bin != "" {
		cmd = exec.CommandContext(ctx, bin, args...)
	}
	cmd.Dir = filepath.Join(root, "tools", "helm")
	cmd.Env = append(os.Environ(), "GOWORK=off", "HELM_CACHE_HOME="+t.TempDir(), "HELM_CONFIG_HOME="+t.TempDir(), "HELM_DATA_HOME="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

// helmTemplate renders the chart with values (a YAML document) and decodes
// every manifest strictly, as the kustomize overlays are.
func helmTemplate(t *testing.T, values string) rendered {
	t.Helper()
	abs, err := filepath.Abs(chart)
	if err != nil {
		t.Fatal(err)
	}
	vf := filepath.Join(t.TempDir(), "values.yaml")
	if err := os.WriteFile(vf, []byte(values), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := helm(t, "template", "newsflow", abs, "--namespace", "newsflow", "--kube-version", kubeVersion, "-f", vf)
	if err != nil {
		t.Fatalf("helm template: %v\n%s", err, errOut)
	}
	r := rendered{Target: "helm " + chart}
	for doc := range strings.SplitSeq(out, "\n---\n") {
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(doc), "---")) == "" || isComments(doc) {
			continue
		}
		js, err := yaml.YAMLToJSON([]byte(doc))
		if err != nil {
			t.Fatalf("manifest is not YAML: %v\n%s", err, doc)
		}
		o, err := decodeStrict(js)
		if err != nil {
			t.Fatal(err)
		}
		r.Objects = append(r.Objects, o)
	}
	return r
}

func isComments(doc string) bool {
	for l := range strings.SplitSeq(doc, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "---" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

func TestHelmChartDefaults(t *testing.T) {
	r := helmTemplate(t, "")
	for _, o := range r.Objects {
		if _, crd := crdTypes[o.GVK]; crd {
			t.Errorf("%s: the default chart must install on a bare cluster, without CRDs", o)
		}
	}
	for _, svc := range services {
		d := deployment(t, r, svc)
		c := container(t, d)
		checkContainer(t, *c)
		if d.Spec.Replicas == nil || *d.Spec.Replicas != 1 {
			t.Errorf("%s: replicas %v, want 1", svc, d.Spec.Replicas)
		}
		if !selects(d.Spec.Selector, d.Spec.Template.Labels) {
			t.Errorf("%s: selector does not match the pods", svc)
		}
		env := commonEnv(t, r, c)
		if env["NATS_URL"] != "nats://nats:4222" {
			t.Errorf("%s: common env %v", svc, env)
		}
		if _, ok := envValue(c, "NATS_CREDS"); ok {
			t.Errorf("%s: NATS_CREDS set without a credentials Secret", svc)
		}
		// Least privilege by default: the service's own nkey, its own
		// inbox, no stream provisioning, and only its own seed mounted.
		for k, want := range map[string]string{"NATS_NKEY": "/etc/newsflow/nkey/seed.nk", "NATS_INBOX_PREFIX": "_INBOX_" + svc, "NEWSFLOW_PROVISION": "false"} {
			if e, _ := envValue(c, k); e.Value != want {
				t.Errorf("%s: %s = %+v, want %q", svc, k, e, want)
			}
		}
		var seed string
		for _, v := range d.Spec.Template.Spec.Volumes {
			if v.Name == "nats-nkey" && v.Secret != nil {
				seed = v.Secret.SecretName
			}
		}
		if seed != "newsflow-nats-"+svc {
			t.Errorf("%s: nkey seed from Secret %q, want its own newsflow-nats-%s", svc, seed, svc)
		}
		if s, _ := r.find("Service", svc).(*corev1.Service); s == nil {
			t.Errorf("no Service %s", svc)
		}
	}
	sink := container(t, deployment(t, r, "sink"))
	if e, _ := envValue(sink, "NEWSFLOW_SINK_DSN"); e.Value != "sqlite:///var/lib/newsflow/newsflow.db" {
		t.Errorf("sink DSN %+v, want SQLite on its volume", e)
	}
	if e, _ := envValue(sink, "NEWSFLOW_API_KEYS_FILE"); e.Value != "/etc/newsflow/api-keys" {
		t.Errorf("sink API keys file %+v: the API listens beyond loopback and needs keys", e)
	}
	if _, ok := envValue(sink, "NEWSFLOW_API_ALLOW_ANONYMOUS"); ok {
		t.Error("the default chart serves the API anonymously")
	}
	fetcher := container(t, deployment(t, r, "fetcher"))
	if e, _ := envValue(fetcher, "NEWSFLOW_FEEDS_FILE"); e.Value != "/etc/newsflow/feeds/feeds.yaml" {
		t.Errorf("fetcher feeds file %+v", e)
	}
	if cm, _ := r.find("ConfigMap", "newsflow-feeds").(*corev1.ConfigMap); cm == nil || !strings.Contains(cm.Data["feeds.yaml"], "feeds:") {
		t.Error("no feeds ConfigMap with feeds.yaml")
	}
}

func TestHelmChartProduction(t *testing.T) {
	r := helmTemplate(t, `
nats:
  url: nats://nats-0.nats:4222,nats://nats-1.nats:4222
  credentialsSecret: newsflow-nats
postgres:
  dsnSecret: newsflow-postgres
sink:
  replicas: 2
fetcher:
  replicas: 3
  resources:
    requests: {cpu: 200m, memory: 128Mi}
    limits: {cpu: "2", memory: 384Mi}
common:
  streamReplicas: 3
  provision: false
keda:
  enabled: true
  maxReplicas: 20
serviceMonitor:
  enabled: true
  labels: {release: kube-prometheus-stack}
image:
  tag: v1.2.3
  digests: {sink: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
`)
	for _, svc := range services {
		d := deployment(t, r, svc)
		c := container(t, d)
		checkContainer(t, *c)
		env := commonEnv(t, r, c)
		if env["NATS_URL"] != "nats://nats-0.nats:4222,nats://nats-1.nats:4222" || env["NEWSFLOW_STREAM_REPLICAS"] != "3" || env["NEWSFLOW_PROVISION"] != "false" {
			t.Errorf("%s: common env %v", svc, env)
		}
		creds, ok := envValue(c, "NATS_CREDS")
		if !ok || !strings.HasPrefix(creds.Value, "/etc/newsflow/nats/") {
			t.Errorf("%s: NATS_CREDS %+v", svc, creds)
		}
		mounted := false
		for _, v := range d.Spec.Template.Spec.Volumes {
			mounted = mounted || (v.Secret != nil && v.Secret.SecretName == "newsflow-nats")
		}
		if !mounted {
			t.Errorf("%s: the NATS credentials Secret is not mounted", svc)
		}
		sm, _ := r.find("ServiceMonitor", svc).(*ServiceMonitor)
		s, _ := r.find("Service", svc).(*corev1.Service)
		if sm == nil || s == nil || !selects(&sm.Spec.Selector, s.Labels) || sm.Labels["release"] != "kube-prometheus-stack" {
			t.Errorf("%s: no labelled ServiceMonitor selecting its Service", svc)
		}
		if !strings.Contains(c.Image, ":v1.2.3") {
			t.Errorf("%s: image %s, want tag v1.2.3", svc, c.Image)
		}
	}
	if d := deployment(t, r, "fetcher"); *d.Spec.Replicas != 3 || container(t, d).Resources.Limits.Memory().String() != "384Mi" {
		t.Errorf("fetcher replicas %d, resources %v", *d.Spec.Replicas, container(t, d).Resources)
	}
	sink := deployment(t, r, "sink")
	if *sink.Spec.Replicas != 2 {
		t.Errorf("sink replicas %d, want 2", *sink.Spec.Replicas)
	}
	sc := container(t, sink)
	if e, _ := envValue(sc, "NEWSFLOW_SINK_DSN"); e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil || e.ValueFrom.SecretKeyRef.Name != "newsflow-postgres" || e.ValueFrom.SecretKeyRef.Key != "dsn" {
		t.Errorf("sink DSN %+v, want the Secret newsflow-postgres/dsn", e)
	}
	if !strings.HasSuffix(sc.Image, ":v1.2.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") {
		t.Errorf("sink image %s is not pinned to its digest", sc.Image)
	}
	for stage, stream := range map[string]string{"extractor": "NEWS_RAW", "classifier": "NEWS_ARTICLES"} {
		so, _ := r.find("ScaledObject", stage).(*ScaledObject)
		if so == nil {
			t.Errorf("no ScaledObject %s", stage)
			continue
		}
		tr := so.Spec.Triggers[0]
		if so.Spec.ScaleTargetRef.Name != stage || tr.Type != "nats-jetstream" || tr.Metadata["stream"] != stream || tr.Metadata["consumer"] != stage || *so.Spec.MaxReplicaCount != 20 {
			t.Errorf("ScaledObject %s: %+v", stage, so.Spec)
		}
		if d := deployment(t, r, stage); d.Spec.Replicas != nil {
			t.Errorf("%s: replicas %d fixed while KEDA scales it", stage, *d.Spec.Replicas)
		}
	}
}

func TestHelmChartRefusesReplicatedSQLite(t *testing.T) {
	abs, err := filepath.Abs(chart)
	if err != nil {
		t.Fatal(err)
	}
	_, errOut, err := helm(t, "template", "newsflow", abs, "--kube-version", kubeVersion, "--set", "sink.replicas=2")
	if err == nil || !strings.Contains(errOut, "needs postgres.dsnSecret") {
		t.Errorf("two SQLite sinks rendered (err %v): %s", err, errOut)
	}
}

func TestHelmLint(t *testing.T) {
	abs, err := filepath.Abs(chart)
	if err != nil {
		t.Fatal(err)
	}
	if out, errOut, err := helm(t, "lint", "--strict", abs); err != nil {
		t.Errorf("helm lint: %v\n%s%s", err, out, errOut)
	}
}
