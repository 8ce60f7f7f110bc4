package deploy

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"sigs.k8s.io/yaml"
)

var update = flag.Bool("update", false, "rewrite the taxonomy copy in k8s/base/config/taxonomy from services/classifier")

func TestOverlaysRenderAndDecodeStrictly(t *testing.T) {
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			r := render(t, target)
			if len(r.Objects) == 0 {
				t.Fatal("rendered nothing")
			}
			seen := map[string]bool{}
			for _, o := range r.Objects {
				m, err := meta.Accessor(o.Obj)
				if err != nil {
					t.Fatalf("%s: %v", o, err)
				}
				key := o.GVK.String() + "/" + m.GetNamespace() + "/" + m.GetName()
				if seen[key] {
					t.Errorf("%s rendered twice", o)
				}
				seen[key] = true
				if o.GVK.Kind != "Namespace" && m.GetNamespace() == "" {
					t.Errorf("%s has no namespace: it would land in whatever namespace kubectl points at", o)
				}
				if m.GetLabels()["app.kubernetes.io/part-of"] != "newsflow" {
					t.Errorf("%s lacks the label app.kubernetes.io/part-of=newsflow", o)
				}
			}
		})
	}
}

func TestStrictDecodingRejectsUnknownFields(t *testing.T) {
	for _, doc := range []string{
		`{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},"spec":{"replica":2}}`,
		`{"apiVersion":"v1","kind":"Service","metadata":{"name":"x"},"spec":{"ports":[{"port":1,"targetport":1}]}}`,
		`{"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"x"},"spec":{"scaleTargetRef":{"name":"x"},"triggers":[],"minReplicas":2}}`,
		`{"apiVersion":"jetstream.nats.io/v1beta2","kind":"Consumer","metadata":{"name":"x"},"spec":{"streamName":"S","durableName":"d","ackwait":"1s"}}`,
		`{"apiVersion":"monitoring.coreos.com/v1","kind":"ServiceMonitor","metadata":{"name":"x"},"spec":{"selector":{},"endpoints":[{"port":"a","intervall":"1s"}]}}`,
	} {
		if _, err := decodeStrict([]byte(doc)); err == nil {
			t.Errorf("decoded without error: %s", doc)
		}
	}
}

// workloads returns every pod template of a rendered target.
func workloads(r rendered) map[string]*corev1.PodTemplateSpec {
	out := map[string]*corev1.PodTemplateSpec{}
	for _, d := range kindsOf[*appsv1.Deployment](r) {
		out["Deployment/"+d.Name] = &d.Spec.Template
	}
	for _, s := range kindsOf[*appsv1.StatefulSet](r) {
		out["StatefulSet/"+s.Name] = &s.Spec.Template
	}
	for _, s := range kindsOf[*appsv1.DaemonSet](r) {
		out["DaemonSet/"+s.Name] = &s.Spec.Template
	}
	return out
}

var imageRef = regexp.MustCompile(`^[a-z0-9./_-]+(:[A-Za-z0-9._-]+)?(@sha256:[0-9a-f]{64})?$`)

// TestHardening enforces the security and operability baseline on every
// container of every workload of every target.
func TestHardening(t *testing.T) {
	for _, target := range targets {
		r := render(t, target)
		for name, tpl := range workloads(r) {
			t.Run(target+"/"+name, func(t *testing.T) {
				spec := tpl.Spec
				if spec.AutomountServiceAccountToken == nil || *spec.AutomountServiceAccountToken {
					t.Error("pod does not set automountServiceAccountToken: false")
				}
				if spec.ServiceAccountName == "" || spec.ServiceAccountName == "default" {
					t.Error("pod runs as the default service account")
				} else if sa, _ := r.find("ServiceAccount", spec.ServiceAccountName).(*corev1.ServiceAccount); sa == nil {
					t.Errorf("service account %q is not rendered", spec.ServiceAccountName)
				} else if sa.AutomountServiceAccountToken == nil || *sa.AutomountServiceAccountToken {
					t.Errorf("service account %q automounts its token", sa.Name)
				}
				if spec.HostNetwork || spec.HostPID || spec.HostIPC {
					t.Error("pod shares a host namespace")
				}
				for _, v := range spec.Volumes {
					if v.HostPath != nil {
						t.Errorf("volume %q is a hostPath", v.Name)
					}
				}
				psc := spec.SecurityContext
				if psc == nil {
					psc = &corev1.PodSecurityContext{}
				}
				if psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot {
					t.Error("pod securityContext.runAsNonRoot is not true")
				}
				if psc.SeccompProfile == nil || psc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
					t.Error("pod seccompProfile is not RuntimeDefault")
				}
				if spec.TerminationGracePeriodSeconds == nil {
					t.Error("terminationGracePeriodSeconds is not set")
				}
				for _, c := range append(slices.Clone(spec.InitContainers), spec.Containers...) {
					checkContainer(t, c)
				}
			})
		}
	}
}

