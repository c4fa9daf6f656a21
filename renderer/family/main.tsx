import { createRoot } from 'react-dom/client';
import { connectFamilyApi } from '../api/connect';
import { FamilyPage } from './FamilyPage';
import { createScreenFeed } from './screenFeed';
import './tokens.css';
import './family.css';

// The family page's whole input is FamilyScreen from connectFamilyApi(): nothing else is
// fetched or imported from the chair's side.
const root = createRoot(document.getElementById('root')!);
try {
  const feed = createScreenFeed(connectFamilyApi(), document.documentElement);
  root.render(<FamilyPage feed={feed} />);
} catch (err) {
  root.render(
    <main className="family-waiting">
      <h1>This screen could not connect</h1>
      <p>{err instanceof Error ? err.message : String(err)}</p>
    </main>,
  );
}
