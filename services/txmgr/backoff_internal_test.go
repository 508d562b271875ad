package txmgr

import (
	"testing"
	"time"
)

// TestBackoff: waits double from min to max, and a success starts over.
func TestBackoff(t *testing.T) {
	b := newBackoff(10*time.Millisecond, 50*time.Millisecond)
	now := time.Unix(1000, 0)
	var got []time.Duration
	for range 5 {
		if !b.due(now) {
			t.Fatalf("not due at %v after its wait", now)
		}
		w := b.fail(now)
		if b.due(now.Add(w - time.Nanosecond)) {
			t.Fatalf("due before its wait of %v ended", w)
		}
		got = append(got, w)
		now = now.Add(w)
	}
	want := []time.Duration{10 * time.Millisecond, 20 * time.Millisecond, 40 * time.Millisecond, 50 * time.Millisecond, 50 * time.Millisecond}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("waits %v, want %v", got, want)
		}
	}
	b.reset()
	if !b.due(now) {
		t.Fatal("not due after a success")
	}
	if w := b.fail(now); w != 10*time.Millisecond {
		t.Fatalf("first wait after a success %v, want 10ms", w)
	}
}
