/**
 * The body of a conclusion in a rich-text editor that keeps the outline: one paragraph per
 * block, its kind chosen from the toolbar, its label computed, bold/italic/underline on runs.
 */
import '@mantine/tiptap/styles.css';
import './outline-editor.css';
import { Group, Select, Text } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { IconArrowDown, IconArrowUp, IconReplace } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { Extension, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { OutlineBlock } from '../../../shared/document/outline';
import { outlineKindOptions } from '../labels';
import { currentBlockKind, moveBlocks, setBlockKind, type OutlineCommand } from './outline-commands';
import { docToOutline, isOutlineKind, OUTLINE_ATTRS, outlineToDoc } from './outline-doc';
import { pastedBlocks, type PastedBlock } from './paste-text';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { newBlockId, OutlineParagraph } from './outline-extension';
import { findReplacePlugin } from './find-replace';
import { FindReplacePanel } from './FindReplacePanel';

const FindReplace = Extension.create({
  name: 'vpduFindReplace',
  addProseMirrorPlugins: () => [findReplacePlugin()],
});

const editorLabels = {
  boldControlLabel: 'In đậm (Ctrl+B)',
  italicControlLabel: 'In nghiêng (Ctrl+I)',
  underlineControlLabel: 'Gạch chân (Ctrl+U)',
  undoControlLabel: 'Hoàn tác (Ctrl+Z)',
  redoControlLabel: 'Làm lại (Ctrl+Y)',
};

function run(editor: Editor, command: OutlineCommand): boolean {
  const done = command(editor.state, (tr) => editor.view.dispatch(tr));
  editor.commands.focus();
  return done;
}

function BlockKindSelect({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const kind = useEditorState({ editor, selector: ({ editor: e }) => (e ? currentBlockKind(e.state) : 'paragraph') });
  return (
    <Select
      label="Kiểu đoạn"
      size="xs"
      w={190}
      data={outlineKindOptions}
      value={kind}
      allowDeselect={false}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      onChange={(value) => {
        if (isOutlineKind(value)) run(editor, setBlockKind(value));
      }}
    />
  );
}

export interface OutlineEditorProps {
  /** The outline the editor starts from; later changes flow out through onChange only. */
  initialOutline: OutlineBlock[];
  readOnly: boolean;
  onChange: (outline: OutlineBlock[]) => void;
  /** Put the cursor in the first empty block once the editor exists (a draft just created). */
  focusFirstEmpty?: boolean;
}

const extensions = [
  StarterKit.configure({
    // One block node only (OutlineParagraph); structure comes from its kind, not from
    // headings or lists, so everything the DOCX cannot print as an outline is left out.
    paragraph: false,
    heading: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
    hardBreak: false,
    trailingNode: false,
  }),
  OutlineParagraph,
  FindReplace,
];

/**
 * Pasted text becomes blocks (see paste-text). Into an empty block the blocks replace it;
 * elsewhere the first line joins the text at the cursor and the others follow as blocks.
 */
function pasteAsBlocks(view: EditorView, text: string): boolean {
  if (text === '') return false;
  const blocks = pastedBlocks(text);
  if (blocks.length === 0) return true;
  const { schema } = view.state;
  const make = (b: PastedBlock) => schema.nodes.paragraph!.create({ [OUTLINE_ATTRS.kind]: b.kind }, b.text ? schema.text(b.text) : null);
  const tr = view.state.tr.deleteSelection();
  const $from = tr.selection.$from;
  let end: number;
  if ($from.parent.content.size === 0) {
    const from = $from.before();
    const nodes = blocks.map(make);
    tr.replaceWith(from, $from.after(), nodes);
    end = from + nodes.reduce((n, node) => n + node.nodeSize, 0) - 1;
  } else {
    const [first, ...rest] = blocks;
    tr.insertText(first!.text);
    end = tr.selection.from;
    if (rest.length > 0) {
      const $at = tr.doc.resolve(end);
      if ($at.parentOffset < $at.parent.content.size) tr.split(end);
      const after = tr.doc.resolve(end).after();
      const nodes = rest.map(make);
      tr.insert(after, nodes);
      end = after + nodes.reduce((n, node) => n + node.nodeSize, 0) - 1;
    }
  }
  tr.setSelection(TextSelection.create(tr.doc, end));
  view.dispatch(tr.scrollIntoView());
  return true;
}

/** The position inside the first block with no text (where the clerk starts writing). */
export function firstEmptyBlockPos(doc: PmNode): number | null {
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.isTextblock) {
      if (node.textContent.trim() === '') found = pos + 1;
      return false;
    }
    return true;
  });
  return found;
}

