package api

import (
	"context"
	"time"
)

// Clock tells the chain's time, the latest block's: due dates, lapses,
// licence expiries and credential validity are judged by it, not by the wall
// clock, which a dev chain runs ahead of. A chain that cannot tell it is an
// error (a problem.Unavailable, answered 503), never a zero time, by which
// nothing would have expired.
//
// It lives here, in the plumbing every capability imports already, so that
// each takes the same type from the wiring (services/server builds the one
// that reads the chain) without importing another capability or the node.
type Clock func(ctx context.Context) (time.Time, error)
