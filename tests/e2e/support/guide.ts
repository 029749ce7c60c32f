import { expect, type Page } from '@playwright/test';

/** Page object for the guide, the short start, the profile and the checklist. */
export class GuidePages {
  constructor(readonly page: Page) {}

  tick(stepId: string) {
    return this.page.getByTestId(`tick-${stepId}`);
  }

  policeScheme() {
    return this.page.getByTestId('police-scheme');
  }

  /** Answer the three questions. The nation comes before the election: only elections held
   * in the chosen nation are offered. */
  async answer(role: string, election: string, nation: string) {
    await this.page.getByTestId('answer-role').selectOption(role);
    await this.page.getByTestId('answer-nation').selectOption(nation);
    await this.page.getByTestId('answer-election').selectOption(election);
  }

  /** The elections offered, by key. */
  async electionsOffered() {
    return this.page.getByTestId('answer-election').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v));
  }

  /** Fill a profile field and leave it, so the change is saved. */
  async fill(testId: string, value: string) {
    const field = this.page.getByTestId(testId);
    await field.fill(value);
    await field.press('Tab');
    await expect(field).toHaveValue(value);
  }
}
