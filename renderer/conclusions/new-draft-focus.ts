/**
 * "Tạo bản dự thảo" leads to the new draft's editor with the cursor already in the body, on
 * the first block still to be written. The create dialog marks the id; the draft screen takes
 * the mark once, so reopening the draft later does not steal focus.
 */
const marked = new Set<string>();

export function markNewDraft(id: string): void {
  marked.add(id);
}

export function takeNewDraft(id: string): boolean {
  return marked.delete(id);
}
