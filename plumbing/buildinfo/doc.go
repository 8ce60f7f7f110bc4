// Package buildinfo says which build of newsflow is running: the version
// stamped at link time (-ldflags "-X
// github.com/newsflow/newsflow/plumbing/buildinfo.version=v1.4.0"), else the
// module version or VCS revision Go recorded in the binary, else "dev". The
// CLI's and the services' --version print it and the service_version label
// of every metric carries it.
package buildinfo
