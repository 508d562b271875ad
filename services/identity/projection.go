package identity

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/indexer"
)

// Projection keeps organizations' roles and status and the credentials table in
// step with IdentityRegistry events.
type Projection struct {
	reg *identityregistry.IdentityRegistry
}

// NewProjection returns the identity projection.
func NewProjection() *Projection { return &Projection{reg: identityregistry.NewIdentityRegistry()} }

// Name implements indexer.Handler.
func (p *Projection) Name() string { return "identity" }

// Reset implements indexer.Handler. Organizations themselves are off-chain
// records and stay; only what the chain says of them is cleared.
func (p *Projection) Reset(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `UPDATE organizations SET roles = '{}', status = 'pending', registered_block = NULL`); err != nil {
		return fmt.Errorf("reset organizations: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM credentials`); err != nil {
		return fmt.Errorf("reset credentials: %w", err)
	}
	return nil
}

// Apply implements indexer.Handler.
func (p *Projection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	l := &ev.Log
	if ev2, err := p.reg.UnpackOrganizationRegisteredEvent(l); err == nil {
		roles := make([]string, len(ev2.Roles))
		for i, r := range ev2.Roles {
			roles[i] = roleName(r)
		}
		// Update first: an upsert would burn an id from the sequence on every
		// registration of an organization the API already recorded.
		tag, err := tx.Exec(ctx, `UPDATE organizations SET roles = $3, status = 'active', registered_block = $4, did = $2 WHERE address = $1`,
			ev2.Account.Bytes(), ev2.Did, roles, ev.Block)
		if err != nil || tag.RowsAffected() == 1 {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO organizations (name, address, did, roles, status, registered_block) VALUES ($2, $1, $2, $3, 'active', $4)`,
			ev2.Account.Bytes(), ev2.Did, roles, ev.Block)
		return err
	}
	if ev2, err := p.reg.UnpackOrganizationRoleGrantedEvent(l); err == nil {
		_, err = tx.Exec(ctx, `UPDATE organizations SET roles = array_append(array_remove(roles, $2), $2) WHERE address = $1`, ev2.Account.Bytes(), roleName(ev2.Role))
		return err
	}
	if ev2, err := p.reg.UnpackOrganizationRoleRevokedEvent(l); err == nil {
		_, err = tx.Exec(ctx, `UPDATE organizations SET roles = array_remove(roles, $2) WHERE address = $1`, ev2.Account.Bytes(), roleName(ev2.Role))
		return err
	}
	if ev2, err := p.reg.UnpackOrganizationStatusChangedEvent(l); err == nil {
		status := map[uint8]string{1: "active", 2: "suspended"}[ev2.Status]
		_, err = tx.Exec(ctx, `UPDATE organizations SET status = $2 WHERE address = $1`, ev2.Account.Bytes(), status)
		return err
	}
	if ev2, err := p.reg.UnpackCredentialIssuedEvent(l); err == nil {
		_, err = tx.Exec(ctx, `INSERT INTO credentials (address, topic, issuer, document_hash, issued_at, expires_at, revoked, tx_hash, block_number)
			VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8)
			ON CONFLICT (address, topic) DO UPDATE SET issuer = $3, document_hash = $4, issued_at = $5, expires_at = $6,
				revoked = false, tx_hash = $7, block_number = $8`,
			ev2.Account.Bytes(), topicName(ev2.Topic), ev2.Issuer.Bytes(), ev2.DocumentHash[:],
			time.Unix(int64(ev2.IssuedAt), 0).UTC(), time.Unix(int64(ev2.ExpiresAt), 0).UTC(), ev.TxHash.Bytes(), ev.Block)
		return err
	}
	if ev2, err := p.reg.UnpackCredentialRevokedEvent(l); err == nil {
		_, err = tx.Exec(ctx, `UPDATE credentials SET revoked = true WHERE address = $1 AND topic = $2`, ev2.Account.Bytes(), topicName(ev2.Topic))
		return err
	}
	return nil
}
