// Package taxonomy provides the versioned vocabulary the classifier tags
// with: threat actors (stable ids, canonical names, types, parents and
// aliases, some of them context-gated), IPTC Media Topics with their
// ancestors, topic rules in the IPTC EXTRA query language, and countries.
//
// The default data is embedded (data/*.json, built by cmd/taxonomy-import
// from the MISP galaxies, the IPTC files and the hand-curated files in
// source/); Load reads the same layout from any fs.FS so a service can
// reload a mounted directory. A Taxonomy is immutable after loading and safe
// for concurrent use. Version identifies the data: the import date plus a
// hash of the content, so two processes with the same Version tag alike.
package taxonomy
