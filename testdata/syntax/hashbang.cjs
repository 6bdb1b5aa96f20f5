#!/usr/bin/env node
// A hashbang line, then CommonJS with require.
"use strict";
const path = require("path");
const { readFileSync } = require("node:fs");
const maybe = require(process.env.MODULE || "fallback");
const two = require("a", "b");

module.exports = function main(argv) {
  const file = path.resolve(argv[2] ?? ".");
  return readFileSync(file, "utf8").length + String(maybe) + two;
};
