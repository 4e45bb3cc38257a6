/**
 * The draft being edited, held on this screen, and its saving: an autosave 1.5 s after the
 * last change, a manual save on demand, saves kept in order, and a failed save never touching
 * what is on screen (the next change or "Lưu" tries again).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conclusion, ConclusionContent } from '../../shared/conclusions/schema';
import { contentOfConclusion } from './conclusion-content';
import { ApiError, callApi, errorMessage } from '../api/client';
import { savableContent } from './draft-rules';
import { fieldErrorsFrom } from './labels';
import { forgetUnsaved, keepUnsaved, readUnsaved, type UnsavedCopy } from './unsaved-backup';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveReason = 'autosave' | 'manual';

export interface SaveStatus {
  saving: boolean;
  /** Changes on screen the core does not have yet. */
  dirty: boolean;
  /** When this screen last saved (local clock); null before the first save. */
  savedAt: Date | null;
  /** The Vietnamese message of the last failed save; cleared by the next good one. */
  error: string | null;
}

/** A save's result; `error` is what the core answered, for the caller to show. */
export type SaveOutcome = { ok: true } | { ok: false; error: unknown };

export interface ConclusionDraft {
  content: ConclusionContent;
  change: (update: (content: ConclusionContent) => ConclusionContent) => void;
  /** Saves now, after any save already under way. */
  save: (reason: SaveReason) => Promise<SaveOutcome>;
  /** Saves only if something is unsaved (before issuing, restoring). */
  flush: () => Promise<SaveOutcome>;
  status: SaveStatus;
  fieldErrors: Record<string, string>;
  setFieldErrors: (errors: Record<string, string>) => void;
  /** Text kept on this computer from an earlier session that the core never received. */
  unsaved: UnsavedCopy | null;
  /** Forgets the kept copy (after it was restored through the core, or refused). */
  discardUnsaved: () => void;
}

export function useConclusionDraft(conclusion: Conclusion, readOnly: boolean): ConclusionDraft {
  const [content, setContent] = useState<ConclusionContent>(() => contentOfConclusion(conclusion));
  // Refs hold the truth for saving: a save started by a timer must send what is on screen
  // when it runs, not what was there when the timer was set.
  const contentRef = useRef(content);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [rev, setRev] = useState(0);
  const [savedRev, setSavedRev] = useState(0);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const id = conclusion.id;
  const [unsaved, setUnsaved] = useState<UnsavedCopy | null>(() => {
    if (readOnly) return null;
    const copy = readUnsaved(conclusion.id);
    // A copy identical to what the core holds is not news.
    if (copy && JSON.stringify(savableContent(copy.content)) === JSON.stringify(savableContent(contentOfConclusion(conclusion)))) {
      forgetUnsaved(conclusion.id);
      return null;
    }
    return copy;
  });

  const change = useCallback(
    (update: (content: ConclusionContent) => ConclusionContent) => {
      if (readOnly) return;
      const next = update(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      setContent(next);
      revision.current += 1;
      setRev(revision.current);
      keepUnsaved(id, next);
    },
    [readOnly, id],
  );

  const saveNow = useCallback(
    async (reason: SaveReason): Promise<SaveOutcome> => {
      const target = revision.current;
      if (reason === 'autosave' && target === savedRevision.current) return { ok: true };
      setSaving(true);
      try {
        await callApi('conclusions.update', { id, content: savableContent(contentRef.current), reason });
        savedRevision.current = Math.max(savedRevision.current, target);
        setSavedRev(savedRevision.current);
        if (savedRevision.current === revision.current) forgetUnsaved(id);
        setSavedAt(new Date());
        setError(null);
        setFieldErrors({});
        return { ok: true };
      } catch (err) {
        setError(errorMessage(err));
        if (err instanceof ApiError && err.value.fields) setFieldErrors(fieldErrorsFrom(err.value.fields));
        return { ok: false, error: err };
      } finally {
        setSaving(false);
      }
    },
    [id],
  );

  // One save at a time, in order: a slow autosave must not land after a later manual save.
  const save = useCallback(
    (reason: SaveReason): Promise<SaveOutcome> => {
      const run = queue.current.then(() => saveNow(reason));
      queue.current = run.catch(() => undefined);
      return run;
    },
    [saveNow],
  );

  const flush = useCallback((): Promise<SaveOutcome> => {
    if (readOnly || revision.current === savedRevision.current) return queue.current.then((): SaveOutcome => ({ ok: true }));
    return save('autosave');
  }, [readOnly, save]);

  useEffect(() => {
    if (readOnly || rev === savedRevision.current) return undefined;
    const timer = window.setTimeout(() => void save('autosave'), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [rev, readOnly, save]);

  // Leaving the screen (another section, closing the window) within the autosave delay
  // still stores the last keystrokes.
  useEffect(() => {
    if (readOnly) return undefined;
    const leave = () => {
      if (revision.current !== savedRevision.current) {
        // The local copy stays until the core confirms; a failure here is offered back next time.
        void callApi('conclusions.update', { id, content: savableContent(contentRef.current), reason: 'autosave' })
          .then(() => forgetUnsaved(id))
          .catch(() => undefined);
        savedRevision.current = revision.current;
      }
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [id, readOnly]);

  return {
    content,
    change,
    save,
    flush,
    status: { saving, dirty: rev !== savedRev, savedAt, error },
    fieldErrors,
    setFieldErrors,
    unsaved,
    discardUnsaved: () => {
      forgetUnsaved(id);
      setUnsaved(null);
    },
  };
}
