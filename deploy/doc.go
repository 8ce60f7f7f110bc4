// Package deploy holds newsflow's deployment artefacts and their checks.
//
// The artefacts are not Go: Kubernetes manifests under k8s/ (a kustomize
// base, components and the dev, production and production-hpa overlays),
// NATS Helm values under k8s/nats/, and observability under observability/
// (Grafana dashboard, PrometheusRule, OpenTelemetry Collector). The tests in
// this module render every overlay with the kustomize Go API, decode every
// object strictly into the Kubernetes API types (or local models of the
// CRDs), and enforce the hardening every newsflow workload must have; they
// need no cluster and no kubectl. See README.md for how to deploy.
package deploy
