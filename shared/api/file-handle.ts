import { z } from 'zod';

/**
 * An opaque handle to a file or folder the user chose in a native dialog run by the Node
 * side (or that the CLI or the OS handed to the Node side). The renderer never sees or
 * sends a path: every contract method that reads or writes a file takes one of these, and
 * the core refuses any handle it did not issue itself.
 */
export const fileHandleSchema = z
  .string()
  .regex(/^fh_[0-9a-f]{32}$/, 'Tệp không hợp lệ: hãy chọn tệp bằng hộp thoại của phần mềm.');
export type FileHandle = z.infer<typeof fileHandleSchema>;

/** What a handle allows: read one file, write one file, or list/read/write inside one folder. */
export const fileAccesses = ['read', 'write', 'folder'] as const;
export type FileAccess = (typeof fileAccesses)[number];

/** A handle with the name to show (the file or folder name, never its full path). */
export const fileRefSchema = z.object({ handle: fileHandleSchema, name: z.string() });
export type FileRef = z.infer<typeof fileRefSchema>;
