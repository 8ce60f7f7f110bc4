package deploy

import (
	"os"
	"slices"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"

	"github.com/newsflow/newsflow/plumbing/embedded"
)

// natsValues is the part of the NATS Helm values this file checks.
type natsValues struct {
	Config struct {
		Cluster struct {
			TLS struct {
				Enabled    bool   `json:"enabled"`
				SecretName string `json:"secretName"`
			} `json:"tls"`
		} `json:"cluster"`
		NATS struct {
			TLS struct {
				Enabled    bool   `json:"enabled"`
				SecretName string `json:"secretName"`
			} `json:"tls"`
		} `json:"nats"`
		Merge struct {
			Authorization struct {
				Users []struct {
					Nkey        string `json:"nkey"`
					Permissions struct {
						Publish   struct{ Allow []string } `json:"publish"`
						Subscribe struct{ Allow []string } `json:"subscribe"`
					} `json:"permissions"`
				} `json:"users"`
			} `json:"authorization"`
		} `json:"merge"`
	} `json:"config"`
	Container struct {
		Merge struct {
			Env []corev1.EnvVar `json:"env"`
		} `json:"merge"`
	} `json:"container"`
}

// TestNATSProductionAuthorization checks the production NATS values
// against the permissions table newsflow enforces everywhere else
// (plumbing/embedded.Permissions): one user per role, the same
// permissions, keys from a Secret, and TLS for clients and routes.
func TestNATSProductionAuthorization(t *testing.T) {
	b, err := os.ReadFile("k8s/nats/values-production.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var v natsValues
	if err := yaml.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if !v.Config.NATS.TLS.Enabled || v.Config.NATS.TLS.SecretName == "" {
		t.Error("client connections must use TLS (config.nats.tls)")
	}
	if !v.Config.Cluster.TLS.Enabled || v.Config.Cluster.TLS.SecretName == "" {
		t.Error("cluster routes must use TLS (config.cluster.tls)")
	}

	users := v.Config.Merge.Authorization.Users
	seen := map[string]bool{}
	for _, u := range users {
		var role string
		for _, r := range embedded.Roles() {
			if u.Nkey == "<< $"+embedded.PublicKeyVar(r)+" >>" {
				role = r
			}
		}
		if role == "" {
			t.Errorf("user with nkey %q is not one of newsflow's roles (want << $NEWSFLOW_<ROLE>_NKEY >>)", u.Nkey)
			continue
		}
		if seen[role] {
			t.Errorf("role %s has two users", role)
		}
		seen[role] = true
		want, err := embedded.Permissions(role, embedded.AuthConfig{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(u.Permissions.Publish.Allow, want.Publish.Allow) {
			t.Errorf("%s: publish allow\n got %q\nwant %q (plumbing/embedded/auth.go)", role, u.Permissions.Publish.Allow, want.Publish.Allow)
		}
		if !slices.Equal(u.Permissions.Subscribe.Allow, want.Subscribe.Allow) {
			t.Errorf("%s: subscribe allow\n got %q\nwant %q (plumbing/embedded/auth.go)", role, u.Permissions.Subscribe.Allow, want.Subscribe.Allow)
		}
	}
	for _, r := range embedded.Roles() {
		if !seen[r] {
			t.Errorf("no NATS user for role %s", r)
		}
		var ok bool
		for _, e := range v.Container.Merge.Env {
			if e.Name == embedded.PublicKeyVar(r) && e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil &&
				e.ValueFrom.SecretKeyRef.Name == "newsflow-nats-users" && e.ValueFrom.SecretKeyRef.Key == r {
				ok = true
			}
		}
		if !ok {
			t.Errorf("the NATS container has no %s from Secret newsflow-nats-users key %s", embedded.PublicKeyVar(r), r)
		}
	}
}

// TestServicesConnectAsTheirOwnUser checks that in production every
// service mounts its own nkey seed (and no other), uses its own inbox
// prefix, trusts the NATS CA and connects over TLS, and that the services
// do not provision streams, which their users may not do.
func TestServicesConnectAsTheirOwnUser(t *testing.T) {
	for _, target := range []string{"k8s/overlays/production", "k8s/overlays/production-hpa"} {
		r := render(t, target)
		for _, svc := range services {
			d := deployment(t, r, svc)
			c := container(t, d)
			env := commonEnv(t, r, c)
			if !strings.HasPrefix(env["NATS_URL"], "tls://") {
				t.Errorf("%s/%s: NATS_URL=%q, want tls://", target, svc, env["NATS_URL"])
			}
			if env["NEWSFLOW_PROVISION"] != "false" {
				t.Errorf("%s/%s: services may not create streams under auth; NEWSFLOW_PROVISION=%q", target, svc, env["NEWSFLOW_PROVISION"])
			}
			if e, ok := envValue(c, "NATS_INBOX_PREFIX"); !ok || e.Value != embedded.InboxPrefix(svc) {
				t.Errorf("%s/%s: NATS_INBOX_PREFIX=%q, want %q", target, svc, e.Value, embedded.InboxPrefix(svc))
			}
			mounts := map[string]string{}
			for _, m := range c.VolumeMounts {
				mounts[m.Name] = m.MountPath
				if !m.ReadOnly && (m.Name == "nats-nkey" || m.Name == "nats-ca") {
					t.Errorf("%s/%s: %s must be mounted read-only", target, svc, m.Name)
				}
			}
			var seeds []string
			for _, vol := range d.Spec.Template.Spec.Volumes {
				if vol.Secret == nil {
					continue
				}
				name := vol.Secret.SecretName
				if strings.HasPrefix(name, "newsflow-nats-") && name != "newsflow-nats-users" {
					seeds = append(seeds, name)
					if vol.Name != "nats-nkey" || mounts[vol.Name] == "" ||
						env["NATS_NKEY"] != mounts[vol.Name]+"/seed.nk" {
						t.Errorf("%s/%s: seed volume %s not mounted where NATS_NKEY=%q points", target, svc, vol.Name, env["NATS_NKEY"])
					}
					if vol.Secret.DefaultMode == nil || *vol.Secret.DefaultMode&0o077 != 0 {
						t.Errorf("%s/%s: seed readable beyond its owner", target, svc)
					}
				}
				if name == "nats-server-tls" {
					t.Errorf("%s/%s: mounts the NATS server's private key", target, svc)
				}
				if vol.Name == "nats-ca" && mounts["nats-ca"]+"/ca.crt" != env["NATS_TLS_CA"] {
					t.Errorf("%s/%s: NATS_TLS_CA=%q is not the mounted CA", target, svc, env["NATS_TLS_CA"])
				}
			}
			if !slices.Equal(seeds, []string{"newsflow-nats-" + svc}) {
				t.Errorf("%s/%s: mounts seeds %v, want only its own", target, svc, seeds)
			}
		}
	}
}

// TestQueryAPIKeys checks that the sink's query API, wherever it is
// deployed, requires the keys of a mounted Secret.
func TestQueryAPIKeys(t *testing.T) {
	for _, target := range []string{"k8s/overlays/dev", "k8s/overlays/production", "k8s/overlays/production-hpa"} {
		r := render(t, target)
		d := deployment(t, r, "sink")
		c := container(t, d)
		e, ok := envValue(c, "NEWSFLOW_API_KEYS_FILE")
		if !ok || e.Value == "" {
			t.Errorf("%s: the sink has no NEWSFLOW_API_KEYS_FILE", target)
			continue
		}
		var mounted bool
		for _, m := range c.VolumeMounts {
			for _, vol := range d.Spec.Template.Spec.Volumes {
				if vol.Name == m.Name && vol.Secret != nil && vol.Secret.SecretName == "newsflow-api-keys" && m.MountPath == e.Value && m.ReadOnly {
					mounted = true
				}
			}
		}
		if !mounted {
			t.Errorf("%s: NEWSFLOW_API_KEYS_FILE=%s is not the read-only mount of Secret newsflow-api-keys", target, e.Value)
		}
		if _, ok := envValue(c, "NEWSFLOW_API_ALLOW_ANONYMOUS"); ok {
			t.Errorf("%s: the sink serves anonymous requests", target)
		}
	}
}
