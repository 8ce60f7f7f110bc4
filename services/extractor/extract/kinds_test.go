package extract

import (
	"testing"
)

// TestRuleKindsKnown keeps the rules files and the Kind constants in step:
// a KIND the code does not know is a typo that would start a new public
// Removed key.
func TestRuleKindsKnown(t *testing.T) {
	tr, err := loadTextRules(rulesFS)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.rules) == 0 {
		t.Fatal("no text rules loaded")
	}
	for _, r := range tr.rules {
		if _, ok := kindByName[string(r.kind)]; !ok {
			t.Errorf("rule %q: unknown kind %q", r.raw, r.kind)
		}
	}
	for part, k := range partKinds {
		if _, ok := kindByName[string(k)]; !ok {
			t.Errorf("class part %q: unknown kind %q", part, k)
		}
	}
	for pair, k := range pairKinds {
		if _, ok := kindByName[string(k)]; !ok {
			t.Errorf("class pair %q: unknown kind %q", pair, k)
		}
	}
	if _, ok := kindByName[string(siteContent)]; ok {
		t.Errorf("%q is a site-rule marker, not a removed kind", siteContent)
	}
}
