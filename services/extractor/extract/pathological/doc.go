// Package pathological generates hostile HTML pages for the extractor's
// bounded-work tests, benchmark and memory measurements: a short story
// followed (or preceded) by markup built to exhaust time or memory (a
// million tiny paragraphs, deep nesting, huge tables, megabyte attributes,
// endless siblings, one giant text run, thousands of ad-labelled boxes or
// person cards). The pages are built by code so the
// repository carries no multi-megabyte files, and each is deterministic.
//
// Shapes are the scaling sweep's: each kind of markup a rule reads, built
// at any number of repetitions, so that cmd/sweep can compare a page of n
// with one of 4n and find a rule whose work grows faster than the page.
package pathological
