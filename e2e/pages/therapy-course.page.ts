/** Page model of a therapy course: verdict, immediate effects, next session and ABAB plan. */
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app.page.ts';

export class TherapyCoursePage extends AppPage {
  readonly verdict: Locator;
  readonly verdictLabel: Locator;
  readonly placeboLine: Locator;
  readonly immediate: Locator;
  readonly nextSession: Locator;
  readonly plan: Locator;
  readonly periods: Locator;

  constructor(page: Page) {
    super(page);
    this.verdict = page.getByRole('region', { name: 'Does it work for me?' });
    this.verdictLabel = this.verdict.locator('.verdict-label');
    this.placeboLine = this.verdict.locator('.placebo-line');
    this.immediate = page.getByRole('region', { name: 'Immediate effects (uncontrolled)' });
    this.nextSession = page.getByRole('region', { name: /^Next session/ });
    this.plan = page.getByRole('region', { name: /ABAB plan/ });
    this.periods = this.plan.getByRole('list', { name: 'Periods of the plan' }).locator('li');
  }

  /** The per-28-day figure before or during the course. */
  figure(phase: 'before' | 'during'): Locator {
    return this.verdict
      .locator('.facts > div', { hasText: `days ${phase} the course` })
      .locator('dd');
  }

  /** Shows the verdict for migraine days or headache days. */
  async compare(outcome: 'Migraine days' | 'Headache days'): Promise<void> {
    await this.choose('Compare', outcome);
  }
}
