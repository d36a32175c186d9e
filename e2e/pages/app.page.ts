/** Page model of the app shell: navigation, sync status, attack mode, choices in forms. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  readonly sync: Locator;

  constructor(readonly page: Page) {
    this.sync = page.getByTestId('sync-status');
  }

  /** Opens a path and waits for its title. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('h1')).toBeVisible();
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A main-navigation link (phones show four tabs plus More). */
  navLink(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  async expectAttackMode(on: boolean): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-mode', on ? 'attack' : 'calm');
  }

  /** A fieldset (radio/checkbox group) by its legend. */
  group(legend: string | RegExp): Locator {
    return this.page.getByRole('group', { name: legend });
  }

  /** Picks `option` in the group labelled `legend`. */
  async choose(legend: string | RegExp, option: string): Promise<void> {
    await this.group(legend).getByText(option, { exact: true }).click();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }
}
