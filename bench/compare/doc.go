// Package compare runs the open extractors newsflow is measured against
// (go-trafilatura and the readeck port of go-readability) over a benchmark
// dataset and reports each page's text and extraction time.
//
// It lives in its own module so that these dependencies, and
// go-trafilatura's costly package initialisation (compiled regular
// expressions and a WebAssembly RE2, about 0.35 s per process start), stay
// out of the newsflow services and the newsflow command. `newsflow bench
// extract` runs the newsflow-bench binary built from this module and scores
// its output with the same metric as newsflow's own.
//
// Invariants:
//   - Each page is parsed and extracted by one goroutine; the caller sets
//     GOMAXPROCS (newsflow bench runs the helper with GOMAXPROCS=1).
//   - The time of a page covers parsing and extraction of HTML already in
//     memory, best of the requested runs.
//   - Settings match the published benchmark runs: go-trafilatura with
//     EnableFallback and the page URL, readability's ParseAndMutate.
package compare
