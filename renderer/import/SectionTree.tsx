import { Box, Text } from '@mantine/core';
import type { ImportSectionNode } from '../../shared/import/schema';

function Branch({ nodes, depth }: { nodes: ImportSectionNode[]; depth: number }) {
  return (
    <Box component="ul" aria-label={depth === 0 ? 'Bố cục văn bản' : undefined} m={0} pl={depth === 0 ? 0 : 'lg'} style={{ listStyle: 'none' }}>
      {nodes.map((node, i) => (
        <Box component="li" key={`${node.number ?? ''}${i}`} py={2}>
          <Text size="sm" fw={depth === 0 ? 600 : 400}>
            {node.number && (
              <Text span inherit fw={600} mr={6}>
                {node.number}
              </Text>
            )}
            {node.heading}
          </Text>
          {node.children.length > 0 && <Branch nodes={node.children} depth={depth + 1} />}
        </Box>
      ))}
    </Box>
  );
}

/** The numbered headings as printed, nested by the style of their labels (read only). */
export function SectionTree({ sections }: { sections: ImportSectionNode[] }) {
  if (sections.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Không nhận ra mục có đánh số; nội dung được giữ nguyên thành các đoạn văn.
      </Text>
    );
  }
  return <Branch nodes={sections} depth={0} />;
}
