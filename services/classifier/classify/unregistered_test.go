package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func TestTrackingID(t *testing.T) {
	tests := []struct {
		text string
		want string // the number found at the start, "" for none
	}{
		{"ta574 sent", "ta574"},
		{"unc1878 used", "unc1878"},
		{"apt 28 and", "apt 28"},
		{"apt-28 and", "apt-28"},
		{"apt-c-36 sent", "apt-c-36"},
		{"fin12 hit", "fin12"},
		{"dev-0537 stole", "dev-0537"},
		{"storm-0558 forged", "storm-0558"},
		{"tag-22 used", "tag-22"},
		{"uac-0056 sent", "uac-0056"},
		{"tg-3390 used", "tg-3390"},
		{"ta 574 sent", ""},  // no gap after TA: "TA 2" is not a number of this form
		{"unc 75 duke", ""},  // a score, not a number
		{"ta57 sent", ""},    // too few digits
		{"ta57400 sent", ""}, // too many
		{"ta574x sent", ""},  // a longer word
		{"dev-123 ticket", ""},
		{"talk about", ""},
		{"ta0001 initial access", ""}, // an ATT&CK tactic
		{"apt 0 and", ""},
	}
	for _, tt := range tests {
		e := trackingID([]byte(tt.text), 0)
		got := ""
		if e >= 0 {
			got = tt.text[:e]
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestUnregisteredTags(t *testing.T) {
	c := newTestClassifier(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a number with a people word nearby", "Researchers said the actor TA5999 sent tax-themed lures to accountants.", []string{"unregistered:ta5999"}},
		{"spaced and dashed forms are one group", "The group UNC9999 (written UNC9999 by some) struck again; APT 97 and APT-97 were named too.", []string{"unregistered:apt97", "unregistered:unc9999"}},
		{"a registered number is the registered actor", "The TA505 group sent the lures.", []string{"ta505"}},
		{"lower case is not a vendor's number", "the ta5999 group said", []string{}},
		{"no people word, no threat report", "Model TA3000 kettles were recalled after complaints.", []string{}},
		{"a ticket number is not a group", "The fix for DEV-1234 shipped in the spring release.", []string{}},
		{"inside a web address", "See https://example.org/unc9999-group-report for details.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := c.Document("", tt.text)
			assert.Equal(t, tt.want, actorIDs(tags))
			for _, a := range tags.Actors {
				require.NotEmpty(t, a.Evidence)
				if a.Type == taxonomy.TypeUnregistered {
					for _, sp := range a.Evidence {
						assert.Equal(t, sp.Text, string([]rune(tt.text)[sp.Start:sp.End]), "evidence is the text at its offsets")
						assert.Equal(t, a.Id, taxonomy.UnregisteredID(sp.Text))
					}
				}
			}
		})
	}
}

// TestReadingInThreatReports checks the document-level reading of cyber
// names: in a text that reads as a threat report, a ransomware family's
// name is the code unless the text names its people; in news it is the gang.
func TestReadingInThreatReports(t *testing.T) {
	c := newTestClassifier(t)
	report := "The loader drops a second-stage payload over C2, gains persistence and exfiltrates data before the exploit of CVE-2099-0001 is patched. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"report: the family's name alone is the code", report + "The final payload is LockBit, which encrypts the disks; LockBit ransomware then drops its note.", []string{}},
		{"report: the people named once license the name", report + "The final payload is LockBit. The LockBit operators then demanded a ransom.", []string{"lockbit"}},
		{"news: a gang named in a story", "LockBit claimed the attack on the port and demanded a ransom, the company said.", []string{"lockbit"}},
		{"a cited title names no actor of this page", report + "See also [How the LockBit operators rebuilt their leak site](https://example.org/a).", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, actorIDs(c.Document("", tt.text)))
		})
	}
}
