package identity

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/problem"
)

// Verdicts on one topic of an organization, judged from the read model at the
// chain's time. Stable: clients see them; the list only grows. When several
// apply, the first in this order wins.
const (
	VerdictSuspended        = "organization_suspended" // the organization itself is suspended
	VerdictMissing          = "missing"                // no credential for the topic was ever issued
	VerdictRevoked          = "revoked"                // revoked by its issuer or an operator
	VerdictExpired          = "expired"                // expires_at is at or before the chain's time
	VerdictIssuerNotTrusted = "issuer_not_trusted"     // the issuer is no longer an active VERIFIER
	VerdictVerified         = "verified"               // none of the above: the registry's isVerified holds
)

// MaxTopics is how many topics one verification request may ask about.
const MaxTopics = 16

// DefaultTopic is judged when a request names no topics, with every topic the
// organization holds a credential for.
const DefaultTopic = "KYB"

// IssuerRef names a credential's issuer.
type IssuerRef struct {
	ID      string         `json:"id,omitempty"` // empty when the issuer is not an organization we know
	Address common.Address `json:"address"`
	Name    string         `json:"name,omitempty"`
}

// Evidence is what a verdict rests on: the registry's credential and where it
// was recorded.
type Evidence struct {
	Issuer         IssuerRef   `json:"issuer"`
	IssuedAt       time.Time   `json:"issued_at"`
	ExpiresAt      time.Time   `json:"expires_at"`
	DocumentSHA256 common.Hash `json:"document_sha256"`
	Revoked        bool        `json:"revoked"`
	TxHash         common.Hash `json:"tx_hash"`
	BlockNumber    uint64      `json:"block_number"`
}

// TopicVerdict is the verdict on one topic, with its evidence (null when missing).
type TopicVerdict struct {
	Topic    string    `json:"topic"`
	Verdict  string    `json:"verdict"`
	Evidence *Evidence `json:"evidence"`
}

// Verification is the answer of GET /v1/organizations/{id}/verification.
type Verification struct {
	Organization Organization   `json:"organization"`
	Verified     bool           `json:"verified"` // every topic asked about is verified
	AsOf         time.Time      `json:"as_of"`    // the chain time the verdicts are judged at
	Topics       []TopicVerdict `json:"topics"`
}

// ParseTopics reads the comma-separated topics query parameter: each topic is
// 1 to 32 upper-case letters, digits or _, at most MaxTopics; duplicates count
// once. An empty parameter gives nil.
func ParseTopics(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var out []string
	for _, t := range strings.Split(s, ",") {
		if !topicPattern.MatchString(t) {
			return nil, problem.BadRequest("invalid_topics", "topic %q must be 1 to 32 upper-case letters, digits or _ (topics=KYB,MARKETPLACE_SELLER)", t)
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	if len(out) > MaxTopics {
		return nil, problem.BadRequest("invalid_topics", "ask about at most %d topics at once", MaxTopics)
	}
	return out, nil
}

// Verify judges org's credentials for topics at the chain time now, from the
// read model; no topics means KYB and every topic org holds.
func (s *Store) Verify(ctx context.Context, org Organization, topics []string, now time.Time) (Verification, error) {
	rows, err := s.Pool.Query(ctx, `SELECT c.topic, c.issuer, c.document_hash, c.issued_at, c.expires_at, c.revoked, c.tx_hash, c.block_number,
			i.id, coalesce(i.name, ''), coalesce(i.status, ''), coalesce(i.roles, '{}')
		FROM credentials c LEFT JOIN organizations i ON i.address = c.issuer
		WHERE c.address = $1 ORDER BY c.topic`, org.Address.Bytes())
	if err != nil {
		return Verification{}, fmt.Errorf("read the credentials of organization %s: %w", org.ID, err)
	}
	defer rows.Close()
	type held struct {
		ev      Evidence
		trusted bool
	}
	have := map[string]held{}
	var all []string
	for rows.Next() {
		var (
			topic, iName, iStatus string
			issuer, doc, txHash   []byte
			iID                   *int64
			iRoles                []string
			ev                    Evidence
		)
		if err := rows.Scan(&topic, &issuer, &doc, &ev.IssuedAt, &ev.ExpiresAt, &ev.Revoked, &txHash, &ev.BlockNumber, &iID, &iName, &iStatus, &iRoles); err != nil {
			return Verification{}, fmt.Errorf("read a credential of organization %s: %w", org.ID, err)
		}
		ev.Issuer = IssuerRef{Address: common.BytesToAddress(issuer), Name: iName}
		if iID != nil {
			ev.Issuer.ID = strconv.FormatInt(*iID, 10)
		}
		ev.DocumentSHA256, ev.TxHash = common.BytesToHash(doc), common.BytesToHash(txHash)
		ev.IssuedAt, ev.ExpiresAt = ev.IssuedAt.UTC(), ev.ExpiresAt.UTC()
		have[topic] = held{ev: ev, trusted: iStatus == "active" && slices.Contains(iRoles, "VERIFIER")}
		all = append(all, topic)
	}
	if err := rows.Err(); err != nil {
		return Verification{}, fmt.Errorf("read the credentials of organization %s: %w", org.ID, err)
	}
	if len(topics) == 0 {
		topics = all
		if !slices.Contains(topics, DefaultTopic) {
			topics = append([]string{DefaultTopic}, topics...)
		}
	}
	out := Verification{Organization: org, Verified: true, AsOf: now.UTC(), Topics: []TopicVerdict{}}
	for _, t := range topics {
		tv := TopicVerdict{Topic: t}
		h, ok := have[t]
		if ok {
			ev := h.ev
			tv.Evidence = &ev
		}
		switch {
		case org.Status == "suspended":
			tv.Verdict = VerdictSuspended
		case !ok:
			tv.Verdict = VerdictMissing
		case h.ev.Revoked:
			tv.Verdict = VerdictRevoked
		case !h.ev.ExpiresAt.After(now):
			tv.Verdict = VerdictExpired
		case !h.trusted:
			tv.Verdict = VerdictIssuerNotTrusted
		default:
			tv.Verdict = VerdictVerified
		}
		out.Verified = out.Verified && tv.Verdict == VerdictVerified
		out.Topics = append(out.Topics, tv)
	}
	return out, nil
}
