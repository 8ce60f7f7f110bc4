package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// normAt returns normalised text and the byte range of the first occurrence
// of name (lower case) in it.
func normAt(t *testing.T, text, name string) ([]byte, int, int) {
	t.Helper()
	b := normalizeString(text, true)
	s := strings.Index(b, name)
	if s < 0 {
		t.Fatalf("%q not in %q", name, b)
	}
	return []byte(b), s, s + len(name)
}

func TestInLinkTitle(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Read [How the FIN7 crew rebuilt its kit](https://example.org/a) first.", true},
		{"Read [How the FIN7 crew rebuilt its kit]\n(https://example.org/a) first.", true},
		{"* [FIN7](https://example.org/fin7) returned this spring.", false},                    // a name linked, not a cited title
		{"FIN7 returned [see the report of last year](https://example.org/a).", false},         // outside the brackets
		{"Notes [on FIN7 and others: a list of groups] without a link.", false},                // no link
		{"[Old title about nothing\nFIN7 returned this spring](https://example.org/a)", false}, // a line break ends a title
	}
	for _, tt := range tests {
		b, s, e := normAt(t, tt.text, "fin7")
		assert.Equal(t, tt.want, inLinkTitle(b, s, e), tt.text)
	}
}

func TestPeopleAndSoftwareReading(t *testing.T) {
	tests := []struct {
		text             string
		people, software bool
	}{
		{"The Maze operators published the files.", true, false},
		{"The Maze ransomware gang published the files.", true, true}, // "ransomware" right after, "gang" after it
		{"The operators of Maze published the files.", true, false},
		{"The operators of the Maze site published the files.", true, false},
		{"Maze: one of the newest ransomware gangs on the forum.", true, false},
		{"Maze is a financially motivated group.", true, false},
		{"The Maze ransomware encrypted the files.", false, true},
		{"Maze was two separate malicious programs merged together.", false, true},
		{"Maze encrypted the files. A gang then asked for money.", false, false}, // a sentence ends the definition
		{"Victims of Maze paid in bitcoin.", false, false},
		{"Maze claimed the attack on the port.", true, false},
		{"Maze, a ransomware gang that leaks files, struck again.", true, false},
		{"Maze, a loader written in Go, struck again.", false, true},
		{"Maze, which encrypts files, struck again.", false, false},
	}
	for _, tt := range tests {
		b, s, e := normAt(t, tt.text, "maze")
		assert.Equal(t, tt.people, peopleReading(b, s, e), "people: %s", tt.text)
		assert.Equal(t, tt.software, softwareReading(b, e), "software: %s", tt.text)
	}
}
