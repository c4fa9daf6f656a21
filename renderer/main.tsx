import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectChairApi } from './api/connect';
import { App } from './App';
import { followCollab } from './features/collab/collabStore';
// Imported after App, so in the bundle (CSS in import order) these follow every feature's CSS,
// as base.css always has: a feature changes an element or shared component only with a more
// specific selector. The shared components' styles live beside them in renderer/components/.
import './styles/tokens.css';
import './styles/base.css';
import './components/buttons.css';
import './components/card.css';
import './components/tabs.css';
import './components/notices.css';
import './components/restrictedBadge.css';
import './components/charts.css';
import './components/tally.css';
import './components/saveIndicator.css';
import './components/banners.css';
import './components/dialogs.css';
import './components/toasts.css';

const root = createRoot(document.getElementById('root')!);

try {
  connectChairApi();
  followCollab();
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