func checkContainer(t *testing.T, c corev1.Container) {
	t.Helper()
	sc := c.SecurityContext
	if sc == nil {
		t.Errorf("container %s: no securityContext", c.Name)
		return
	}
	for _, f := range []struct {
		ok   bool
		what string
	}{
		{sc.RunAsNonRoot != nil && *sc.RunAsNonRoot, "runAsNonRoot: true"},
		{sc.ReadOnlyRootFilesystem != nil && *sc.ReadOnlyRootFilesystem, "readOnlyRootFilesystem: true"},
		{sc.AllowPrivilegeEscalation != nil && !*sc.AllowPrivilegeEscalation, "allowPrivilegeEscalation: false"},
		{sc.Privileged == nil || !*sc.Privileged, "not privileged"},
		{sc.Capabilities != nil && slices.Contains(sc.Capabilities.Drop, "ALL") && len(sc.Capabilities.Add) == 0, "capabilities drop ALL, add none"},
		{sc.SeccompProfile != nil && sc.SeccompProfile.Type == corev1.SeccompProfileTypeRuntimeDefault, "seccompProfile RuntimeDefault"},
	} {
		if !f.ok {
			t.Errorf("container %s: securityContext lacks %s", c.Name, f.what)
		}
	}
	for _, p := range []struct {
		name  string
		probe *corev1.Probe
	}{{"readiness", c.ReadinessProbe}, {"liveness", c.LivenessProbe}} {
		if p.probe == nil || p.probe.HTTPGet == nil {
			t.Errorf("container %s: no HTTP %s probe", c.Name, p.name)
		}
	}
	for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		if _, ok := c.Resources.Requests[res]; !ok {
			t.Errorf("container %s: no %s request", c.Name, res)
		}
		if _, ok := c.Resources.Limits[res]; !ok {
			t.Errorf("container %s: no %s limit", c.Name, res)
		}
	}
	if req, lim := c.Resources.Requests.Memory(), c.Resources.Limits.Memory(); req.Cmp(*lim) > 0 {
		t.Errorf("container %s: memory request %v above limit %v", c.Name, req, lim)
	}
	if !imageRef.MatchString(c.Image) || (!strings.Contains(c.Image, ":") && !strings.Contains(c.Image, "@")) ||
		strings.HasSuffix(c.Image, ":latest") {
		t.Errorf("container %s: image %q is not pinned to a tag or digest", c.Name, c.Image)
	}
}

func deployment(t *testing.T, r rendered, name string) *appsv1.Deployment {
	t.Helper()
	d, _ := r.find("Deployment", name).(*appsv1.Deployment)
	if d == nil {
		t.Fatalf("%s: no Deployment %s", r.Target, name)
	}
	return d
}

func container(t *testing.T, d *appsv1.Deployment) *corev1.Container {
	t.Helper()
	for i := range d.Spec.Template.Spec.Containers {
		if d.Spec.Template.Spec.Containers[i].Name == d.Name {
			return &d.Spec.Template.Spec.Containers[i]
		}
	}
	t.Fatalf("Deployment %s has no container %q", d.Name, d.Name)
	return nil
}

func envValue(c *corev1.Container, name string) (corev1.EnvVar, bool) {
	for _, e := range c.Env {
		if e.Name == name {
			return e, true
		}
	}
	return corev1.EnvVar{}, false
}

// commonEnv is the newsflow-common ConfigMap every service reads with envFrom.
func commonEnv(t *testing.T, r rendered, c *corev1.Container) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, ef := range c.EnvFrom {
		if ef.ConfigMapRef == nil {
			continue
		}
		cm, _ := r.find("ConfigMap", ef.ConfigMapRef.Name).(*corev1.ConfigMap)
		if cm == nil {
			t.Fatalf("%s: container %s reads missing ConfigMap %s", r.Target, c.Name, ef.ConfigMapRef.Name)
		}
		maps.Copy(out, cm.Data)
	}
	return out
}

func selects(sel *metav1.LabelSelector, lbls map[string]string) bool {
	s, err := metav1.LabelSelectorAsSelector(sel)
	return err == nil && !s.Empty() && s.Matches(labels.Set(lbls))
}

