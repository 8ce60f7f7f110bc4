// Package tageval measures the classifier against a hand-labelled
// development set: labels kept in the project (ids and labels only, see
// testdata/devset/README.md), texts read at run time from data the project
// may not redistribute (L3S-GN1, AnnoCTR).
//
// Gold actors are written as names, the way an analyst writes them, and
// resolved to registry ids through the registry's own aliases (a whole
// alias, compared under taxonomy.AliasKey). A name that resolves to no
// actor still counts as a gold actor, one the tagger necessarily misses,
// so that registry gaps show in recall instead of vanishing from it. A
// name that several actors share is satisfied by any of them, and the
// report lists it as ambiguous.
//
// A topic set is exact when every required code is predicted and every
// predicted code is required, optional, or a broader topic of one of
// them (the classifier adds ancestors itself, and an editor who files a
// story under "soccer" has filed it under "sport").
//
// AnnoCTR's annotators mark many ransomware and extortion gangs (REvil,
// Maze, Conti) as MALWARE rather than GROUP, while the tagger is meant to
// tag such gangs as actors. The raw actor score counts those tags as
// false; an adjusted score, always reported next to it and never in its
// place, excuses a false actor of the registry type ransomware/extortion
// gang that one of the document's MALWARE spans resolves to (Excuse).
//
// The tagger weighs a headline, and the pipeline passes the extractor's
// title; the assessors' L3S text often runs the headline into the body,
// so ReadL3S (HeadlinePage) looks for the page's declared title at the
// start of that text and makes it the title.
package tageval
