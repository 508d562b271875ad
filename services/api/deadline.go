package api

import (
	"errors"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// Timeouts bound how slowly a client may send a request or take a response,
// per request rather than with one http.Server ReadTimeout and WriteTimeout:
// those would cut a 512 MiB catalog upload and a write that waits for its
// receipt alike. A body must keep up a minimum rate on average since the
// request began, after a grace period; a response must be delivered within
// Response of its first byte (a write waiting for its receipt writes nothing
// until it answers, so its wait does not count).
type Timeouts struct {
	BodyGrace   time.Duration // before the rate applies; default 10 s
	BodyMinRate int64         // bytes per second; default 32 KiB/s
	Response    time.Duration // default 2 min
}

// DefaultTimeouts are the limits NewEcho applies to what it serves.
var DefaultTimeouts = Timeouts{BodyGrace: 10 * time.Second, BodyMinRate: 32 << 10, Response: 2 * time.Minute}

// apply sets the request's read and write deadlines on its connection
// (http.ResponseController) as the body arrives and as the response starts.
func (t Timeouts) apply(c echo.Context) {
	rc := http.NewResponseController(c.Response())
	// The connection's previous request may have left a deadline behind.
	_ = rc.SetWriteDeadline(time.Time{})
	c.Response().Before(func() { _ = rc.SetWriteDeadline(time.Now().Add(t.Response)) })
	r := c.Request()
	if r.Body == nil || r.Body == http.NoBody {
		return
	}
	p := &pacedBody{ReadCloser: r.Body, rc: rc, start: time.Now(), grace: t.BodyGrace, rate: max(t.BodyMinRate, 1)}
	p.extend()
	r.Body = p
}

// pacedBody moves the connection's read deadline on as bytes arrive: at any
// time the body may be no later than grace + bytes read / rate since start.
type pacedBody struct {
	io.ReadCloser
	rc          *http.ResponseController
	start       time.Time
	grace       time.Duration
	rate        int64
	n           int64
	done        bool
	lastSetting time.Time
}

func (p *pacedBody) extend() {
	d := p.start.Add(p.grace + time.Duration(float64(p.n)/float64(p.rate)*float64(time.Second)))
	if d.Sub(p.lastSetting) < 10*time.Millisecond {
		return
	}
	p.lastSetting = d
	_ = p.rc.SetReadDeadline(d)
}

// Read reads the body; at its end it lifts the deadline, since the server's
// own read that watches for the client going away would otherwise time out
// and cancel a request still waiting for its receipt.
func (p *pacedBody) Read(b []byte) (int, error) {
	n, err := p.ReadCloser.Read(b)
	p.n += int64(n)
	switch {
	case err == io.EOF && !p.done:
		p.done = true
		_ = p.rc.SetReadDeadline(time.Time{})
	case errors.Is(err, os.ErrDeadlineExceeded):
		return n, problem.New(http.StatusRequestTimeout, "body_too_slow",
			"the request body came slower than %d bytes a second after %s; send it faster", p.rate, p.grace)
	case n > 0:
		p.extend()
	}
	return n, err
}