/** Memoized: the draft screen re-renders on every keystroke elsewhere; the editor need not. */
export const OutlineEditor = memo(function OutlineEditor({ initialOutline, readOnly, onChange, focusFirstEmpty }: OutlineEditorProps) {
  // The latest callback, read at event time: the editor is created once and outlives renders.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The document the editor is (re)created from: the starting outline, then whatever was last
  // typed. useEditor builds a new instance whenever its effects rerun (a remount, a hidden
  // React Activity); building it from the opening text would bring that text back and the
  // next autosave would write it over everything typed since.
  const latestDoc = useRef<ReturnType<typeof outlineToDoc> | null>(null);
  latestDoc.current ??= outlineToDoc(initialOutline);
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': 'Nội dung kết luận',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': readOnly ? 'true' : 'false',
        spellcheck: 'false',
      },
      handlePaste: (view: EditorView, event: ClipboardEvent) => pasteAsBlocks(view, event.clipboardData?.getData('text/plain') ?? ''),
    }),
    [readOnly],
  );

  const editor = useEditor({
    extensions,
    content: latestDoc.current,
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const doc = e.getJSON();
      latestDoc.current = doc;
      onChangeRef.current(docToOutline(doc, newBlockId));
    },
  });

  // Ctrl+H as in Word (Ctrl+F too): the bar opens with the selected words as the query.
  const [finding, setFinding] = useState<{ query: string; key: number } | null>(null);
  const openFind = () => {
    if (!editor || readOnly) return;
    const { from, to } = editor.state.selection;
    const selected = editor.state.doc.textBetween(from, to, ' ');
    setFinding((f) => ({ query: selected.includes('\n') ? '' : selected, key: (f?.key ?? 0) + 1 }));
  };
  useHotkeys(
    [
      ['mod+H', openFind],
      ['mod+F', openFind],
    ],
    [],
    true,
  );

  const focused = useRef(false);
  useEffect(() => {
    if (!focusFirstEmpty || focused.current || !editor || editor.isDestroyed || readOnly) return;
    focused.current = true;
    const pos = firstEmptyBlockPos(editor.state.doc);
    editor.commands.focus(pos ?? 'start', { scrollIntoView: false });
    // Into the middle of the screen: ProseMirror's own scroll leaves it at the bottom edge,
    // under the fold of a 720 px screen.
    const { node } = editor.view.domAtPos(pos ?? 1);
    const block = node instanceof Element ? node : node.parentElement;
    block?.closest('p')?.scrollIntoView({ block: 'center' });
  }, [editor, focusFirstEmpty, readOnly]);

  useEffect(() => {
    // useEditor may hand out null while it replaces its instance; the next render has one.
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <div className="vpdu-outline">
      <RichTextEditor editor={editor} labels={editorLabels}>
        {!readOnly && editor && (
          <RichTextEditor.Toolbar sticky stickyOffset={56}>
            <Group gap="xs" align="flex-end" wrap="wrap">
              <BlockKindSelect editor={editor} disabled={readOnly} />
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Bold />
                <RichTextEditor.Italic />
                <RichTextEditor.Underline />
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Control
                  aria-label="Chuyển đoạn lên (Alt+↑)"
                  title="Chuyển đoạn lên (Alt+↑)"
                  onClick={() => run(editor, moveBlocks(-1))}
                >
                  <IconArrowUp size={16} stroke={1.6} />
                </RichTextEditor.Control>
                <RichTextEditor.Control
                  aria-label="Chuyển đoạn xuống (Alt+↓)"
                  title="Chuyển đoạn xuống (Alt+↓)"
                  onClick={() => run(editor, moveBlocks(1))}
                >
                  <IconArrowDown size={16} stroke={1.6} />
                </RichTextEditor.Control>
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Control aria-label="Tìm và thay (Ctrl+H)" title="Tìm và thay (Ctrl+H)" onClick={openFind}>
                  <IconReplace size={16} stroke={1.6} />
                </RichTextEditor.Control>
              </RichTextEditor.ControlsGroup>
              <RichTextEditor.ControlsGroup>
                <RichTextEditor.Undo />
                <RichTextEditor.Redo />
              </RichTextEditor.ControlsGroup>
              <Text size="xs" c="dimmed" style={{ alignSelf: 'center' }}>
                Số thứ tự các mục (I., 1., 1.1., a), Một là,) do máy tự đánh theo kiểu đoạn.
              </Text>
            </Group>
            {finding && <FindReplacePanel key={finding.key} editor={editor} initialQuery={finding.query} onClose={() => setFinding(null)} />}
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content />
      </RichTextEditor>
    </div>
  );
});
