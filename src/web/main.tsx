import './lib/strict-csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstScreen } from './data/use-recent.ts';
import { startSync } from './offline/sync.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
import './styles/controls.css';
import './styles/choices.css';
import './styles/attack.css';

prefetchFirstScreen();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  requestAnimationFrame(() => performance.mark('sp:first-render'));
}
startSync();

// The service worker precaches the app so it opens (and logs attacks) without the server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
