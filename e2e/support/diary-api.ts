/** Direct API access for e2e tests: reset the diary, seed records, read what the app saved. */
import type { APIRequestContext } from '@playwright/test';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import type { Attack, Diary } from '../../src/domain/diary/diary.schema.ts';

export const TIME_ZONE = 'Europe/Berlin';
export const EMPTY_DIARY = {
  format: 'stillpoint.diary',
  version: 1,
  person: { timeZone: TIME_ZONE },
};

/** Today's local day in the test time zone. */
export const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

/** A day as the app writes it in full, in English: `Monday 2 March`. */
export const longDay = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

export class DiaryApi {
  constructor(private readonly request: APIRequestContext) {}

  async replace(diary: unknown): Promise<void> {
    const response = await this.request.post('/api/diary/import?mode=replace', { data: diary });
    if (!response.ok()) throw new Error(`reset failed: ${await response.text()}`);
  }

  reset = () => this.replace(EMPTY_DIARY);

  /** The six-month demo diary, ending today. */
  loadDemo = () => this.replace(demoDiary({ until: today(), timeZone: TIME_ZONE }));

  async list<T = Record<string, unknown>>(collection: string): Promise<T[]> {
    const response = await this.request.get(`/api/${collection}`);
    return (await response.json()) as T[];
  }

  attacks = () => this.list<Attack>('attacks');

  async get(collection: string, key: string): Promise<{ status: number; body: unknown }> {
    const response = await this.request.get(`/api/${collection}/${key}`);
    return { status: response.status(), body: await response.json().catch(() => null) };
  }

  async create(collection: string, record: Record<string, unknown>): Promise<void> {
    const response = await this.request.post(`/api/${collection}`, { data: record });
    if (!response.ok()) throw new Error(`create failed: ${await response.text()}`);
  }

  /** GET a therapy course's `verdict`, `next-session` or `plan` as the API answers it. */
  async therapy<T = Record<string, unknown>>(
    id: string,
    what: 'verdict' | 'next-session' | 'plan',
    outcome?: string,
  ): Promise<T> {
    const query = outcome ? `?outcome=${outcome}` : '';
    const response = await this.request.get(`/api/therapies/${id}/${what}${query}`);
    if (!response.ok()) throw new Error(`${what} failed: ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** POST a plan request; the status and body, whatever they are. */
  async makePlan(id: string, body: unknown = {}): Promise<{ status: number; body: unknown }> {
    const response = await this.request.post(`/api/therapies/${id}/plan`, { data: body });
    return { status: response.status(), body: await response.json().catch(() => null) };
  }

  async person(): Promise<Record<string, unknown>> {
    return (await (await this.request.get('/api/person')).json()) as Record<string, unknown>;
  }

  async diary(): Promise<Diary> {
    return (await (await this.request.get('/api/diary')).json()) as Diary;
  }
}

/** A complete migraine attack (meets ICHD-3 1.1 features) on `day`, 08:00–20:00 UTC. */
export function migraineAttack(id: string, day: string): Record<string, unknown> {
  return {
    id,
    start: `${day}T06:00:00Z`,
    end: `${day}T18:00:00Z`,
    timeZone: TIME_ZONE,
    peakPain: 8,
    side: 'left',
    regions: ['temple'],
    quality: ['pulsating'],
    worseWithActivity: true,
    nausea: true,
    photophobia: true,
    phonophobia: true,
    disability: 2,
  };
}
