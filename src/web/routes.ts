/**
 * The app's pages. Today is part of the first bundle (it is where "migraine now" lives);
 * every other page loads on demand.
 */
import { type ComponentType, lazy } from 'react';
import TodayPage from './pages/TodayPage.tsx';

type Page = ComponentType<{ params: Record<string, string> }>;

const AttackPage = lazy(() => import('./pages/AttackPage.tsx'));
const CheckInPage = lazy(() => import('./pages/CheckInPage.tsx'));
const SessionPage = lazy(() => import('./pages/SessionPage.tsx'));
const IntakePage = lazy(() => import('./pages/IntakePage.tsx'));

export const ROUTES: { pattern: string; page: Page }[] = [
  { pattern: '/', page: TodayPage },
  { pattern: '/attacks/new', page: AttackPage },
  { pattern: '/attacks/:id', page: AttackPage },
  { pattern: '/check-in', page: CheckInPage },
  { pattern: '/check-in/:date', page: CheckInPage },
  { pattern: '/calendar', page: lazy(() => import('./pages/CalendarPage.tsx')) },
  { pattern: '/trends', page: lazy(() => import('./pages/TrendsPage.tsx')) },
  { pattern: '/triggers', page: lazy(() => import('./pages/TriggersPage.tsx')) },
  { pattern: '/therapy', page: lazy(() => import('./pages/TherapyPage.tsx')) },
  { pattern: '/therapy/:id', page: lazy(() => import('./pages/TherapyCoursePage.tsx')) },
  { pattern: '/sessions/new', page: SessionPage },
  { pattern: '/sessions/:id', page: SessionPage },
  { pattern: '/medications', page: lazy(() => import('./pages/MedicationsPage.tsx')) },
  { pattern: '/intakes/new', page: IntakePage },
  { pattern: '/intakes/:id', page: IntakePage },
  { pattern: '/questionnaires', page: lazy(() => import('./pages/QuestionnairesPage.tsx')) },
  { pattern: '/settings', page: lazy(() => import('./pages/SettingsPage.tsx')) },
  { pattern: '/more', page: lazy(() => import('./pages/MorePage.tsx')) },
];

export const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
