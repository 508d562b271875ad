package identity

import (
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/problem"
)

// TestCheckRoles: at least one known role and no more entries than there are
// roles; a role given twice counts once, in the order first given.
func TestCheckRoles(t *testing.T) {
	many := make([]string, 10_000)
	for i := range many {
		many[i] = "SUPPLIER"
	}
	for _, c := range []struct {
		name  string
		roles []string
		want  []string
		code  string
	}{
		{"OK", []string{"SUPPLIER"}, []string{"SUPPLIER"}, ""},
		{"All", Roles, Roles, ""},
		{"Repeats", []string{"FINANCIER", "CLEARING", "FINANCIER"}, []string{"FINANCIER", "CLEARING"}, ""},
		{"None", nil, nil, problem.CodeInvalid},
		{"Unknown", []string{"SUPPLIER", "BOSS"}, nil, "unknown_role"},
		{"Seven", append(slices.Clone(Roles), "SUPPLIER"), nil, problem.CodeTooManyItems},
		{"TenThousand", many, nil, problem.CodeTooManyItems},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := checkRoles(c.roles)
			if c.code != "" {
				if p := problem.From(err); err == nil || p.Code != c.code || p.Field != "roles" || p.Status != 422 {
					t.Fatalf("checkRoles: %v, want 422 %s on roles", err, c.code)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("checkRoles: %v, %v; want %v", got, err, c.want)
			}
		})
	}
}

// TestLargestRegistrationFits: the largest registration the API accepts (every
// role, the longest DID) packs far below the 128 KiB a geth node takes.
func TestLargestRegistrationFits(t *testing.T) {
	hashes := make([][32]byte, len(Roles))
	for i, r := range Roles {
		hashes[i] = RoleHash(r)
	}
	did := "did:web:" + strings.Repeat("a", 492)
	data := identityregistry.NewIdentityRegistry().PackRegisterOrganization(common.Address{1}, did, hashes)
	if len(data) > 4<<10 {
		t.Fatalf("the largest registration packs %d bytes", len(data))
	}
}
