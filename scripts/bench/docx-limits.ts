/**
 * Zip bombs (issue 11): a 2 MB .docx whose document.xml inflates to 1.9 GB, once with its
 * size declared honestly and once lying (12 KB declared), against the same-run baseline of an
 * ordinary conclusion .docx read in the same kind of fresh process. Target: refused < 2 s,
 * little memory above the baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { zipBombDocx } from '../../test/support/zip-bomb';

function measure(file: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/docx-limits-child.ts', file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

export async function benchDocxLimits(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'vpdu-bench-bomb-'));
  try {
    const ordinary = join(dir, 'ket-luan.docx');
    const paragraphs = Array.from({ length: 120 }, (_, i) => new Paragraph({ children: [new TextRun(`${i + 1}. Đảng ủy xã giao UBND xã chủ trì, phối hợp các ngành thực hiện nhiệm vụ số ${i + 1}.`)] }));
    writeFileSync(ordinary, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const honest = join(dir, 'bomb-honest.docx');
    writeFileSync(honest, zipBombDocx({ inflatedMiB: 1900 }));
    const liar = join(dir, 'bomb-liar.docx');
    writeFileSync(liar, zipBombDocx({ inflatedMiB: 1900, declaredSize: 12_000 }));
    return {
      baselineOrdinaryDocx: measure(ordinary),
      bombDeclared1900MB: measure(honest),
      bombLyingDeclared12KB: measure(liar),
      targetMs: 2000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
