import { create } from 'zustand';

interface Toast {
  id: number;
  text: string;
}
interface ToastState {
  toasts: Toast[];
  show(text: string): void;
}

let next = 1;

/** Short confirmations ("Conference deleted"), announced politely to screen readers. */
export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show(text) {
    const id = next++;
    set((s) => ({ toasts: [...s.toasts, { id, text }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 5000);
  },
}));

export function ToastRegion() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          {t.text}
        </div>
      ))}
    </div>
  );
}