// TestServiceOperations checks what every newsflow service needs around
// its Deployment: probes on the admin port, a drain that fits the grace
// period, and its Service, ServiceAccount, PDB, NetworkPolicy and
// ServiceMonitor, all selecting its pods.
func TestServiceOperations(t *testing.T) {
	for _, target := range newsflowTargets() {
		r := render(t, target)
		for _, svc := range services {
			t.Run(target+"/"+svc, func(t *testing.T) {
				d := deployment(t, r, svc)
				pod := d.Spec.Template
				if !selects(d.Spec.Selector, pod.Labels) {
					t.Fatal("Deployment selector does not match its pod template")
				}
				c := container(t, d)

				admin := int32(0)
				for _, p := range c.Ports {
					if p.Name == "admin" {
						admin = p.ContainerPort
					}
				}
				if admin != 9090 {
					t.Errorf("admin port is %d, want 9090", admin)
				}
				for _, p := range []struct {
					probe *corev1.Probe
					path  string
				}{{c.ReadinessProbe, "/readyz"}, {c.LivenessProbe, "/healthz"}} {
					if p.probe == nil || p.probe.HTTPGet == nil || p.probe.HTTPGet.Path != p.path ||
						p.probe.HTTPGet.Port != intstr.FromString("admin") {
						t.Errorf("probe %+v, want GET %s on port admin", p.probe, p.path)
					}
				}

				e, ok := envValue(c, "NEWSFLOW_SHUTDOWN_TIMEOUT")
				if !ok || e.Value == "" {
					t.Fatal("NEWSFLOW_SHUTDOWN_TIMEOUT is not set explicitly on the container")
				}
				drain, err := time.ParseDuration(e.Value)
				if err != nil {
					t.Fatalf("NEWSFLOW_SHUTDOWN_TIMEOUT: %v", err)
				}
				grace := time.Duration(*pod.Spec.TerminationGracePeriodSeconds) * time.Second
				// The telemetry flush after the drain takes up to 5 s more.
				if grace < drain+5*time.Second {
					t.Errorf("terminationGracePeriodSeconds %v leaves no room after the %v drain", grace, drain)
				}

				env := commonEnv(t, r, c)
				for _, k := range []string{"NATS_URL", "OTEL_EXPORTER_OTLP_ENDPOINT", "NEWSFLOW_PROVISION", "NEWSFLOW_STREAM_REPLICAS"} {
					if env[k] == "" {
						t.Errorf("%s is not set", k)
					}
				}

				sa, _ := r.find("ServiceAccount", svc).(*corev1.ServiceAccount)
				if sa == nil || pod.Spec.ServiceAccountName != svc {
					t.Errorf("no ServiceAccount %s used by the pods", svc)
				}
				pdb, _ := r.find("PodDisruptionBudget", svc).(*policyv1.PodDisruptionBudget)
				if pdb == nil || !selects(pdb.Spec.Selector, pod.Labels) {
					t.Error("no PodDisruptionBudget selecting the pods")
				}
				np, _ := r.find("NetworkPolicy", svc).(*networkingv1.NetworkPolicy)
				if np == nil || !selects(&np.Spec.PodSelector, pod.Labels) {
					t.Error("no NetworkPolicy selecting the pods")
				} else if !slices.Contains(np.Spec.PolicyTypes, networkingv1.PolicyTypeEgress) ||
					!slices.Contains(np.Spec.PolicyTypes, networkingv1.PolicyTypeIngress) {
					t.Error("NetworkPolicy does not restrict both ingress and egress")
				}
				s, _ := r.find("Service", svc).(*corev1.Service)
				if s == nil || !labels.SelectorFromSet(s.Spec.Selector).Matches(labels.Set(pod.Labels)) || len(s.Spec.Selector) == 0 {
					t.Fatal("no Service selecting the pods")
				}
				sm, _ := r.find("ServiceMonitor", svc).(*ServiceMonitor)
				if target == "k8s/overlays/dev" {
					// dev applies to a bare cluster: no Prometheus Operator.
					if sm != nil {
						t.Error("dev renders a ServiceMonitor, which needs the Prometheus Operator's CRDs")
					}
					return
				}
				if sm == nil || !selects(&sm.Spec.Selector, s.Labels) {
					t.Fatal("no ServiceMonitor selecting the Service")
				}
				for _, ep := range sm.Spec.Endpoints {
					if ep.Path != "/metrics" || !slices.ContainsFunc(s.Spec.Ports, func(p corev1.ServicePort) bool {
						return p.Name == ep.Port && p.TargetPort == intstr.FromString("admin")
					}) {
						t.Errorf("ServiceMonitor endpoint %+v does not scrape /metrics on the admin port", ep)
					}
				}
			})
		}
	}
}

