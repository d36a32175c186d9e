/** The main navigation: a bottom tab bar on phones, a top bar on wider screens. */
import { Link } from '../lib/router.tsx';

const ITEMS = [
  { href: '/', label: 'Today', icon: '○', narrow: true },
  { href: '/calendar', label: 'Calendar', icon: '▦', narrow: true },
  { href: '/trends', label: 'Trends', icon: '∿', narrow: true },
  { href: '/therapy', label: 'Therapy', icon: '✦', narrow: true },
  { href: '/triggers', label: 'Triggers', icon: '', narrow: false },
  { href: '/medications', label: 'Medications', icon: '', narrow: false },
  { href: '/questionnaires', label: 'Questionnaires', icon: '', narrow: false },
  { href: '/settings', label: 'Settings', icon: '', narrow: false },
  { href: '/more', label: 'More', icon: '≡', narrow: true, only: 'narrow' },
] as const;

const SECTIONS: Record<string, string> = {
  '/attacks': '/',
  '/check-in': '/',
  '/sessions': '/therapy',
  '/intakes': '/medications',
};

/** The nav item a path belongs to (`/sessions/x` → Therapy). */
export function sectionOf(path: string): string {
  const first = `/${path.split('/')[1] ?? ''}`;
  return SECTIONS[first] ?? first;
}

export function NavBar({ path }: { path: string }) {
  const section = sectionOf(path);
  return (
    <nav className="nav" aria-label="Main">
      <ul>
        {ITEMS.map((item) => {
          const only = 'only' in item ? item.only : item.narrow ? 'both' : 'wide';
          return (
            <li key={item.href} className={`nav-${only}`}>
              <Link href={item.href} aria-current={section === item.href ? 'page' : undefined}>
                {item.icon && (
                  <span className="nav-icon" aria-hidden="true">
                    {item.icon}
                  </span>
                )}
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
