package poll

import (
	"strings"

	"github.com/newsflow/newsflow/services/fetcher/canon"
	"github.com/newsflow/newsflow/services/fetcher/feed"
)

// minTitleWords keeps generic headlines ("Live updates", "Briefing") out of
// title dedup, where they would hide distinct stories.
const minTitleWords = 3

func urlKey(id string) string { return "u." + id }

// titleKey is the second guard: the same story under a different link
// (AMP, mobile host, a redirector) in one source on one day. It is empty
// for titles too short to be distinctive.
func titleKey(source string, it feed.Item) string {
	t := canon.Title(it.Title)
	if len(strings.Fields(t)) < minTitleWords {
		return ""
	}
	day := ""
	if !it.Published.IsZero() {
		day = it.Published.UTC().Format("2006-01-02")
	}
	return "t." + canon.ID(source+"\x00"+day+"\x00"+t)
}
