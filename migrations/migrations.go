// Package migrations embeds duochain's Postgres schema migrations, applied in
// order by golang-migrate (`duochain migrate up`). Files are named
// NNNNNN_what.up.sql / NNNNNN_what.down.sql; a migration, once landed, is never
// edited: the next change is a new file.
package migrations

import "embed"

// FS holds every migration file.
//
//go:embed *.sql
var FS embed.FS
