package bus

import (
	"fmt"

	"github.com/newsflow/newsflow/plumbing/recordid"
)

// Forged wraps err as a permanent "forged" error: the record is
// dead-lettered with the reason, never processed or stored.
func Forged(err error) error { return PermanentKind(KindForged, err) }

// CheckRecord checks that a record delivered on subject proves itself:
// its source is the subject's source token, and its id is the record id
// of link (the item link it was fetched for, see recordid). Anyone who
// may publish on a record subject could otherwise replace another page's
// record by reusing its id, or file a record under another source. The
// error is a Forged one saying what did not match.
func CheckRecord(subject, id, source, link string) error {
	subjSource, ok := SubjectSource(subject)
	if !ok {
		return Forged(fmt.Errorf("checking record %q: subject %q is not a record subject", id, subject))
	}
	if source != subjSource {
		return Forged(fmt.Errorf("checking record %q: source %q, but it was published on %s", id, source, subject))
	}
	if link == "" {
		return Forged(fmt.Errorf("checking record %q: it carries no link its id can be derived from", id))
	}
	if err := recordid.Check(id, link); err != nil {
		return Forged(fmt.Errorf("checking record: %w", err))
	}
	return nil
}
