/**
 * One measurement in a fresh process, so its peak memory is its own: reads a .docx the way
 * an import does and prints the time, the outcome and the peak resident memory as JSON.
 */
import { readFileSync } from 'node:fs';
import { docxToMarkedText } from '../../electron/import/docx-text';
import { ImportFileError } from '../../electron/import/import-errors';

const file = process.argv[2]!;
const bytes = readFileSync(file);
const t0 = performance.now();
let outcome = 'read';
try {
  await docxToMarkedText(bytes);
} catch (err) {
  outcome = err instanceof ImportFileError ? err.reason : String(err);
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms: Math.round(ms), outcome, fileKB: Math.round(bytes.length / 1024), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