// TestDevOverlayNeedsNoCRDs: `kubectl apply -k overlays/dev` works on a
// bare cluster (kind, minikube) with nothing installed first.
func TestDevOverlayNeedsNoCRDs(t *testing.T) {
	r := render(t, "k8s/overlays/dev")
	for _, o := range r.Objects {
		if _, crd := crdTypes[o.GVK]; crd {
			t.Errorf("%s needs a CRD", o)
		}
		if o.GVK.Group != "" && o.GVK.Group != "apps" && o.GVK.Group != "policy" && o.GVK.Group != "networking.k8s.io" && o.GVK.Group != "autoscaling" {
			t.Errorf("%s is not a built-in kind", o)
		}
	}
}

func egressPorts(np *networkingv1.NetworkPolicy) map[int32]bool {
	out := map[int32]bool{}
	for _, rule := range np.Spec.Egress {
		for _, p := range rule.Ports {
			out[p.Port.IntVal] = true
		}
	}
	return out
}

func TestNetworkPolicies(t *testing.T) {
	private := []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8"}
	want := map[string][]int32{
		"fetcher":    {53, 4222, 4318, 80, 443},
		"extractor":  {53, 4222, 4318},
		"classifier": {53, 4222, 4318},
		"sink":       {53, 4222, 4318},
	}
	for _, target := range newsflowTargets() {
		r := render(t, target)
		for _, svc := range services {
			t.Run(target+"/"+svc, func(t *testing.T) {
				np := r.find("NetworkPolicy", svc).(*networkingv1.NetworkPolicy)
				allowed := slices.Clone(want[svc])
				if svc == "sink" && strings.Contains(target, "production") {
					allowed = append(allowed, 5432) // PostgreSQL
				}
				got := egressPorts(np)
				for _, p := range allowed {
					if !got[p] {
						t.Errorf("egress to port %d is not allowed", p)
					}
					delete(got, p)
				}
				if len(got) > 0 {
					t.Errorf("egress allows unexpected ports %v", got)
				}
				for _, rule := range np.Spec.Egress {
					if len(rule.Ports) == 0 {
						t.Errorf("egress rule %+v allows every port", rule)
					}
					for _, peer := range rule.To {
						if peer.IPBlock == nil {
							continue
						}
						if svc != "fetcher" {
							t.Errorf("%s must not reach ipBlocks: %+v", svc, peer.IPBlock)
							continue
						}
						if slices.ContainsFunc(rule.Ports, func(p networkingv1.NetworkPolicyPort) bool {
							return p.Port.IntVal != 80 && p.Port.IntVal != 443
						}) {
							t.Errorf("internet egress allows more than 80/443: %+v", rule.Ports)
						}
						pfx := netip.MustParsePrefix(peer.IPBlock.CIDR)
						if pfx.Addr().Is4() {
							for _, p := range private {
								if !slices.Contains(peer.IPBlock.Except, p) {
									t.Errorf("internet egress does not exclude %s", p)
								}
							}
						}
						for _, e := range peer.IPBlock.Except {
							if ex := netip.MustParsePrefix(e); !pfx.Overlaps(ex) || ex.Bits() < pfx.Bits() {
								t.Errorf("except %s is not inside %s", e, pfx)
							}
						}
					}
				}
				if svc == "sink" {
					if !slices.ContainsFunc(np.Spec.Ingress, func(rule networkingv1.NetworkPolicyIngressRule) bool {
						return slices.ContainsFunc(rule.Ports, func(p networkingv1.NetworkPolicyPort) bool { return p.Port.StrVal == "api" })
					}) {
						t.Error("the query API (8080) is not reachable")
					}
				}
			})
		}
	}
}

// autoscalers maps a Deployment name to what scales it.
func autoscalers(r rendered) map[string][]string {
	out := map[string][]string{}
	for _, so := range kindsOf[*ScaledObject](r) {
		out[so.Spec.ScaleTargetRef.Name] = append(out[so.Spec.ScaleTargetRef.Name], "ScaledObject/"+so.Name)
	}
	for _, h := range kindsOf[*autoscalingv2.HorizontalPodAutoscaler](r) {
		out[h.Spec.ScaleTargetRef.Name] = append(out[h.Spec.ScaleTargetRef.Name], "HorizontalPodAutoscaler/"+h.Name)
	}
	return out
}

