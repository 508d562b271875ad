package copyright

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/problem"
)

// CertificateFormat names the certificate's layout; it changes only with it.
const CertificateFormat = "duochain-copyright-certificate/1"

// Certificate is self-contained evidence of a work's registration: what was
// registered, by whom, where on which chain, and how anyone can check it
// against any node of that chain without trusting duochain.
type Certificate struct {
	Format         string          `json:"format"`
	IssuedAt       time.Time       `json:"issued_at"`
	SHA256         Hash            `json:"sha256"`
	Title          string          `json:"title"`
	Metadata       *string         `json:"metadata"` // the exact bytes metadata_hash covers
	MetadataHash   common.Hash     `json:"metadata_hash"`
	Kind           string          `json:"kind"`
	Owner          OrganizationRef `json:"owner"`
	Registrant     OrganizationRef `json:"registrant"`
	ChainID        string          `json:"chain_id"`
	Contract       common.Address  `json:"contract"`
	TxHash         common.Hash     `json:"tx_hash"`
	BlockNumber    uint64          `json:"block_number"`
	BlockHash      common.Hash     `json:"block_hash"`
	BlockTimestamp uint64          `json:"block_timestamp"`
	RegisteredAt   time.Time       `json:"registered_at"`
	Catalog        *CatalogRef     `json:"catalog,omitempty"`
	// SupersededBy is, for a catalog work, the direct registration of the same
	// hash that came before the catalog: the catalog then proves the work
	// existed at its time, not that its registrant claimed it first.
	SupersededBy      *DirectClaim `json:"superseded_by,omitempty"`
	VerificationSteps []Step       `json:"verification_steps"`
}

// Step is one independent check of a certificate.
type Step struct {
	Title  string   `json:"title"`
	Do     string   `json:"do"`
	Call   *RPCCall `json:"rpc,omitempty"` // a JSON-RPC request to send to any node of the chain
	Expect string   `json:"expect"`
}

// RPCCall is a JSON-RPC request body.
type RPCCall struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

func rpc(method string, params ...any) *RPCCall {
	return &RPCCall{JSONRPC: "2.0", ID: 1, Method: method, Params: params}
}

var crABI = func() *copyrightregistryABI {
	a, err := copyrightregistry.CopyrightRegistryMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return &copyrightregistryABI{workRegistered: a.Events["WorkRegistered"].ID, catalogRegistered: a.Events["CatalogRegistered"].ID}
}()

type copyrightregistryABI struct{ workRegistered, catalogRegistered common.Hash }

// Certificate returns the evidence certificate of registered work h: a pending
// work is a 409 work_pending, an unknown or failed one a 404.
func (s *Service) Certificate(ctx context.Context, h Hash) (Certificate, error) {
	w, err := s.Get(ctx, h)
	if err != nil {
		return Certificate{}, err
	}
	switch w.Status {
	case "pending":
		return Certificate{}, problem.Conflict(CodeWorkPending, "work %s is not confirmed on chain yet; its certificate follows the confirmation", h)
	case "failed":
		return Certificate{}, problem.NotFound("the registration of work %s failed; no certificate", h)
	}
	c := Certificate{
		Format: CertificateFormat, IssuedAt: time.Now().UTC().Truncate(time.Second),
		SHA256: h, Title: w.Title, MetadataHash: w.MetadataHash, Kind: w.Kind, Owner: w.Owner, Registrant: w.Registrant,
		ChainID: s.ChainID.String(), Contract: s.Registry, TxHash: *w.TxHash, BlockNumber: *w.BlockNumber, BlockHash: *w.BlockHash,
		BlockTimestamp: uint64(w.RegisteredAt.Unix()), RegisteredAt: *w.RegisteredAt, Catalog: w.Catalog, SupersededBy: w.SupersededBy,
	}
	if w.Metadata != nil {
		m := string(w.Metadata)
		c.Metadata = &m
	}
	c.VerificationSteps = s.steps(c)
	return c, nil
}

