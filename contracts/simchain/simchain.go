// Package simchain runs go-ethereum's simulated backend on the fork the contracts
// are compiled for, for tests. go-ethereum's default dev configuration enables
// unreleased gas rules that no production network runs. Chain is the harness
// every package's chain tests share: funded accounts, the deployed contracts,
// and sending and mining that fail the test.
package simchain

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/duochain/duochain/contracts"
)

// GasLimit is the block gas limit of simulated chains, as on the dev chain.
const GasLimit = 60_000_000

// PinnedFork is a simulated.NewBackend option that swaps the chain configuration
// for contracts.ChainConfig.
func PinnedFork(_ *node.Config, c *ethconfig.Config) {
	c.Genesis.Config = contracts.ChainConfig(c.Genesis.Config.ChainID)
}

// New returns a simulated backend on the pinned fork with alloc funded; options
// are further simulated.NewBackend options, applied after the pinned fork's.
func New(alloc types.GenesisAlloc, options ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	all := append([]func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(GasLimit), PinnedFork}, options...)
	return simulated.NewBackend(alloc, all...)
}

// Miner seals a block every interval, like geth --dev with a block period, until
// Stop. The simulated beacon takes no lock of its own, so everything that seals
// or re-times blocks goes through the miner's lock: Hold and Advance are safe
// while it runs.
type Miner struct {
	sim     *simulated.Backend
	mu      sync.Mutex
	stop    chan struct{}
	stopped chan struct{}
	once    sync.Once
}

// Mine starts sealing blocks on sim every interval.
func Mine(sim *simulated.Backend, every time.Duration) *Miner {
	m := &Miner{sim: sim, stop: make(chan struct{}), stopped: make(chan struct{})}
	go func() {
		defer close(m.stopped)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-t.C:
				m.mu.Lock()
				sim.Commit()
				m.mu.Unlock()
			}
		}
	}()
	return m
}

// Hold stops sealing blocks until release is called: new transactions stay in
// the pool.
func (m *Miner) Hold() (release func()) {
	m.mu.Lock()
	return sync.OnceFunc(m.mu.Unlock)
}

// Advance moves the chain's time forward by d. The beacon refuses while the pool
// still lists a transaction, which it drops a moment after it is mined, so this
// seals and retries for up to ten seconds.
func (m *Miner) Advance(d time.Duration) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		m.mu.Lock()
		err := m.sim.AdjustTime(d)
		if err != nil {
			m.sim.Commit()
		}
		m.mu.Unlock()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Stop stops the miner and waits until its last block is sealed, so the caller
// may seal blocks itself afterwards without racing it.
func (m *Miner) Stop() {
	m.once.Do(func() { close(m.stop) })
	<-m.stopped
}
