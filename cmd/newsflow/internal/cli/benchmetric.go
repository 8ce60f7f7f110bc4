package cli

import (
	"math"
	"strings"
	"unicode"
)

// The extraction benchmark metric of scrapinghub/article-extraction-benchmark
// (evaluate.py), as ../shared/tools/extract-eval documents it:
//
//   - tokens are maximal runs of Unicode letters, numbers and '_' (Python's
//     \w+), case kept;
//   - a text's shingles are the 4-grams of consecutive tokens (1–3 tokens
//     make one shingle, no tokens none), compared as multisets: tp = Σ min,
//     fp = Σ excess predicted, fn = Σ missing; the three are divided by their
//     sum so that every page weighs the same;
//   - precision is the mean over pages with tp+fp > 0 (an empty prediction
//     is left out), recall the mean over pages with tp+fn > 0, each 1 on a
//     page with fp = fn = 0; F1 is 2PR/(P+R) of the means;
//   - accuracy is the share of pages whose token lists are identical.

// pageScore is one page's normalised shingle counts.
type pageScore struct {
	tp, fp, fn float64
	same       bool // identical token lists
	predToks   int
}

func isTokenRune(r rune) bool {
	if r < 0x80 {
		return r == '_' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func benchTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isTokenRune(r) })
}

func shingleCounts(toks []string) map[string]int {
	const n = 4
	m := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// scorePage compares a prediction with the ground truth. The soft hyphen
// (U+00AD) is removed from the prediction first, as the benchmark's runners do.
func scorePage(truth, pred string) pageScore {
	pred = strings.ReplaceAll(pred, "\u00ad", "")
	tt, pt := benchTokens(truth), benchTokens(pred)
	ts, ps := shingleCounts(tt), shingleCounts(pt)
	var s pageScore
	for k, tc := range ts {
		pc := ps[k]
		s.tp += float64(min(tc, pc))
		s.fn += float64(max(0, tc-pc))
		s.fp += float64(max(0, pc-tc))
	}
	for k, pc := range ps {
		if _, ok := ts[k]; !ok {
			s.fp += float64(pc)
		}
	}
	if sum := s.tp + s.fp + s.fn; sum > 0 {
		s.tp, s.fp, s.fn = s.tp/sum, s.fp/sum, s.fn/sum
	}
	s.same = len(tt) == len(pt)
	for i := 0; s.same && i < len(tt); i++ {
		s.same = tt[i] == pt[i]
	}
	s.predToks = len(pt)
	return s
}

// benchMetrics is the aggregate over a dataset.
type benchMetrics struct {
	precision, recall, f1, accuracy float64
	empty                           int
}

func aggregateScores(pages []pageScore) benchMetrics {
	var m benchMetrics
	var ps, rs float64
	var np, nr int
	for _, s := range pages {
		perfect := s.fp == 0 && s.fn == 0
		if s.tp+s.fp > 0 {
			np++
			if perfect {
				ps++
			} else {
				ps += s.tp / (s.tp + s.fp)
			}
		}
		if s.tp+s.fn > 0 {
			nr++
			if perfect {
				rs++
			} else {
				rs += s.tp / (s.tp + s.fn)
			}
		}
		if s.same {
			m.accuracy++
		}
		if s.predToks == 0 {
			m.empty++
		}
	}
	m.precision, m.recall = math.NaN(), math.NaN()
	if np > 0 {
		m.precision = ps / float64(np)
	}
	if nr > 0 {
		m.recall = rs / float64(nr)
	}
	m.f1 = 2 * m.precision * m.recall / (m.precision + m.recall)
	if len(pages) > 0 {
		m.accuracy /= float64(len(pages))
	}
	return m
}
