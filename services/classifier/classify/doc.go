// Package classify tags documents with threat actors, IPTC Media Topics and
// countries from a taxonomy.Taxonomy, with evidence.
//
// Invariants:
//   - One pass of an Aho–Corasick automaton (github.com/petar-dambovaliev/aho-corasick,
//     a port of BurntSushi's Rust crate with a DFA and overlapping iteration)
//     finds every actor alias, place name and rule term at once, over text
//     normalised by normalize: NFKC, lower case, one kind of dash and
//     apostrophe, possessive "'s" dropped, whitespace collapsed, and a dash
//     between spaces dropped ("Islamic State – Khorasan" = "Islamic State Khorasan").
//   - Matches count only on word boundaries (letters, digits and marks of
//     any script are word characters). Overlapping actor matches resolve
//     longest first, so "ISIS-K" is never also "ISIS" and "Islamic State
//     Khorasan Province" never also tags its parent.
//   - Case-sensitive aliases ("IS", places) compare the original text, and
//     context-gated aliases ("IS", "Khorasan") check the words around them.
//   - Every Span holds Unicode code point offsets, end exclusive, into the
//     original document string (title, "\n\n", text), and Span.Text is that
//     slice of it.
//
// A Classifier is safe for concurrent use.
package classify