func TestReplicasAndAutoscaling(t *testing.T) {
	t.Run("dev", func(t *testing.T) {
		r := render(t, "k8s/overlays/dev")
		for _, svc := range services {
			if d := deployment(t, r, svc); d.Spec.Replicas == nil || *d.Spec.Replicas != 1 {
				t.Errorf("%s: replicas %v, want 1", svc, d.Spec.Replicas)
			}
		}
		if a := autoscalers(r); len(a) > 0 {
			t.Errorf("dev has autoscalers: %v", a)
		}
	})
	for _, target := range []string{"k8s/overlays/production", "k8s/overlays/production-hpa"} {
		t.Run(target, func(t *testing.T) {
			r := render(t, target)
			scaled := autoscalers(r)
			for name, by := range scaled {
				if len(by) > 1 {
					t.Errorf("%s is scaled by %v: a ScaledObject and an HPA on one Deployment fight", name, by)
				}
			}
			for _, svc := range services {
				d := deployment(t, r, svc)
				switch {
				case svc == "extractor" || svc == "classifier":
					if len(scaled[svc]) != 1 {
						t.Errorf("%s is not autoscaled", svc)
					}
					if d.Spec.Replicas != nil {
						t.Errorf("%s sets replicas %d although its autoscaler owns the count", svc, *d.Spec.Replicas)
					}
				case d.Spec.Replicas == nil || *d.Spec.Replicas < 2:
					t.Errorf("%s: replicas %v, want at least 2", svc, d.Spec.Replicas)
				}
			}
			for _, so := range kindsOf[*ScaledObject](r) {
				stream := map[string]string{"extractor": "NEWS_RAW", "classifier": "NEWS_ARTICLES"}[so.Spec.ScaleTargetRef.Name]
				if so.Spec.MinReplicaCount == nil || *so.Spec.MinReplicaCount < 2 {
					t.Errorf("ScaledObject %s: minReplicaCount below 2", so.Name)
				}
				if len(so.Spec.Triggers) != 1 || so.Spec.Triggers[0].Type != "nats-jetstream" {
					t.Fatalf("ScaledObject %s: want one nats-jetstream trigger, have %+v", so.Name, so.Spec.Triggers)
				}
				md := so.Spec.Triggers[0].Metadata
				if md["stream"] != stream || md["consumer"] != so.Spec.ScaleTargetRef.Name || md["lagThreshold"] == "" ||
					!strings.HasSuffix(md["natsServerMonitoringEndpoint"], ":8222") {
					t.Errorf("ScaledObject %s: trigger metadata %v", so.Name, md)
				}
			}
			for _, h := range kindsOf[*autoscalingv2.HorizontalPodAutoscaler](r) {
				if h.Spec.MinReplicas == nil || *h.Spec.MinReplicas < 2 {
					t.Errorf("HPA %s: minReplicas below 2", h.Name)
				}
				if len(h.Spec.Metrics) == 0 || h.Spec.Metrics[0].Resource == nil || h.Spec.Metrics[0].Resource.Name != corev1.ResourceCPU {
					t.Errorf("HPA %s does not scale on CPU", h.Name)
				}
			}
		})
	}
	if n := len(kindsOf[*ScaledObject](render(t, "k8s/overlays/production"))); n != 2 {
		t.Errorf("production has %d ScaledObjects, want 2 (extractor, classifier)", n)
	}
	if n := len(kindsOf[*autoscalingv2.HorizontalPodAutoscaler](render(t, "k8s/overlays/production-hpa"))); n != 2 {
		t.Errorf("production-hpa has %d HPAs, want 2 (extractor, classifier)", n)
	}
}

func TestSinkStorage(t *testing.T) {
	t.Run("dev uses SQLite on a writable volume", func(t *testing.T) {
		r := render(t, "k8s/overlays/dev")
		d := deployment(t, r, "sink")
		c := container(t, d)
		e, _ := envValue(c, "NEWSFLOW_SINK_DSN")
		path, ok := strings.CutPrefix(e.Value, "sqlite://")
		if !ok {
			t.Fatalf("NEWSFLOW_SINK_DSN = %q, want sqlite://…", e.Value)
		}
		if !slices.ContainsFunc(c.VolumeMounts, func(m corev1.VolumeMount) bool {
			return !m.ReadOnly && strings.HasPrefix(filepath.Dir(path)+"/", strings.TrimSuffix(m.MountPath, "/")+"/")
		}) {
			t.Errorf("the database directory %s is not on a writable volume (the root filesystem is read-only)", filepath.Dir(path))
		}
	})
	for _, target := range []string{"k8s/overlays/production", "k8s/overlays/production-hpa"} {
		t.Run(target+" uses PostgreSQL from a Secret", func(t *testing.T) {
			r := render(t, target)
			d := deployment(t, r, "sink")
			c := container(t, d)
			e, _ := envValue(c, "NEWSFLOW_SINK_DSN")
			if e.Value != "" || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil ||
				e.ValueFrom.SecretKeyRef.Name != "newsflow-postgres" || e.ValueFrom.SecretKeyRef.Key != "dsn" {
				t.Errorf("NEWSFLOW_SINK_DSN = %+v, want only valueFrom secretKeyRef newsflow-postgres/dsn", e)
			}
			for _, v := range d.Spec.Template.Spec.Volumes {
				if v.Name == "data" {
					t.Error("the SQLite volume is still mounted")
				}
			}
		})
	}
}

