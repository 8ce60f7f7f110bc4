package store

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// cursor is the keyset position after the last article of a page: results
// continue with (sort_time, id) strictly below it.
type cursor struct {
	// V versions the encoding so it can change without misreading old ones.
	V    int    `json:"v"`
	Time int64  `json:"t"`
	ID   string `json:"i"`
}

const cursorVersion = 1

func encodeCursor(sortTime int64, id string) string {
	b, _ := json.Marshal(cursor{V: cursorVersion, Time: sortTime, ID: id}) // cannot fail: plain fields
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, fmt.Errorf("%w: %w", ErrInvalidCursor, err)
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return cursor{}, fmt.Errorf("%w: %w", ErrInvalidCursor, err)
	}
	if c.V != cursorVersion || c.ID == "" {
		return cursor{}, fmt.Errorf("%w: unknown version or empty position", ErrInvalidCursor)
	}
	return c, nil
}
