package main

import (
	"strings"
	"testing"
	"time"

	"github.com/duochain/duochain/services/server"
)

// TestServerConfig: the environment fills what the subcommand left zero, and
// a malformed value stops the start with the variable named.
func TestServerConfig(t *testing.T) {
	t.Setenv(envMaxUploads, "3")
	t.Setenv(envBatchSize, "500")
	t.Setenv(envBatchInterval, "250ms")
	t.Setenv(envMetricsToken, "tok")
	c, err := serverConfig(server.Config{})
	if err != nil || c.MaxUploads != 3 || c.TraceBatchSize != 500 || c.TraceBatchInterval != 250*time.Millisecond || c.MetricsToken != "tok" {
		t.Fatalf("from the environment: %+v %v", c, err)
	}
	if c, err := serverConfig(server.Config{MaxUploads: 7, MetricsToken: "given"}); err != nil || c.MaxUploads != 7 || c.MetricsToken != "given" {
		t.Fatalf("set fields win: %+v %v", c, err)
	}
	for name, bad := range map[string]string{envMaxUploads: "0", envBatchSize: "ten", envBatchInterval: "-1s"} {
		t.Run(name, func(t *testing.T) {
			t.Setenv(name, bad)
			if _, err := serverConfig(server.Config{}); err == nil || !strings.Contains(err.Error(), name) {
				t.Fatalf("%s=%q: %v", name, bad, err)
			}
		})
	}
}
