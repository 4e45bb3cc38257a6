import { z } from 'zod';

export const searchEntityTypes = ['meeting', 'conclusion', 'task'] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];

export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  entityType: z.enum(searchEntityTypes),
  entityId: z.string(),
  title: z.string(),
  /** Title with the matched words marked. */
  titleParts: z.array(snippetPartSchema),
  /** Where the record belongs, e.g. a task's conclusion "Kết luận 62-TB/ĐU (08/5/2026) về …". */
  context: z.string().nullable().default(null),
  /** A short excerpt of the text around the first match, matched words marked. */
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
