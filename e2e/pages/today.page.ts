/** Page model of Today and attack mode. */
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app.page.ts';

export class TodayPage extends AppPage {
  readonly migraineNow: Locator;
  readonly endAttack: Locator;
  readonly tookMedication: Locator;

  constructor(page: Page) {
    super(page);
    this.migraineNow = page.getByRole('button', { name: 'Migraine now' });
    this.endAttack = page.getByRole('button', { name: 'End attack' });
    this.tookMedication = page.getByRole('button', { name: 'Took medication' });
  }

  startedAgo(label: '15 min ago' | '30 min ago' | '1 h ago'): Locator {
    return this.page.getByRole('button', { name: label });
  }

  pain(value: number): Locator {
    return this.page.getByRole('button', { name: `Pain ${value} of 10` });
  }

  addDetailsLink(): Locator {
    return this.page.getByRole('link', { name: /add details/ });
  }
}
