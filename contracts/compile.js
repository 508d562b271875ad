#!/usr/bin/env node
// Compiles src/ with the pinned solc (npm) through its standard JSON interface and
// writes <Contract>.abi and <Contract>.bin for every deployable contract into the
// output folder (default: artifacts/), and for every test-only contract, which
// lives under src/test/, into the test output folder (default:
// internal/artifacts/), so that nothing outside contracts/ can bind to one. The
// compiler version and settings are pinned here and in package-lock.json; change
// them only together with the genesis fork.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const EVM_VERSION = "cancun";
const CONTRACTS = ["IdentityRegistry", "CashToken", "Receivable", "TraceAnchor", "CopyrightRegistry"];
const TEST_CONTRACTS = ["ReentrancyAttacker"];
const TEST_SOURCES = "src/test/";

const here = __dirname;
const out = path.resolve(process.argv[2] || path.join(here, "artifacts"));
const testOut = path.resolve(process.argv[3] || path.join(here, "internal", "artifacts"));

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".sol") ? [p] : [];
  });
}

const sources = {};
for (const file of walk(path.join(here, "src")).sort()) {
  sources[path.relative(here, file).split(path.sep).join("/")] = { content: fs.readFileSync(file, "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: "none" },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

function findImports(p) {
  const candidates = [path.join(here, "node_modules", p), path.join(here, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, "utf8") };
  }
  return { error: "not found: " + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === "error");
// 2394: the transient-storage notice OpenZeppelin's ReentrancyGuardTransient triggers by design.
for (const e of output.errors || []) if (e.errorCode !== "2394") console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);

// write writes the artifacts of names into dir; each must come from a unit under
// src/test/ exactly when test is set, so a test contract cannot reach the
// production artifacts by being listed in the wrong place, nor the reverse.
function write(names, dir, test) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const unit = Object.keys(output.contracts).find((f) => output.contracts[f][name]);
    if (!unit) {
      console.error("contract not found: " + name);
      process.exit(1);
    }
    if (unit.startsWith(TEST_SOURCES) !== test) {
      console.error(`${name} is in ${unit}: test-only contracts, and only they, live under ${TEST_SOURCES}`);
      process.exit(1);
    }
    const c = output.contracts[unit][name];
    fs.writeFileSync(path.join(dir, name + ".abi"), JSON.stringify(c.abi, null, 2) + "\n");
    fs.writeFileSync(path.join(dir, name + ".bin"), c.evm.bytecode.object + "\n");
    console.log(`${name}: ${c.evm.bytecode.object.length / 2} bytes init code (solc ${solc.version()}, ${EVM_VERSION})`);
  }
}

write(CONTRACTS, out, false);
write(TEST_CONTRACTS, testOut, true);
