/** The phone's "More" tab: the pages that do not fit the bottom bar. */
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../lib/router.tsx';

const LINKS = [
  { href: '/triggers', label: 'Triggers', detail: 'What really goes with your attacks' },
  { href: '/medications', label: 'Medications', detail: 'Intakes and overuse status' },
  { href: '/questionnaires', label: 'Questionnaires', detail: 'MIDAS and HIT-6 with history' },
  { href: '/settings', label: 'Settings', detail: 'Time zone, day rules, backup, demo data' },
  { href: '/attacks/new', label: 'Log an earlier attack', detail: 'With every detail' },
];

export default function MorePage() {
  return (
    <>
      <PageTitle title="More">More</PageTitle>
      <ul className="entry-list card">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>
              <span className="entry-main">{l.label}</span>
              <span className="entry-detail">{l.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
