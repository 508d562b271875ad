#!/usr/bin/env node
// Compiles src/ with the pinned solc (npm) through its standard JSON interface and
// writes <Contract>.abi and <Contract>.bin for every deployable contract into the
// output folder (default: artifacts/). The compiler version and settings are pinned
// here and in package-lock.json; change them only together with the genesis fork.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const EVM_VERSION = "cancun";
const CONTRACTS = ["IdentityRegistry", "CashToken", "Receivable", "TraceAnchor", "CopyrightRegistry", "ReentrancyAttacker"];

const here = __dirname;
const out = path.resolve(process.argv[2] || path.join(here, "artifacts"));

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

fs.mkdirSync(out, { recursive: true });
for (const name of CONTRACTS) {
  const unit = Object.keys(output.contracts).find((f) => output.contracts[f][name]);
  if (!unit) {
    console.error("contract not found: " + name);
    process.exit(1);
  }
  const c = output.contracts[unit][name];
  fs.writeFileSync(path.join(out, name + ".abi"), JSON.stringify(c.abi, null, 2) + "\n");
  fs.writeFileSync(path.join(out, name + ".bin"), c.evm.bytecode.object + "\n");
  console.log(`${name}: ${c.evm.bytecode.object.length / 2} bytes init code (solc ${solc.version()}, ${EVM_VERSION})`);
}
