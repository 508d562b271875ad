package main

import (
	"cmp"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/duochain/duochain/services/server"
)

// The environment the server's configuration reads (README, docs/operations.md).
// serve and run set the rest (address, database, chain, keys) from their flags.
const (
	envMaxUploads    = "DUOCHAIN_MAX_UPLOADS"
	envMetricsToken  = "DUOCHAIN_METRICS_TOKEN"
	envBatchSize     = "DUOCHAIN_TRACE_BATCH_SIZE"
	envBatchInterval = "DUOCHAIN_TRACE_BATCH_INTERVAL"
)

// serverConfig is c with what the environment sets: every variable the server
// is configured by is read here, once, so the server itself reads none. A
// field c already sets wins.
func serverConfig(c server.Config) (server.Config, error) {
	var err error
	if c.MaxUploads, err = envPositive(envMaxUploads, c.MaxUploads); err != nil {
		return c, err
	}
	if c.TraceBatchSize, err = envPositive(envBatchSize, c.TraceBatchSize); err != nil {
		return c, err
	}
	if v := os.Getenv(envBatchInterval); v != "" && c.TraceBatchInterval == 0 {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("%s %q is not a positive duration", envBatchInterval, v)
		}
		c.TraceBatchInterval = d
	}
	c.MetricsToken = cmp.Or(c.MetricsToken, os.Getenv(envMetricsToken))
	return c, nil
}

// envPositive is v, or when zero the positive integer in environment
// variable name, or zero when it is unset.
func envPositive(name string, v int) (int, error) {
	s := os.Getenv(name)
	if v != 0 || s == "" {
		return v, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%s %q is not a positive integer", name, s)
	}
	return n, nil
}

// env reads a required environment variable.
func env(name string) (string, error) {
	v := os.Getenv(name)
	if v == "" {
		return "", fmt.Errorf("set %s", name)
	}
	return v, nil
}

// envOr is the environment variable name, or def when it is unset.
func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
