// Validates an AsyncAPI document with the official AsyncAPI parser (schema + Spectral rules).
// Usage: node check-asyncapi.mjs <file>
// Prints every diagnostic; exits 1 if any has severity 0 (error), else prints a summary and exits 0.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from '@asyncapi/parser';

const SEVERITY = ['error', 'warning', 'info', 'hint'];

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-asyncapi.mjs <file>');
  process.exit(2);
}

const absolute = path.resolve(file);
const text = await readFile(absolute, 'utf8');
const parser = new Parser();
// source lets relative $refs resolve against the document's own location
const { document, diagnostics } = await parser.parse(text, { source: pathToFileURL(absolute).href });

for (const d of diagnostics) {
  const where = d.path && d.path.length ? d.path.join('.') : '(root)';
  const line = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '?';
  console.log(`${SEVERITY[d.severity] ?? d.severity} ${d.code} at ${where} (line ${line}): ${d.message}`);
}

const errors = diagnostics.filter((d) => d.severity === 0);
if (errors.length > 0 || !document) {
  console.error(`asyncapi invalid: ${errors.length} error(s) in ${file}`);
  process.exit(1);
}

console.log(`asyncapi ok: ${document.channels().length} channels, ${document.messages().length} messages, `
  + `${document.operations().length} operations`);
