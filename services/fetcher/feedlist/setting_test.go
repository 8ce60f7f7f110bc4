package feedlist

import (
	"testing"

	"github.com/newsflow/newsflow/plumbing/settings"
)

func TestSettingFormsAgree(t *testing.T) {
	if err := settings.Check(func() any { return &Setting{} }, nil); err != nil {
		t.Fatal(err)
	}
}