func TestProvisioningMode(t *testing.T) {
	for target, want := range map[string]map[string]string{
		"k8s/overlays/dev":            {"NEWSFLOW_PROVISION": "true", "NEWSFLOW_STREAM_REPLICAS": "1"},
		"k8s/overlays/production":     {"NEWSFLOW_PROVISION": "false", "NEWSFLOW_STREAM_REPLICAS": "3"},
		"k8s/overlays/production-hpa": {"NEWSFLOW_PROVISION": "false", "NEWSFLOW_STREAM_REPLICAS": "3"},
	} {
		r := render(t, target)
		for _, svc := range services {
			env := commonEnv(t, r, container(t, deployment(t, r, svc)))
			for k, v := range want {
				if env[k] != v {
					t.Errorf("%s/%s: %s=%q, want %q", target, svc, k, env[k], v)
				}
			}
		}
		if nack := len(kindsOf[*Stream](r)); (want["NEWSFLOW_PROVISION"] == "false") != (nack > 0) {
			t.Errorf("%s: NEWSFLOW_PROVISION=%s with %d NACK streams: exactly one of them must create the streams",
				target, want["NEWSFLOW_PROVISION"], nack)
		}
	}
}

// TestNACKMatchesTopology checks the NACK streams and consumers against the
// public subject API (README "Subjects and streams") and against what the
// services create themselves (plumbing/bus StreamConfigs and StageConsumer):
// a differing consumer would be rewritten at every service start.
func TestNACKMatchesTopology(t *testing.T) {
	r := render(t, "k8s/overlays/production")
	wantStreams := map[string][]string{
		"NEWS_RAW":      {"news.raw.>"},
		"NEWS_ARTICLES": {"news.articles.>"},
		"NEWS_TAGGED":   {"news.tagged.>", "news.actor.>", "news.topic.>"},
		"NEWS_DLQ":      {"news.dlq.>"},
	}
	streams := kindsOf[*Stream](r)
	if len(streams) != len(wantStreams) {
		t.Errorf("%d streams, want %d", len(streams), len(wantStreams))
	}
	for _, s := range streams {
		sp := s.Spec
		if !slices.Equal(sp.Subjects, wantStreams[sp.Name]) {
			t.Errorf("stream %s subjects %v, want %v", sp.Name, sp.Subjects, wantStreams[sp.Name])
		}
		if sp.Retention != "limits" || sp.Storage != "file" || sp.Replicas != 3 || sp.Discard != "old" ||
			sp.MaxAge.Duration != 168*time.Hour || sp.DuplicateWindow.Duration != 2*time.Hour {
			t.Errorf("stream %s: %+v", sp.Name, sp)
		}
	}
	env := commonEnv(t, r, container(t, deployment(t, r, "extractor")))
	wantConsumers := map[string][2]string{
		"extractor":  {"NEWS_RAW", "news.raw.>"},
		"classifier": {"NEWS_ARTICLES", "news.articles.>"},
		"sink":       {"NEWS_TAGGED", "news.tagged.>"},
	}
	consumers := kindsOf[*Consumer](r)
	if len(consumers) != len(wantConsumers) {
		t.Errorf("%d consumers, want %d", len(consumers), len(wantConsumers))
	}
	for _, c := range consumers {
		sp := c.Spec
		w, ok := wantConsumers[sp.DurableName]
		if !ok {
			t.Errorf("unexpected consumer %s", sp.DurableName)
			continue
		}
		if sp.StreamName != w[0] || sp.FilterSubject != w[1] {
			t.Errorf("consumer %s on %s filtering %s, want %s filtering %s", sp.DurableName, sp.StreamName, sp.FilterSubject, w[0], w[1])
		}
		if sp.DeliverSubject != "" {
			t.Errorf("consumer %s is a push consumer", sp.DurableName)
		}
		if sp.AckPolicy != "explicit" || sp.DeliverPolicy != "all" || sp.MaxDeliver != -1 ||
			sp.Description != "newsflow "+sp.DurableName+" (shared by all replicas)" {
			t.Errorf("consumer %s differs from plumbing/bus StageConsumer: %+v", sp.DurableName, sp)
		}
		if sp.AckWait != env["NEWSFLOW_ACK_WAIT"] || fmt.Sprint(sp.MaxAckPending) != env["NEWSFLOW_MAX_ACK_PENDING"] {
			t.Errorf("consumer %s: ackWait %s, maxAckPending %d; the services use %s and %s",
				sp.DurableName, sp.AckWait, sp.MaxAckPending, env["NEWSFLOW_ACK_WAIT"], env["NEWSFLOW_MAX_ACK_PENDING"])
		}
	}
}

