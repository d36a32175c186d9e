/**
 * The app shell: skip link, header with the sync state, the current page, the navigation.
 * While an attack is ongoing the whole app switches to attack mode (dark, dim, large targets,
 * no motion), set on <html data-mode="attack">.
 */
import { Suspense, useEffect } from 'react';
import { NavBar } from './components/NavBar.tsx';
import { SyncStatus } from './components/SyncStatus.tsx';
import { useRecentAttacks } from './data/use-recent.ts';
import { ongoingAttack } from './lib/attack.ts';
import { Link, matchPath, useLocation } from './lib/router.tsx';
import { NotFoundPage, ROUTES } from './routes.ts';

function useAttackMode(): boolean {
  const attacks = useRecentAttacks();
  const on = ongoingAttack(attacks.data) !== undefined;
  useEffect(() => {
    document.documentElement.dataset.mode = on ? 'attack' : 'calm';
    document
      .querySelector('meta[name="theme-color"]')
      ?.setAttribute('content', on ? '#000000' : '#2f4b5a');
  }, [on]);
  return on;
}

export function App() {
  const { path } = useLocation();
  const attackMode = useAttackMode();
  let page = null;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      page = <route.page key={path} params={params} />;
      break;
    }
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>Stillpoint</span>
        </Link>
        {attackMode && <span className="mode-badge">Attack mode</span>}
        <SyncStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {page ?? <NotFoundPage />}
        </Suspense>
      </main>
      <NavBar path={path} />
    </>
  );
}
