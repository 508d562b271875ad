# duochain: the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
GO    ?= go
DATA  ?= $(CURDIR)/.data
# Every go test runs under an explicit timeout: go's default of 10 minutes per package is
# too close to what the slowest package takes under -race on a loaded two-core machine.
TEST_TIMEOUT ?= 30m

.PHONY: run test generate lint gas deps build bench bench-trace

## run: the platform on one machine: geth dev chain and Postgres under .data/, contracts, demo organizations, API
run: build
	./bin/duochain run --data $(DATA)

## test: every test: contracts on the simulated backend, a real geth --dev and Postgres, generated-code staleness.
## The race detector runs on every package but contracts/, whose single-threaded tests drive an in-process
## geth node: under -race they take minutes longer and check only geth.
test: deps
	$(GO) test -race -count=1 -timeout $(TEST_TIMEOUT) $$($(GO) list ./... | grep -v '/contracts$$')
	$(GO) test -count=1 -timeout $(TEST_TIMEOUT) ./contracts/

## generate: compile the contracts with the pinned solc and regenerate Go bindings
generate: deps
	contracts/generate.sh

## gas: print gas per receivable operation
gas: deps
	@mkdir -p $(DATA)
	DUOCHAIN_GAS_REPORT=$(DATA)/gas.md $(GO) test -count=1 -timeout $(TEST_TIMEOUT) -run '^TestGasReport$$' ./contracts/
	@cat $(DATA)/gas.md

## lint: formatting, vet, staticcheck (pinned by go.mod's tool directive; generated bindings left out),
## go.mod and go.sum tidy, and the OpenAPI description against Redocly's recommended rules (web/redocly.yaml)
lint: deps
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck $$($(GO) list ./... | grep -v '/bindings/')
	$(GO) mod tidy -diff
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true contracts/node_modules/.bin/redocly lint --config web/redocly.yaml web/openapi.json

## bench: against the stack `make run` started: lifecycles through the API, the same calls raw, throughput and latency.
## BENCH_FLAGS passes flags, e.g. make bench BENCH_FLAGS='-clients 16 -n 200 -json $(DATA)/bench.json'
bench: build
	./bin/duochain bench --data $(DATA) $(BENCH_FLAGS)

## build: the duochain binary
build:
	$(GO) build -o bin/duochain ./cmd/duochain

## deps: the pinned contract toolchain (npm ci), needed to check generated code
deps: contracts/node_modules/.installed

contracts/node_modules/.installed: contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## bench-trace: against the stack `make run` started: a million synthetic EPCIS events through the NDJSON route.
## BENCH_TRACE_FLAGS passes flags, e.g. make bench-trace BENCH_TRACE_FLAGS='-n 10000000'
bench-trace: build
	./bin/duochain bench trace --data $(DATA) $(BENCH_TRACE_FLAGS)
