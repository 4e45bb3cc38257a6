/**
 * A batch of files, imported one after the other. One bad file never stops it: every file
 * ends as an outcome (imported, duplicate, skipped or error). In the "review" way each
 * readable, new document waits on the review screen for "Lưu vào dữ liệu" or "Bỏ qua".
 */
import { useEffect, useRef, useState } from 'react';
import type { FileRef } from '../../shared/api/file-handle';
import type { ImportPreview } from '../../shared/import/schema';
import { duplicateOutcome, importDirect, isOutcome, notConclusionOutcome, previewChosenFile, type FileOutcome } from './import-actions';

export type BatchMode = 'review' | 'direct';

export interface PendingReview {
  file: FileRef;
  index: number;
  preview: ImportPreview;
  finish: (outcome: FileOutcome) => void;
}

export interface ImportBatch {
  mode: BatchMode | null;
  /** Index of the file being processed (files.length when finished). */
  current: number;
  results: FileOutcome[];
  running: boolean;
  finished: boolean;
  stopped: boolean;
  reviewing: PendingReview | null;
  start: (mode: BatchMode) => void;
  /** Stops after the file in hand; the rest stay unimported. */
  stop: () => void;
}

export function useImportBatch(files: readonly FileRef[]): ImportBatch {
  const [mode, setMode] = useState<BatchMode | null>(null);
  const [current, setCurrent] = useState(0);
  const [results, setResults] = useState<FileOutcome[]>([]);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const [stopped, setStopped] = useState(false);
  const [reviewing, setReviewing] = useState<PendingReview | null>(null);
  const halt = useRef(false);
  const started = useRef(false);

  useEffect(() => {
    halt.current = false;
    return () => {
      halt.current = true;
    };
  }, []);

  async function reviewOne(file: FileRef, index: number): Promise<FileOutcome> {
    const preview = await previewChosenFile(file);
    if (isOutcome(preview)) return preview;
    if (preview.duplicateOf) return duplicateOutcome(file, preview);
    if (!preview.recognition.isConclusion) return notConclusionOutcome(file, preview);
    return new Promise<FileOutcome>((resolve) => {
      setReviewing({
        file,
        index,
        preview,
        finish: (outcome) => {
          setReviewing(null);
          resolve(outcome);
        },
      });
    });
  }

  async function run(chosen: BatchMode) {
    setRunning(true);
    for (const [index, file] of files.entries()) {
      if (halt.current) break;
      setCurrent(index);
      const outcome = chosen === 'direct' ? await importDirect(file) : await reviewOne(file, index);
      setResults((list) => [...list, outcome]);
    }
    setCurrent(files.length);
    setRunning(false);
    setFinished(true);
  }

  return {
    mode,
    current,
    results,
    running,
    finished,
    stopped,
    reviewing,
    start: (chosen) => {
      if (started.current) return;
      started.current = true;
      setMode(chosen);
      void run(chosen);
    },
    stop: () => {
      halt.current = true;
      setStopped(true);
    },
  };
}
