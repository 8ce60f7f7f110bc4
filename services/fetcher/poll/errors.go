package poll

import "errors"

// ErrInvalidFeed is returned by Run for a feed it cannot poll.
var ErrInvalidFeed = errors.New("poll: invalid feed")
