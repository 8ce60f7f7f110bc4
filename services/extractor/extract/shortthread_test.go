package extract

import (
	"cmp"
	"fmt"
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// TestShortThreadPost checks that a forum thread whose first post is one
// short question keeps that question as its text, in two thread layouts,
// with and without a line between the first post and the replies, and
// that the replies and the line that names the first post's author stay
// out. On 1.17.0 such a page became a no_text non-article (under 30 words
// on a page that declares no article), and the author's name opened the
// text of a longer first post.
func TestShortThreadPost(t *testing.T) {
	layouts := map[string]func(i int, user, body string) string{
		"avatar and post menu": func(i int, user, body string) string {
			return fmt.Sprintf(`<div class="topic-post" id="post_%d"><div class="topic-avatar"><a href="/u/%s"><img src="/a.png" alt=""></a></div><div class="topic-body"><div class="names"><a href="/u/%s">%s</a></div><div class="cooked">%s</div><section class="post-menu-area"><button class="like">♥</button><button class="reply">Reply</button></section></div></div>`, i, user, user, user, body)
		},
		"user cell and footer buttons": func(i int, user, body string) string {
			return fmt.Sprintf(`<article class="message message--post" id="post-%d"><div class="message-user"><a href="/members/%s.%d/" class="username">%s</a></div><div class="message-main"><header class="message-attribution"><time>Dec 7, 2026</time> <a href="#post-%d">#%d</a></header><div class="bbWrapper">%s</div><footer class="message-footer"><button class="like">Like</button> <a href="/reply?q=%d" class="button">Quote</a></footer></div></article>`, i, user, i, user, i, i, body, i)
		},
	}
	q := `<p>Does anyone know when the recycling centre in the north end reopens after the works?</p>`
	replies := []string{
		`<p>The council newsletter says the fifteenth of January, and it will then open on Saturdays until four as well. Garden waste only from March, the new hall is not finished.</p>`,
		`<p>Until then the centre in the south end has longer hours on Tuesdays and Thursdays and takes small amounts of bulky waste too.</p>`,
		`<p>Thanks both, I will drive to the south end on Saturday then.</p>`,
	}
	for name, post := range layouts {
		for _, between := range []string{"", `<h2>Replies</h2>`, `<div class="count">3 replies</div>`} {
			var b strings.Builder
			b.WriteString(post(1, "binfriend", q) + between)
			for i, r := range replies {
				b.WriteString(post(i+2, []string{"li", "kat", "binfriend"}[i], r))
			}
			page := `<html><head><title>Recycling centre north end - Town forum</title></head><body><header><a href="/">Town forum</a><nav><a href="/f">Forums</a> <a href="/login">Log in</a></nav></header><div class="col"><h1>Recycling centre north end open again?</h1><div class="posts">` +
				b.String() + `</div><form><textarea></textarea><button>Reply</button></form></div><footer>© 2026 Town forum</footer></body></html>`
			c := name + ", between the posts: " + cmp.Or(between, "nothing")
			a, err := HTML([]byte(page), Input{URL: "https://forum.test/t/recycling-centre/17"})
			if err != nil {
				t.Fatal(err)
			}
			if a.GetPageType() != newsv1.PageType_PAGE_TYPE_ARTICLE {
				t.Errorf("%s: page type %s (%s), want article", c, a.GetPageType(), a.GetNonArticleReason())
			}
			checkHas(t, c, strings.Join(a.GetParagraphs(), "\n\n"), []string{"Does anyone know when the recycling centre"}, []string{"council newsletter", "south end", "binfriend"})
		}
	}
}
