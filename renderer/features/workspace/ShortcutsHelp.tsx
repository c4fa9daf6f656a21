/** The workspace's keyboard shortcuts, always one click away. */
export const SHORTCUTS: [string, string][] = [
  ['Alt + ↓', 'Next agenda step'],
  ['Alt + ↑', 'Previous agenda step'],
  ['Alt + 1 … 9', 'Go to agenda step 1 to 9'],
  ['Alt + M', 'Switch between chair view and minute-taker view'],
  ['Ctrl + Shift + B', 'Curtain: blank the family screen, and back'],
  ['Ctrl + S', 'Save now'],
];

export function ShortcutsHelp() {
  return (
    <details className="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
