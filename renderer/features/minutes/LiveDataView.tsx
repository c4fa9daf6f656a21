import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { liveDataLines } from '../../../shared/conference/minutesText';
import { useConferenceStore } from '../../store/conferenceStore';

/**
 * Conference data placed in the minutes. It is live: it always shows what the record holds now,
 * so a decision changed later in the meeting is never minuted twice with two answers. Exports
 * draw it the same way from the same record.
 */
export function LiveDataView({ node, selected }: ReactNodeViewProps) {
  const conference = useConferenceStore((s) => s.conference);
  const { title, lines } = conference
    ? liveDataLines(conference, String(node.attrs.kind), node.attrs.childId)
    : { title: 'Conference data', lines: [] as string[] };
  return (
    <NodeViewWrapper className={`cs-live${selected ? ' cs-live-selected' : ''}`} data-drag-handle="">
      <div className="cs-live-head" contentEditable={false}>
        <span className="cs-live-title">{title}</span>
        <span className="cs-live-badge" title="This block shows the current record: if the data changes, the minutes change with it.">
          Live from the record
        </span>
      </div>
      <ul className="cs-live-lines" contentEditable={false}>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </NodeViewWrapper>
  );
}
