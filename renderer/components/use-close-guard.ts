import { useCallback, useRef } from 'react';
import { confirmDiscard } from './confirm-leave';

/**
 * A dialog's close (Escape, a click outside, ✕, "Hủy") that asks first when something was
 * typed: `dirty` is read at the time of closing.
 */
export function useCloseGuard(dirty: boolean, onClose: () => void): () => void {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const asking = useRef(false);
  return useCallback(() => {
    if (!dirtyRef.current) {
      onClose();
      return;
    }
    if (asking.current) return;
    asking.current = true;
    void confirmDiscard().then((discard) => {
      asking.current = false;
      if (discard) onClose();
    });
  }, [onClose]);
}
