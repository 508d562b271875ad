// Package rpcproxy is an Ethereum JSON-RPC proxy for tests. It forwards every
// call to an upstream connection (a simulated backend's, or a node's), records
// which methods were called, and can rewrite block hashes the way a chain
// whose block hash is not keccak(RLP(header)) reports them (CometBFT-based
// EVMs hash their own header): each block hash becomes another, consistently
// in blocks, logs and receipts, and is translated back in parameters. Code
// that recomputes a block's hash from its header sees hashes that match
// nothing the node reports.
package rpcproxy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// Proxy is a running JSON-RPC proxy over HTTP.
type Proxy struct {
	// URL is where clients dial the proxy.
	URL string

	upstream *rpc.Client
	rewrite  bool
	srv      *httptest.Server

	mu      sync.Mutex
	methods map[string]int
	real    map[common.Hash]common.Hash // reported hash -> upstream hash
}

// Options say what the proxy does besides forwarding.
type Options struct {
	// RewriteBlockHashes makes every block hash the proxy reports differ from
	// the upstream's (and so from the hash of the header's RLP).
	RewriteBlockHashes bool
}

// New starts a proxy in front of upstream; Close stops it.
func New(upstream *rpc.Client, opts Options) *Proxy {
	p := &Proxy{upstream: upstream, rewrite: opts.RewriteBlockHashes, methods: map[string]int{}, real: map[common.Hash]common.Hash{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	p.URL = p.srv.URL
	return p
}

// Close stops the proxy.
func (p *Proxy) Close() { p.srv.Close() }

// Methods returns the methods called so far, sorted.
func (p *Proxy) Methods() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]string, 0, len(p.methods))
	for m := range p.methods {
		out = append(out, m)
	}
	slices.Sort(out)
	return out
}

// Reported is the hash the proxy reports for the upstream block hash h.
func (p *Proxy) Reported(h common.Hash) common.Hash {
	if !p.rewrite || h == (common.Hash{}) {
		return h
	}
	r := crypto.Keccak256Hash([]byte("rpcproxy: not keccak(rlp(header))"), h[:])
	p.mu.Lock()
	p.real[r] = h
	p.mu.Unlock()
	return r
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if trimmed := strings.TrimSpace(string(body)); strings.HasPrefix(trimmed, "[") {
		var reqs []request
		if err := json.Unmarshal(body, &reqs); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		out := make([]response, len(reqs))
		for i, req := range reqs {
			out[i] = p.call(r, req)
		}
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(p.call(r, req))
}

func (p *Proxy) call(r *http.Request, req request) response {
	p.mu.Lock()
	p.methods[req.Method]++
	p.mu.Unlock()
	args := make([]any, len(req.Params))
	for i, raw := range req.Params {
		args[i] = json.RawMessage(p.translate(raw))
	}
	var result json.RawMessage
	err := p.upstream.CallContext(r.Context(), &result, req.Method, args...)
	resp := response{JSONRPC: "2.0", ID: req.ID}
	if err != nil {
		e := &rpcError{Code: -32000, Message: err.Error()}
		var re rpc.Error
		if errors.As(err, &re) {
			e.Code = re.ErrorCode()
		}
		var de rpc.DataError
		if errors.As(err, &de) {
			e.Data = de.ErrorData()
		}
		resp.Error = e
		return resp
	}
	if result == nil {
		result = json.RawMessage("null")
	}
	resp.Result = p.report(result)
	return resp
}

// translate maps reported block hashes in parameters back to upstream ones.
func (p *Proxy) translate(raw json.RawMessage) json.RawMessage {
	if !p.rewrite {
		return raw
	}
	v, ok := decode(raw)
	if !ok {
		return raw
	}
	v = p.walk(v, func(s string) string {
		if len(s) != 66 || !strings.HasPrefix(s, "0x") {
			return s
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if h, ok := p.real[common.HexToHash(s)]; ok {
			return h.Hex()
		}
		return s
	}, false)
	b, _ := json.Marshal(v)
	return b
}

// report rewrites the block hashes in a result: blockHash and parentHash
// everywhere, hash in objects that are blocks (they have a parentHash).
func (p *Proxy) report(raw json.RawMessage) json.RawMessage {
	if !p.rewrite {
		return raw
	}
	v, ok := decode(raw)
	if !ok {
		return raw
	}
	v = p.walk(v, func(s string) string { return p.Reported(common.HexToHash(s)).Hex() }, true)
	b, _ := json.Marshal(v)
	return b
}

// walk applies f to block-hash strings in v: with keyed, only to the values of
// block-hash keys; without, to every string.
func (p *Proxy) walk(v any, f func(string) string, keyed bool) any {
	switch x := v.(type) {
	case map[string]any:
		_, isBlock := x["parentHash"]
		for k, e := range x {
			s, isString := e.(string)
			switch {
			case keyed && isString && (k == "blockHash" || k == "parentHash" || k == "hash" && isBlock):
				x[k] = f(s)
			case !keyed && isString:
				x[k] = f(s)
			default:
				x[k] = p.walk(e, f, keyed)
			}
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = p.walk(e, f, keyed)
		}
		return x
	case string:
		if !keyed {
			return f(x)
		}
	}
	return v
}

// decode reads raw keeping numbers as they were written.
func decode(raw json.RawMessage) (any, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	return v, dec.Decode(&v) == nil
}

// IPC is a simulated.NewBackend option that serves the simulated node's
// JSON-RPC on a Unix socket at path (absolute, short enough for a socket
// name), for a proxy's upstream: the simulated backend's own client hides its
// connection.
func IPC(path string) func(*node.Config, *ethconfig.Config) {
	return func(n *node.Config, _ *ethconfig.Config) { n.IPCPath = path }
}
