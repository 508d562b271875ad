package server_test

import (
	"bufio"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/indexer/rpcproxy"
	"github.com/duochain/duochain/services/server"
	"github.com/duochain/duochain/services/server/servertest"
)

// methodsDoc is where the JSON-RPC methods the platform needs are listed, for
// operators: the file, relative to the repository's top directory.
const methodsDoc = "docs/operations.md"

// documentedMethods are the JSON-RPC methods methodsDoc lists between its
// "rpc-methods" markers, one `method` a line.
func documentedMethods(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(servertest.RepoRoot(), filepath.FromSlash(methodsDoc)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	re := regexp.MustCompile("^- `([a-z]+_[A-Za-z]+)`")
	out := map[string]bool{}
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.Contains(line, "<!-- rpc-methods -->"):
			in = true
		case strings.Contains(line, "<!-- /rpc-methods -->"):
			in = false
		case in:
			if m := re.FindStringSubmatch(line); m != nil {
				out[m[1]] = true
			}
		}
	}
	if len(out) == 0 {
		t.Fatal(methodsDoc + " lists no JSON-RPC methods between <!-- rpc-methods --> and <!-- /rpc-methods -->")
	}
	return out
}

// TestRPCMethods runs every capability through the server with its chain
// client behind a proxy that records each JSON-RPC method called: deployment,
// organizations and credentials, a receivable's whole life (submit, confirm,
// split, finance, repay, redeem), credential export and verification (the API's
// and `duochain vc verify`'s), trace events anchored, works and a catalog
// registered, readiness. Every method called must be one docs/operations.md lists, so
// that an operator knows what a node (geth, Besu, any EVM JSON-RPC) must serve.
func TestRPCMethods(t *testing.T) {
	var proxy *rpcproxy.Proxy
	s := servertest.NewVia(t, func(conn *rpc.Client) server.Chain {
		proxy = rpcproxy.New(conn, rpcproxy.Options{})
		t.Cleanup(proxy.Close)
		c, err := ethclient.Dial(proxy.URL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	})
	s.Demo()

	// Receivables.
	var root servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", map[string]any{
		"obligor": s.IDs["core"], "value": "1000000.00", "currency": "CNY", "due_date": s.DueIn(90), "invoice": servertest.Invoice("RPC-1"),
	}, &root)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, nil)
	var split struct {
		Parts []servertest.Receivable `json:"parts"`
	}
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", map[string]any{
		"parts": []map[string]any{{"to": s.IDs["sup2"], "value": "400000.00"}},
	}, &split)
	part := split.Parts[0]
	var fr struct {
		ID string `json:"id"`
	}
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+part.ID+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "400000.00", "max_annual_rate": "0.20"}, &fr)
	s.Must(http.StatusOK, "bank", "GET", "/v1/financing-requests/"+fr.ID+"/quote?annual_rate=0.045", nil, nil)
	s.Must(http.StatusCreated, "bank", "POST", "/v1/financing-requests/"+fr.ID+"/fund", map[string]any{"annual_rate": "0.045"}, nil)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/repay", nil, nil)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/redeem", nil, nil)
	s.Must(http.StatusCreated, "bank", "POST", "/v1/receivables/"+part.ID+"/redeem", nil, nil)
	s.Must(http.StatusOK, "core", "GET", "/v1/exposure?obligor="+s.IDs["core"], nil, nil)

	// Identity: a credential exported, verified by the API and by the CLI on the node.
	s.Must(http.StatusOK, "bank", "GET", "/v1/organizations/"+s.IDs["sup1"]+"/verification?topics=KYB", nil, nil)
	vc := s.ExportVC("sup1", "sup1", "KYB")
	if v := s.VerifyVC(vc); !v.Valid {
		t.Fatalf("the API finds sup1's KYB invalid: %+v", v)
	}
	if res, err := identity.Verify(context.Background(), s.Server.Config.Chain, s.Server.Config.Deployment.IdentityRegistry, vc); err != nil || !res.Valid {
		t.Fatalf("vc verify: %v: %+v", err, res)
	}

	// Traceability: events ingested and anchored.
	s.Must(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", servertest.GS1Example(t, "Example_9.6.1-ObjectEvent.jsonld"), nil)
	s.AnchoredHistory(t, "sup1", "urn:epc:id:sgtin:0614141.107346.2018", 2)

	// Copyright: a work and a catalog registered, a certificate read, a file verified.
	image := []byte("\x89PNG\r\n\x1a\n an image for the RPC method list")
	var w servertest.Work
	servertest.Decode(t, s.Upload("sup1", "/v1/works", map[string]string{"title": "RPC"}, image), http.StatusCreated, &w)
	s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+w.SHA256+"/certificate", nil, nil)
	servertest.Decode(t, s.Upload("bank", "/v1/works/verify", nil, image), http.StatusOK, nil)
	body, _ := servertest.CatalogBody("rpc-1", "rpc", 3)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/works/catalogs", body, nil)

	s.Must(http.StatusOK, "", "GET", "/readyz", nil, nil)
	time.Sleep(500 * time.Millisecond) // a few rounds of the background loops (reorg watch, indexer)

	called := proxy.Methods()
	t.Logf("JSON-RPC methods called: %s", strings.Join(called, " "))
	listed := documentedMethods(t)
	for _, m := range called {
		if !listed[m] {
			t.Errorf("the platform called %s, which the list of JSON-RPC methods in %s lacks", m, methodsDoc)
		}
	}
}

// TestReportedBlockHashesEndToEnd runs writes through the whole server with
// its chain behind a proxy that reports every block hash other than
// keccak(RLP(header)), as CometBFT-based EVM chains do. The transaction
// manager's reorg watch must take the hashes the node reports: comparing
// them with recomputed ones put every mined operation back in flight, again
// and again, and writes never settled.
func TestReportedBlockHashesEndToEnd(t *testing.T) {
	s := servertest.NewVia(t, func(conn *rpc.Client) server.Chain {
		proxy := rpcproxy.New(conn, rpcproxy.Options{RewriteBlockHashes: true})
		t.Cleanup(proxy.Close)
		c, err := ethclient.Dial(proxy.URL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	})
	s.Demo()
	var root servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("HASH-1", "1000.00", s.DueIn(30)), &root)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	time.Sleep(time.Second) // several rounds of the reorg watch
	if n := s.Server.Ops.Stats().Reorged; n != 0 {
		t.Fatalf("%d mined operations put back in flight on a chain that never reorganised", n)
	}
	s.Must(http.StatusOK, "core", "GET", "/v1/receivables/"+root.ID, nil, &root)
	if root.Status != "active" {
		t.Fatalf("after the confirmation: %+v", root)
	}
}
