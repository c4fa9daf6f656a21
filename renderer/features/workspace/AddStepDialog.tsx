import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/Field';

/** Asks for the title of an ad-hoc agenda step. */
export function AddStepDialog({ open, onAdd, onClose }: { open: boolean; onAdd: (title: string) => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="add-step-h" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return;
            onAdd(title.trim());
            setTitle('');
          }}
        >
          <h2 id="add-step-h">Add a step</h2>
          <TextField label="Step title" value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} hint="For example: Update from the interpreter" />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>Cancel</button>
            <button type="submit" className="primary" disabled={!title.trim()}>Add step</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
