import { getSchema, type Extensions } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { LiveData, Restricted, Speaker, Timestamp, type MinutesBridge } from './minutesNodes';
import { CaretBlock } from './caretBlock';
import { TypedCharacters } from './typedCharacters';
import { SharedUndo } from './sharedUndo';
import { SharedLineBreaks } from './sharedLineBreaks';
import { SharedBindingGuard } from './sharedBindingGuard';
import { RemoteCarets } from '../collab/remoteCarets';
import { knownPart, unsupportedContent } from './sharedContent';
import { emptyDoc, type RichNode } from '../../../shared/model';

/**
 * The minutes editor's extensions, in one place so the editor and the tests of the shared-document
 * behaviour (tests/unit/renderer/minutes/) use the very same schema and plugins.
 */
export function minutesExtensions(options: { bridge: MinutesBridge | null; shared?: { document: Y.Doc; field: string; awareness?: Awareness | null } | null }): Extensions {
  const { bridge, shared } = options;
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: false,
      horizontalRule: false,
      // With the shared document, undo is the collaboration extension's: it undoes only this
      // person's own typing, never the other laptop's.
      ...(shared ? { undoRedo: false as const } : {}),
    }),
    ...(shared ? [Collaboration.configure({ document: shared.document, field: shared.field }), SharedUndo, SharedLineBreaks, SharedBindingGuard] : []),
    ...(shared?.awareness ? [RemoteCarets.configure({ awareness: shared.awareness })] : []),
    Placeholder.configure({ placeholder: 'Type the minutes for this step. Type @ to name who is speaking.' }),
    Speaker.configure({ bridge }),
    Timestamp,
    LiveData,
    Restricted,
    CaretBlock,
    TypedCharacters,
  ];
}

let schema: Schema | null = null;

/** The minutes' schema (the same with or without the shared document). */
export function minutesSchema(): Schema {
  return (schema ??= getSchema(minutesExtensions({ bridge: null })));
}

/**
 * The editor's extensions and starting content. With the shared document it binds to it, unless
 * the shared minutes hold something this version does not know: then it shows the known part of
 * them, read-only, and leaves the shared document untouched (see sharedContent.ts).
 */
export function minutesEditorSetup(options: {
  bridge: MinutesBridge | null;
  shared?: { document: Y.Doc; field: string; awareness?: Awareness | null } | null;
  /** The saved minutes: the content without a shared document, and the fallback with one. */
  saved?: RichNode;
}): { extensions: Extensions; content: RichNode | undefined; unsupported: string | null } {
  const { bridge, shared } = options;
  const saved = options.saved ?? emptyDoc();
  if (!shared) return { extensions: minutesExtensions({ bridge }), content: saved, unsupported: null };
  const fragment = shared.document.getXmlFragment(shared.field);
  const unsupported = unsupportedContent(fragment, minutesSchema());
  if (unsupported) return { extensions: minutesExtensions({ bridge }), content: knownPart(fragment, minutesSchema(), saved), unsupported };
  return { extensions: minutesExtensions({ bridge, shared }), content: undefined, unsupported: null };
}
