package poll

import (
	"fmt"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/newsflow/newsflow/plumbing/rawbody"
	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/fetcher/feed"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

func rawPage(f Feed, parsed *feed.Feed, j job, page *fetch.Page) (*newsv1.RawPage, error) {
	it := j.item
	rp := &newsv1.RawPage{
		Id:              j.id,
		Source:          f.Source,
		FeedUrl:         redact.URL(f.URL), // records outlive the feed's credentials and reach every reader
		ItemUrl:         it.Link,
		FinalUrl:        page.FinalURL,
		HttpStatus:      int32(page.Status),
		ContentType:     page.ContentType,
		DeclaredCharset: page.DeclaredCharset,
		DetectedCharset: page.DetectedCharset,
		FetchedAt:       timestamppb.New(page.FetchedAt),
		Item: &newsv1.FeedItem{
			Title:      it.Title,
			Summary:    it.Summary,
			Published:  timestamp(it.Published),
			Updated:    timestamp(it.Updated),
			Authors:    it.Authors,
			Categories: it.Categories,
			Guid:       it.GUID,
			FeedTitle:  parsed.Title,
			Language:   it.Language,
		},
		LanguageHint: firstNonEmpty(f.Language, it.Language, parsed.Language),
	}
	if err := rawbody.Set(rp, page.Body); err != nil {
		return nil, fmt.Errorf("setting body of %q: %w", it.Link, err)
	}
	return rp, nil
}

func timestamp(t time.Time) *timestamppb.Timestamp {
	if t.IsZero() {
		return nil
	}
	return timestamppb.New(t)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
