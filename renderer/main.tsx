import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectChairApi } from './api/connect';
import { App } from './App';
import './styles/tokens.css';
import './styles/base.css';

const root = createRoot(document.getElementById('root')!);

try {
  connectChairApi();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} catch (err) {
  // No transport means nothing can be loaded or saved: say so rather than show a blank window.
  root.render(
    <main className="page start-error">
      <h1>Chairside cannot start</h1>
      <p role="alert">{err instanceof Error ? err.message : String(err)}</p>
    </main>,
  );
}
