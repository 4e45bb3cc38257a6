import { Mark } from '@mantine/core';
import type { SnippetPart } from '../../shared/search/schema';

/** Text with the matched words marked, as the search returned it (no HTML involved). */
export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <Mark key={i} color="yellow">
            {p.text}
          </Mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