// TestConfigMapsMountedAsDirectories: a subPath mount never sees ConfigMap
// updates, so feeds and taxonomy are mounted as whole directories.
func TestConfigMapsMountedAsDirectories(t *testing.T) {
	for _, target := range newsflowTargets() {
		r := render(t, target)
		for _, tc := range []struct{ svc, env, cm, file string }{
			{"fetcher", "NEWSFLOW_FEEDS_FILE", "newsflow-feeds", "feeds.yaml"},
			{"classifier", "NEWSFLOW_TAXONOMY_DIR", "newsflow-taxonomy", ""},
		} {
			d := deployment(t, r, tc.svc)
			c := container(t, d)
			e, _ := envValue(c, tc.env)
			var vol string
			for _, v := range d.Spec.Template.Spec.Volumes {
				if v.ConfigMap != nil && strings.HasPrefix(v.ConfigMap.Name, tc.cm) {
					vol = v.Name
					cm, _ := r.find("ConfigMap", v.ConfigMap.Name).(*corev1.ConfigMap)
					if cm == nil {
						t.Errorf("%s: ConfigMap %s is not rendered", target, v.ConfigMap.Name)
					} else if tc.file != "" && cm.Data[tc.file] == "" {
						t.Errorf("%s: ConfigMap %s has no %s", target, cm.Name, tc.file)
					}
				}
			}
			i := slices.IndexFunc(c.VolumeMounts, func(m corev1.VolumeMount) bool { return m.Name == vol })
			if vol == "" || i < 0 {
				t.Errorf("%s/%s: ConfigMap %s is not mounted", target, tc.svc, tc.cm)
				continue
			}
			m := c.VolumeMounts[i]
			if m.SubPath != "" {
				t.Errorf("%s/%s: %s is mounted with subPath and would never update", target, tc.svc, tc.cm)
			}
			if want := filepath.Join(m.MountPath, tc.file); e.Value != want {
				t.Errorf("%s/%s: %s=%q, want %q", target, tc.svc, tc.env, e.Value, want)
			}
		}
	}
}

