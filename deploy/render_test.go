package deploy

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	"sigs.k8s.io/json"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// targets are the kustomizations a cluster is ever given. Every one of them
// is rendered and checked.
var targets = []string{
	"k8s/overlays/dev",
	"k8s/overlays/production",
	"k8s/overlays/production-hpa",
	"observability",
}

// services are newsflow's four stages; each has a Deployment, Service,
// ServiceAccount, PodDisruptionBudget, NetworkPolicy and ServiceMonitor of
// its name.
var services = []string{"fetcher", "extractor", "classifier", "sink"}

// object is one rendered manifest decoded into its typed form.
type object struct {
	GVK  schema.GroupVersionKind
	Name string
	Obj  any
}

func (o object) String() string { return o.GVK.Kind + "/" + o.Name }

// rendered is a rendered kustomization.
type rendered struct {
	Target  string
	Objects []object
}

// find returns the object of kind and name, or nil.
func (r rendered) find(kind, name string) any {
	for _, o := range r.Objects {
		if o.GVK.Kind == kind && o.Name == name {
			return o.Obj
		}
	}
	return nil
}

func kindsOf[T any](r rendered) []T {
	var out []T
	for _, o := range r.Objects {
		if v, ok := o.Obj.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// strictCodecs decode the built-in kinds the way the API server does with
// fieldValidation=Strict: unknown and duplicate fields are errors.
var strictCodecs = func() serializer.CodecFactory {
	s := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, policyv1.AddToScheme,
		networkingv1.AddToScheme, autoscalingv2.AddToScheme,
	} {
		if err := add(s); err != nil {
			panic(err)
		}
	}
	return serializer.NewCodecFactory(s, serializer.EnableStrict)
}()

// crdTypes are the custom resources newsflow ships, decoded into local
// models (crd_test.go) with unknown fields rejected.
var crdTypes = map[schema.GroupVersionKind]func() any{
	{Group: "monitoring.coreos.com", Version: "v1", Kind: "ServiceMonitor"}: func() any { return new(ServiceMonitor) },
	{Group: "monitoring.coreos.com", Version: "v1", Kind: "PrometheusRule"}: func() any { return new(PrometheusRule) },
	{Group: "keda.sh", Version: "v1alpha1", Kind: "ScaledObject"}:           func() any { return new(ScaledObject) },
	{Group: "jetstream.nats.io", Version: "v1beta2", Kind: "Stream"}:        func() any { return new(Stream) },
	{Group: "jetstream.nats.io", Version: "v1beta2", Kind: "Consumer"}:      func() any { return new(Consumer) },
}

// decodeStrict decodes one manifest (JSON) into its typed form.
func decodeStrict(data []byte) (object, error) {
	var meta struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := json.UnmarshalCaseSensitivePreserveInts(data, &meta); err != nil {
		return object{}, fmt.Errorf("reading type of manifest: %w", err)
	}
	gvk := schema.FromAPIVersionAndKind(meta.APIVersion, meta.Kind)
	o := object{GVK: gvk, Name: meta.Metadata.Name}
	if mk, ok := crdTypes[gvk]; ok {
		v := mk()
		strict, err := json.UnmarshalStrict(data, v)
		if err != nil {
			return o, fmt.Errorf("decoding %s: %w", o, err)
		}
		if len(strict) > 0 {
			return o, fmt.Errorf("decoding %s strictly: %v", o, strict)
		}
		o.Obj = v
		return o, nil
	}
	obj, _, err := strictCodecs.UniversalDeserializer().Decode(data, nil, nil)
	if err != nil {
		return o, fmt.Errorf("decoding %s strictly: %w", o, err)
	}
	o.Obj = obj
	return o, nil
}

var (
	renderOnce  sync.Map // target → func() (rendered, error)
	kustomizeMu sync.Mutex
)

// render builds target with the kustomize Go API (what kubectl kustomize
// runs) and decodes every object strictly. Results are shared by the tests.
func render(t *testing.T, target string) rendered {
	t.Helper()
	f, _ := renderOnce.LoadOrStore(target, sync.OnceValues(func() (rendered, error) {
		kustomizeMu.Lock()
		defer kustomizeMu.Unlock()
		k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
		m, err := k.Run(filesys.MakeFsOnDisk(), filepath.FromSlash(target))
		if err != nil {
			return rendered{}, fmt.Errorf("kustomize build %s: %w", target, err)
		}
		r := rendered{Target: target}
		var errs []string
		for _, res := range m.Resources() {
			data, err := res.MarshalJSON()
			if err != nil {
				return rendered{}, fmt.Errorf("marshalling %s: %w", res.CurId(), err)
			}
			o, err := decodeStrict(data)
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			r.Objects = append(r.Objects, o)
		}
		if len(errs) > 0 {
			return r, fmt.Errorf("%s:\n  %s", target, strings.Join(errs, "\n  "))
		}
		return r, nil
	}))
	r, err := f.(func() (rendered, error))()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// newsflowTargets are the overlays that deploy the services.
func newsflowTargets() []string {
	return slices.DeleteFunc(slices.Clone(targets), func(s string) bool { return !strings.HasPrefix(s, "k8s/") })
}
