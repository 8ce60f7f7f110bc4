package extract

import (
	"regexp"
	"testing"
)

// strongBodyReference is the regular expression strongBodyName replaced.
var strongBodyReference = regexp.MustCompile(`(^|[\s_-])(article[-_]?body|articlebody|story[-_]?body|post[-_]?body|entry[-_]?content|post[-_]?content|article[-_]?content|article[-_]?text|story[-_]?text|body[-_]?text|main[-_]?text|news[-_]?text|text[-_]?content|content[-_]?body|detail[-_]?content|article__body|article__text|story-content|articletext|storytext|bodytext)($|[\s_-])`)

var strongBodyCases = []struct {
	s    string
	want bool
}{
	{"article-body", true},
	{"article_body", true},
	{"articlebody", true},
	{"c-article__body", true},
	{"entry-content clearfix", true},
	{"wrap\tstory_text", true},
	{"post-content-wide", true},
	{"main\ftext", false}, // \f separates, but "main text" is no name
	{"x\rbodytext\n", true},
	{"x\vbodytext", false}, // \v is not RE2's \s
	{"xarticle-body", false},
	{"article-bodyx", false},
	{"article--body", false},
	{"article-body-", true},
	{"text content", false},
	{"textcontent", true},
	{"content", false},
	{"", false},
	{"storycontent", false},
	{"story-content", true},
	{"story_content", false},
	{"articletexts", false},
	{"news-text news", true},
}

func TestStrongBodyName(t *testing.T) {
	for _, tc := range strongBodyCases {
		if got := strongBodyName(tc.s); got != tc.want {
			t.Errorf("strongBodyName(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if ref := strongBodyReference.MatchString(tc.s); ref != tc.want {
			t.Errorf("reference(%q) = %v, want %v (the case is wrong)", tc.s, ref, tc.want)
		}
	}
}

func FuzzStrongBodyName(f *testing.F) {
	for _, tc := range strongBodyCases {
		f.Add(tc.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := strongBodyName(s), strongBodyReference.MatchString(s); got != want {
			t.Errorf("strongBodyName(%q) = %v, reference %v", s, got, want)
		}
	})
}