// TestTaxonomyConfigMapMatchesSource keeps the ConfigMap copy identical to
// the taxonomy the classifier embeds. Run with -update after a taxonomy
// import.
func TestTaxonomyConfigMapMatchesSource(t *testing.T) {
	src := filepath.Join("..", "services", "classifier", "taxonomy", "data")
	dst := filepath.Join("k8s", "base", "config", "taxonomy")
	// The actor registry is over a ConfigMap's 1 MiB on its own, so it ships
	// gzip-compressed (the classifier reads name.gz where name is absent);
	// so do the topic rules, which with the desks' fallback readings leave
	// too little room beside it.
	compressed := map[string]bool{"actors.json": true, "rules.json": true}
	var size int
	for _, name := range []string{"actors.json", "topics.json", "rules.json", "places.json", "common-words.txt", "DATE"} {
		want, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		file := name
		if compressed[name] {
			file += ".gz"
		}
		if *update {
			data := want
			if compressed[name] {
				var buf bytes.Buffer
				zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
				_, _ = zw.Write(want)
				if err := zw.Close(); err != nil {
					t.Fatal(err)
				}
				data = buf.Bytes()
			}
			if err := os.WriteFile(filepath.Join(dst, file), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(filepath.Join(dst, file))
		if err != nil {
			t.Fatal(err)
		}
		if compressed[name] {
			size += base64.StdEncoding.EncodedLen(len(got)) // binaryData
			zr, err := gzip.NewReader(bytes.NewReader(got))
			if err == nil {
				got, err = io.ReadAll(zr)
			}
			if err != nil {
				t.Fatalf("decompressing %s: %v", file, err)
			}
		} else {
			size += len(got)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s: run go test ./deploy -run TestTaxonomy -update", filepath.Join(dst, file), filepath.Join(src, name))
		}
	}
	// Kubernetes refuses a ConfigMap over 1 MiB.
	if size > 1<<20-16<<10 {
		t.Errorf("the taxonomy ConfigMap would hold %d bytes, over what a ConfigMap can take (1 MiB)", size)
	}
}

var sourceToken = regexp.MustCompile(`^[a-z0-9_-]+$`)

// TestFeedsFile decodes the shipped feed list with the fetcher's schema
// (services/fetcher/feedlist), strictly.
func TestFeedsFile(t *testing.T) {
	type entry struct {
		URL       string            `json:"url"`
		Source    string            `json:"source"`
		Interval  string            `json:"interval"`
		Language  string            `json:"language"`
		UserAgent string            `json:"user_agent"`
		Headers   map[string]string `json:"headers"`
	}
	var f struct {
		Defaults entry   `json:"defaults"`
		Feeds    []entry `json:"feeds"`
	}
	data, err := os.ReadFile(filepath.Join("k8s", "base", "config", "feeds.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Feeds) == 0 {
		t.Fatal("no feeds")
	}
	seen := map[string]bool{}
	for _, e := range append([]entry{f.Defaults}, f.Feeds...) {
		if e.Interval != "" {
			if d, err := time.ParseDuration(e.Interval); err != nil || d <= 0 {
				t.Errorf("interval %q: %v", e.Interval, err)
			}
		}
	}
	for _, e := range f.Feeds {
		u, err := url.Parse(e.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("feed URL %q is not absolute http(s)", e.URL)
		}
		if !sourceToken.MatchString(e.Source) {
			t.Errorf("source %q is not a subject token", e.Source)
		}
		if seen[e.URL] {
			t.Errorf("feed %s listed twice", e.URL)
		}
		seen[e.URL] = true
	}
}

var pinnedFrom = regexp.MustCompile(`(?m)^FROM\s+(?:--platform=\S+\s+)?(\S+)`)

// TestImagesPinnedByDigest checks the base images of every Dockerfile and
// of ko.
func TestImagesPinnedByDigest(t *testing.T) {
	digest := regexp.MustCompile(`@sha256:[0-9a-f]{64}$`)
	for _, svc := range services {
		path := filepath.Join("..", "services", svc, "Dockerfile")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		froms := pinnedFrom.FindAllStringSubmatch(string(data), -1)
		if len(froms) < 2 {
			t.Errorf("%s is not multi-stage", path)
		}
		for _, m := range froms {
			if !digest.MatchString(m[1]) {
				t.Errorf("%s: FROM %s is not pinned by digest", path, m[1])
			}
		}
		last := froms[len(froms)-1][1]
		if !strings.HasPrefix(last, "gcr.io/distroless/static") || !strings.Contains(last, ":nonroot@") {
			t.Errorf("%s: final stage %s is not distroless static nonroot", path, last)
		}
		for _, want := range []string{"CGO_ENABLED=0", "USER 65532:65532", "./cmd/" + svc} {
			if !bytes.Contains(data, []byte(want)) {
				t.Errorf("%s lacks %q", path, want)
			}
		}
	}
	var ko struct {
		DefaultBaseImage string   `json:"defaultBaseImage"`
		DefaultPlatforms []string `json:"defaultPlatforms"`
		Builds           []struct {
			ID      string   `json:"id"`
			Dir     string   `json:"dir"`
			Main    string   `json:"main"`
			Env     []string `json:"env"`
			Flags   []string `json:"flags"`
			Ldflags []string `json:"ldflags"`
		} `json:"builds"`
	}
	data, err := os.ReadFile(filepath.Join("..", ".ko.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(data, &ko); err != nil {
		t.Fatal(err)
	}
	if !digest.MatchString(ko.DefaultBaseImage) {
		t.Errorf(".ko.yaml defaultBaseImage %s is not pinned by digest", ko.DefaultBaseImage)
	}
	for _, svc := range services {
		i := slices.IndexFunc(ko.Builds, func(b struct {
			ID      string   `json:"id"`
			Dir     string   `json:"dir"`
			Main    string   `json:"main"`
			Env     []string `json:"env"`
			Flags   []string `json:"flags"`
			Ldflags []string `json:"ldflags"`
		},
		) bool {
			return b.ID == svc
		})
		if i < 0 {
			t.Errorf(".ko.yaml has no build %s", svc)
			continue
		}
		b := ko.Builds[i]
		if _, err := os.Stat(filepath.Join("..", b.Dir, b.Main, "main.go")); err != nil {
			t.Errorf(".ko.yaml build %s: %v", svc, err)
		}
		if !slices.Contains(b.Env, "CGO_ENABLED=0") {
			t.Errorf(".ko.yaml build %s is not static (CGO_ENABLED=0)", svc)
		}
	}
}
