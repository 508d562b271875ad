package api

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// Organization is the organization a request acts for, as its API key names
// it (identity.Organization is the same organization as the API shows it).
type Organization struct {
	ID      int64
	Name    string
	Address common.Address
	Roles   []string // registry roles, e.g. "SUPPLIER"
	Status  string
	KeyID   int64 // the API key the request came with
}

// Has reports whether the organization holds role.
func (p Organization) Has(role string) bool { return slices.Contains(p.Roles, role) }

// Authenticator resolves the SHA-256 hash of an API key to the organization it acts for; a
// missing or revoked key is a problem.Unauthorized.
type Authenticator func(ctx context.Context, keyHash [32]byte) (Organization, error)

type organizationKey struct{}

// WithOrganization returns ctx carrying p.
func WithOrganization(ctx context.Context, p Organization) context.Context {
	return context.WithValue(ctx, organizationKey{}, p)
}

// OrganizationFrom returns the organization an authenticated request acts for.
func OrganizationFrom(ctx context.Context) (Organization, bool) {
	p, ok := ctx.Value(organizationKey{}).(Organization)
	return p, ok
}

// Under applies mw to requests whose path starts with prefix, except those
// matching one of the public route templates (as registered, e.g.
// "/v1/credentials/verify"). Use it on the Echo instance rather than giving a
// group middleware: Echo answers 404 instead of 405 for a known path with
// another method once a group has middleware.
func Under(prefix string, mw echo.MiddlewareFunc, public ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		guarded := mw(next)
		return func(c echo.Context) error {
			if strings.HasPrefix(c.Request().URL.Path, prefix) && !slices.Contains(public, c.Path()) {
				return guarded(c)
			}
			return next(c)
		}
	}
}

// RequireKey is middleware that authenticates `Authorization: Bearer <api key>`.
func RequireKey(auth Authenticator) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			// The scheme is case-insensitive (RFC 9110 section 11.1).
			scheme, key, _ := strings.Cut(c.Request().Header.Get(echo.HeaderAuthorization), " ")
			if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(key) == "" {
				c.Response().Header().Set("WWW-Authenticate", `Bearer realm="duochain"`)
				return problem.Unauthorized("send an API key as Authorization: Bearer <key>")
			}
			p, err := auth(c.Request().Context(), HashKey(strings.TrimSpace(key)))
			if err != nil {
				// Every 401 carries a challenge (RFC 9110 section 15.5.2).
				if pe := problem.From(err); pe.Status == http.StatusUnauthorized {
					c.Response().Header().Set("WWW-Authenticate", `Bearer realm="duochain", error="invalid_token"`)
				}
				return err
			}
			if p.Status == "suspended" {
				return problem.Forbidden("organization %d is suspended", p.ID)
			}
			c.SetRequest(c.Request().WithContext(WithOrganization(c.Request().Context(), p)))
			return next(c)
		}
	}
}

// RequireOrganization returns the organization the request acts for, or an
// unauthorized problem when the request carries none (a route outside RequireKey).
func RequireOrganization(ctx context.Context) (Organization, error) {
	p, ok := OrganizationFrom(ctx)
	if !ok {
		return Organization{}, problem.Unauthorized("no authenticated organization")
	}
	return p, nil
}

// RequireRole returns the request's organization when it holds one of roles, else a forbidden problem.
func RequireRole(ctx context.Context, roles ...string) (Organization, error) {
	p, err := RequireOrganization(ctx)
	if err != nil {
		return p, err
	}
	for _, r := range roles {
		if p.Has(r) {
			return p, nil
		}
	}
	return p, problem.Forbidden("organization %d (%s) lacks the %s role", p.ID, p.Name, strings.Join(roles, " or "))
}

// NewKey returns a fresh API key ("dck_" and 32 random bytes, hex) and its hash.
func NewKey() (key string, hash [32]byte) {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	key = "dck_" + hex.EncodeToString(b)
	return key, HashKey(key)
}

// HashKey is how API keys are stored: only their SHA-256.
func HashKey(key string) [32]byte {
	return sha256.Sum256([]byte(key))
}
