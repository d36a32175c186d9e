/** Page model of the attack form (log later, complete, edit, delete). */
import type { Locator } from '@playwright/test';
import { AppPage } from './app.page.ts';

export class AttackFormPage extends AppPage {
  /** Taps a region on the head diagram (the drawing, as a finger would). */
  async tapRegion(code: string): Promise<void> {
    await this.page.locator(`svg [data-zone="${code}"]`).first().click();
  }

  async answer(legend: string, answer: 'Yes' | 'No'): Promise<void> {
    await this.choose(legend, answer);
  }

  save(): Locator {
    return this.page.getByRole('button', { name: /^Save/ });
  }

  fieldError(text: string | RegExp): Locator {
    return this.page.locator('.field-error', { hasText: text });
  }
}
