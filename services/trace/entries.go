package trace

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ReadEntries reads one history entry, a JSON array of them, an item
// history page ({"items": [...]}) or a receivable's trace ({"received":
// [...], "other_records": [...]}, in that order).
func ReadEntries(body []byte) ([]Entry, error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var list []Entry
		return list, json.Unmarshal(body, &list)
	}
	var page struct {
		Items        []Entry `json:"items"`
		Received     []Entry `json:"received"`
		OtherRecords []Entry `json:"other_records"`
	}
	if err := json.Unmarshal(body, &page); err == nil && page.Items != nil {
		return page.Items, nil
	} else if err == nil && (page.Received != nil || page.OtherRecords != nil) {
		return append(page.Received, page.OtherRecords...), nil
	}
	var e Entry
	if err := json.Unmarshal(body, &e); err != nil {
		return nil, err
	}
	return []Entry{e}, nil
}

// VerifyEntries verifies each entry with v, prints one line per entry to out (what `duochain trace verify` prints), and fails when any is invalid.
func VerifyEntries(ctx context.Context, out io.Writer, v Verifier, entries []Entry) error {
	if len(entries) == 0 {
		return errors.New("no entry to verify")
	}
	invalid := 0
	for i, e := range entries {
		res, err := v.Verify(ctx, e)
		if err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
		by := fmt.Sprintf("anchor %s, anchorer %s", res.Anchor.Hex(), anchorerOf(res))
		if res.Valid {
			// Checked says what "valid" vouches for: never batch.id, leaf_index,
			// status or anchored_at, which nothing on chain commits to.
			fmt.Fprintf(out, "entry %d: valid (event %s, batch root %s, %s; checked %s)\n", i, e.EventHash, deref(e.Batch.Root), by, strings.Join(res.Checked, ", "))
			continue
		}
		invalid++
		fmt.Fprintf(out, "entry %d: INVALID: %s (%s)\n", i, strings.Join(res.Reasons, ", "), by)
	}
	if invalid > 0 {
		return fmt.Errorf("%d of %d entries invalid", invalid, len(entries))
	}
	return nil
}

// anchorerOf names who anchored the entry's root, or that no one is known to.
func anchorerOf(res Verification) string {
	if res.Anchorer == (common.Address{}) {
		return "none"
	}
	return res.Anchorer.Hex()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
