package indexer

// SetKeepBlocks makes ix prune blocks without events n blocks below its
// checkpoint instead of keepBlocks, so a test needs fewer blocks to see it.
func SetKeepBlocks(ix *Indexer, n uint64) { ix.keep = n }
