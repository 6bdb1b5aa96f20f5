#!/usr/bin/env node
// Launcher: finds the fsdlint binary of this platform (shipped in an optional
// dependency such as @fsdlint/linux-x64) and runs it with our arguments.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const platforms = {
  "linux x64": "@fsdlint/linux-x64",
  "linux arm64": "@fsdlint/linux-arm64",
  "darwin x64": "@fsdlint/darwin-x64",
  "darwin arm64": "@fsdlint/darwin-arm64",
  "win32 x64": "@fsdlint/win32-x64",
};

function binaryPath() {
  if (process.env.FSDLINT_BINARY) return process.env.FSDLINT_BINARY;
  const key = `${process.platform} ${process.arch}`;
  const pkg = platforms[key];
  if (!pkg) {
    throw new Error(`fsdlint has no binary for ${key}; supported: ${Object.keys(platforms).join(", ")}`);
  }
  const exe = process.platform === "win32" ? "fsdlint.exe" : "fsdlint";
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch (err) {
    throw new Error(
      `fsdlint: the package ${pkg} is not installed. It is an optional dependency of fsdlint; ` +
        `reinstall without --no-optional / --omit=optional.`
    );
  }
}

let bin;
try {
  bin = binaryPath();
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
}
const result = spawnSync(bin, process.argv.slice(2), { stdio: "inherit" });
if (result.error) {
  process.stderr.write(`fsdlint: cannot run ${path.basename(bin)}: ${result.error.message}\n`);
  process.exit(2);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status === null ? 2 : result.status);
