package stage

import (
	"strings"
	"unicode/utf8"

	"google.golang.org/protobuf/proto"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// DefaultMaxArticleBytes bounds an encoded Article: half of NATS's default
// 1 MB max payload, so that the classifier's tags and the headers fit
// beside it in the tagged record. A news story's text is a few kilobytes;
// only broken or hostile pages come near it.
const DefaultMaxArticleBytes = 512 << 10

// Fit cuts the article's text from the end until the encoded article takes
// at most maxBytes, and marks it: Truncated, and OriginalTextLength the
// length of the whole text. The cut falls between runes, so the text stays
// valid UTF-8. It reports whether it cut anything; an article whose other
// fields alone exceed maxBytes keeps no paragraph and is still too large
// (the publish then fails as too_large).
func Fit(a *newsv1.Article, maxBytes int) bool {
	if proto.Size(a) <= maxBytes {
		return false
	}
	if !a.GetTruncated() {
		a.Truncated = true
		a.OriginalTextLength = int64(len(strings.Join(a.GetParagraphs(), "\n\n")))
	}
	for len(a.Paragraphs) > 0 {
		over := proto.Size(a) - maxBytes
		if over <= 0 {
			break
		}
		last := len(a.Paragraphs) - 1
		p := a.Paragraphs[last]
		// Dropping a paragraph also drops its tag and length prefix.
		if over >= len(p) {
			a.Paragraphs = a.Paragraphs[:last]
			continue
		}
		keep := len(p) - over
		for keep > 0 && !utf8.RuneStart(p[keep]) {
			keep--
		}
		if keep == 0 {
			a.Paragraphs = a.Paragraphs[:last]
			continue
		}
		a.Paragraphs[last] = p[:keep]
	}
	return true
}