func (s *Service) steps(c Certificate) []Step {
	h := c.SHA256
	call := func(data []byte) *RPCCall {
		return rpc("eth_call", map[string]string{"to": c.Contract.Hex(), "data": hexutil.Encode(data)}, "latest")
	}
	steps := []Step{{
		Title:  "Hash the file",
		Do:     "Compute the SHA-256 of the work's file, e.g. `sha256sum FILE` or `openssl dgst -sha256 FILE`.",
		Expect: h.String(),
	}}
	if c.Metadata != nil {
		steps = append(steps, Step{
			Title:  "Hash the metadata",
			Do:     "Compute the SHA-256 of the UTF-8 bytes of the certificate's \"metadata\" string, as given (sorted keys, no whitespace).",
			Expect: hex.EncodeToString(c.MetadataHash[:]),
		})
	}
	if c.Catalog == nil {
		steps = append(steps, Step{
			Title: "Ask the registry",
			Do: fmt.Sprintf("On any node of chain %s, eth_call work(bytes32 0x%s) on the CopyrightRegistry at %s. It returns (address owner, uint64 registeredAt, "+
				"uint64 blockNumber, bytes32 metadataHash); the owner is the current one, the time and block never change.", c.ChainID, h, c.Contract.Hex()),
			Call:   call(s.cr.PackWork(h)),
			Expect: fmt.Sprintf("owner %s, registeredAt %d, blockNumber %d, metadataHash %s", c.Owner.Address.Hex(), c.BlockTimestamp, c.BlockNumber, c.MetadataHash.Hex()),
		})
	} else {
		proof := make([][32]byte, len(c.Catalog.Proof))
		parts := make([]string, len(c.Catalog.Proof))
		for i, p := range c.Catalog.Proof {
			proof[i], parts[i] = p, p.Hex()
		}
		root := c.Catalog.Root
		steps = append(steps, Step{
			Title:  "Compute the leaf",
			Do:     fmt.Sprintf("leaf = keccak256(0x00 ‖ sha256): keccak-256 of the 33 bytes 0x00%s.", h),
			Expect: c.Catalog.Leaf.Hex(),
		}, Step{
			Title: "Fold the proof",
			Do: fmt.Sprintf("Start with h = leaf. For each proof element p in order (%s): h = keccak256(min(h, p) ‖ max(h, p)), comparing the 32-byte "+
				"values as unsigned big-endian integers (OpenZeppelin MerkleProof). The result is the catalog's Merkle root.", strings.Join(parts, ", ")),
			Expect: root.Hex(),
		}, Step{
			Title: "Ask the registry for the catalog",
			Do: fmt.Sprintf("On any node of chain %s, eth_call catalog(bytes32 %s) on the CopyrightRegistry at %s. It returns "+
				"(address owner, uint64 workCount, uint64 registeredAt, uint64 blockNumber).", c.ChainID, root.Hex(), c.Contract.Hex()),
			Call:   call(s.cr.PackCatalog(root)),
			Expect: fmt.Sprintf("owner %s, registeredAt %d, blockNumber %d", c.Owner.Address.Hex(), c.BlockTimestamp, c.BlockNumber),
		}, Step{
			Title:  "Let the registry check the proof",
			Do:     fmt.Sprintf("eth_call verifyWork(bytes32 root, bytes32 contentHash, bytes32[] proof) with the root, 0x%s and the proof; the contract computes the leaf itself.", h),
			Call:   call(s.cr.PackVerifyWork(root, h, proof)),
			Expect: "true (0x0000000000000000000000000000000000000000000000000000000000000001)",
		}, s.precedenceStep(c, call(s.cr.PackWork(h))))
	}
	topic := crABI.workRegistered
	subject := "0x" + h.String()
	if c.Catalog != nil {
		topic, subject = crABI.catalogRegistered, c.Catalog.Root.Hex()
	}
	return append(steps, Step{
		Title: "Check the transaction",
		Do: fmt.Sprintf("eth_getTransactionReceipt(%s): status 0x1, in block %d, with a log of %s whose topics are %s (the event) and %s.",
			c.TxHash.Hex(), c.BlockNumber, c.Contract.Hex(), topic.Hex(), subject),
		Call:   rpc("eth_getTransactionReceipt", c.TxHash.Hex()),
		Expect: fmt.Sprintf("blockNumber %s, blockHash %s, status 0x1", hexutil.EncodeUint64(c.BlockNumber), c.BlockHash.Hex()),
	}, Step{
		Title: "Check the block and its time",
		Do: fmt.Sprintf("eth_getBlockByNumber(%s, false): its hash is the certificate's block_hash and its timestamp the registration time, %s.",
			hexutil.EncodeUint64(c.BlockNumber), c.RegisteredAt.Format(time.RFC3339)),
		Call:   rpc("eth_getBlockByNumber", hexutil.EncodeUint64(c.BlockNumber), false),
		Expect: fmt.Sprintf("hash %s, timestamp %s (%d)", c.BlockHash.Hex(), hexutil.EncodeUint64(c.BlockTimestamp), c.BlockTimestamp),
	})
}

// precedenceStep checks that no direct registration of a catalog work's hash
// came before its catalog: the registry sees catalogs by root only, so it
// never refused one.
func (s *Service) precedenceStep(c Certificate, call *RPCCall) Step {
	st := Step{
		Title: "Check that no direct registration came first",
		Do: fmt.Sprintf("The registry knows catalogs by their root only, so the same hash may also be registered directly, by anyone. "+
			"eth_call work(bytes32 0x%s) on the CopyrightRegistry at %s; it returns (address owner, uint64 registeredAt, uint64 blockNumber, bytes32 metadataHash). "+
			"The owner must be the zero address (no direct registration), or its registeredAt must not be earlier than the catalog's, %d; "+
			"otherwise the direct registration is the first claim and the catalog proves only that the work existed at the catalog's time.",
			c.SHA256, c.Contract.Hex(), c.BlockTimestamp),
		Call:   call,
		Expect: fmt.Sprintf("owner 0x0000000000000000000000000000000000000000, or registeredAt >= %d", c.BlockTimestamp),
	}
	if d := c.SupersededBy; d != nil {
		st.Expect = fmt.Sprintf("owner %s, registeredAt %d, blockNumber %d: earlier than the catalog's %d, so the direct registration in transaction %s "+
			"came first; this certificate proves existence at the catalog's time, not the first claim", d.Owner.Address.Hex(), d.RegisteredAt.Unix(),
			d.BlockNumber, c.BlockTimestamp, d.TxHash.Hex())
	}
	return st
}

//go:embed certificate.html
var certificateHTML string

var certificatePage = template.Must(template.New("certificate").Funcs(template.FuncMap{
	"json": func(v any) string { b, _ := jsonIndent(v); return string(b) },
}).Parse(certificateHTML))

// HTML renders the certificate as a printable page; html/template escapes
// every value, titles and metadata included.
func (c Certificate) HTML() ([]byte, error) {
	var b bytes.Buffer
	if err := certificatePage.Execute(&b, c); err != nil {
		return nil, fmt.Errorf("render certificate: %w", err)
	}
	return b.Bytes(), nil
}

func jsonIndent(v any) ([]byte, error) {
	return json.MarshalIndent(v, "", "  ")
}
