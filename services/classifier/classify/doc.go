// Package classify tags documents with threat actors, IPTC Media Topics and
// countries from a taxonomy.Taxonomy, with evidence.
//
// Invariants:
//   - Text is normalised in one pass (normalize): NFKC, case folding, one
//     kind of dash and apostrophe, possessive "'s" dropped, whitespace
//     collapsed, a dash between spaces dropped ("Islamic State – Khorasan"
//     = "Islamic State Khorasan"), soft hyphens, zero-width characters and
//     Arabic tatweel and harakat dropped. ASCII takes a fast path; the
//     normalised bytes map back to the original through a short list of
//     marks (where the offset between the two changes), which also gives
//     code point offsets, so no per-byte offset table is written.
//   - One pass of a multi-pattern matcher (match.go) finds every actor
//     alias, place name and rule term at once: a byte trie of the
//     normalised patterns walked from each word start and punctuation
//     character of the normalised text. Since every match starts at a word
//     start, the trie needs no failure links, and a walk stops at the
//     first byte no pattern continues with. Matching allocates nothing.
//   - Matches count only on word boundaries (letters, digits and marks of
//     any script are word characters). Overlapping actor matches resolve
//     longest first, so "ISIS-K" is never also "ISIS" and "Islamic State
//     Khorasan Province" never also tags its parent. Place exclusions
//     ("Latin America") win over the place names inside them.
//   - Case-sensitive aliases ("IS", places) compare the original text, and
//     context-gated aliases ("IS", "Khorasan", "RAF", "Cobalt") check the
//     words around them (cue phrases looked up by first word, vetoes, a
//     capitalised neighbour that makes the match part of another name, a
//     sentence start, a malware noun after a cyber name) when they are
//     found; conditions on the whole document (a block phrase such as
//     "Royal Air Force", a co-mention of the actor by a name that needed no
//     support, a word of another tagged actor's name) are settled after
//     the scan (settle). Matches inside web addresses, detection and file
//     names ("W32/Agent.gen!X", "x.dll") do not count; a Markdown link's
//     address is not prose to the word readers ("[X](https://…) is a
//     threat actor"). A document licence counts only a capitalised match.
//   - Accepted actor mentions are then read in the whole document
//     (reading.go): a mention in the title of a cited page (Markdown link
//     text of four words or more), or inside a place's or a work's name
//     ("X Street", "the film X"), does not count; in a text that reads as
//     a threat report (taxonomy.DocCyber) a ransomware gang named by its
//     family's name is tagged only when one mention reads as its people
//     ("the X operators", "operators of X", "X claimed", "X: one of the
//     … gangs"), and any cyber group whose every name the text writes
//     for code ("X malware", "the X wiper", "X was two malicious
//     programs", "dubbed this method X") is not tagged.
//   - Groups no registry carries are tagged with type
//     taxonomy.TypeUnregistered and id taxonomy.UnregisteredID
//     (unregistered.go): a vendor tracking number (TA574, UNC2452,
//     Storm-0324, APT-C-36…) written as vendors write it, and, in threat
//     reports, a name a text introduces as a group ("the X group", "an
//     actor tracked as X", "X is a financially motivated threat group"). A name a registered actor carries never
//     makes an unregistered tag.
//   - A topic is tagged when one of its rules holds and the rule's
//     distinct evidence reaches its threshold (taxonomy.Rule.MinEvidence,
//     default taxonomy.DefaultMinEvidence; a match in the title counts
//     twice) and, for a rule with taxonomy.Rule.Relative, weighs at least
//     that fraction of the document's heaviest topic (a desk's words in a
//     story about something else do not tag the desk); its ancestors
//     follow as inherited tags carrying the union of their descendants'
//     evidence. Rules marked taxonomy.Rule.Fallback (a desk's relaxed
//     reading for briefs) are evaluated only when no other rule tags the
//     document; their gates and terms are counted only then.
//   - A rule is evaluated only when its gates are reached: per operand of
//     a top-level AND (else for the whole query), the least number of
//     distinct patterns that must have matched for it to hold. Counting
//     matched patterns per gate is cheap; most rules of a large rule set
//     are skipped on a given document without being evaluated.
//   - Every Span holds Unicode code point offsets, end exclusive, into the
//     original document string (title, "\n\n", text), and Span.Text is that
//     slice of it. A mention that is evidence for several tags is one Span.
//
// A Classifier is safe for concurrent use; per-call working memory is
// pooled, so tagging a document allocates little beyond its result.
//
// Files by concern: compile.go builds the matcher and the compiled
// patterns from a taxonomy, scan.go runs the one pass over a document,
// casegate.go holds the checks of a match on its own (case, name
// position, web addresses), gate.go the context gates of ambiguous
// aliases (aliasGate, settled after the scan), overlap.go the choice
// among overlapping matches, evidence.go the evidence spans and the actor
// and place tags, reading.go the document-level reading of actor
// mentions, unregistered.go the groups no registry carries, topics.go
// the topic rules.
package classify
