import { expect, type Page } from '@playwright/test';
import { StandSafe } from './app';
import { GuidePages } from './guide';

export type PlanInput = { date: string; start: string; finish: string; area: string; meeting?: string; with?: string; kind?: string };

/** Page object for campaign-day plans. */
export class PlansPage {
  readonly app: StandSafe;
  constructor(readonly page: Page) {
    this.app = new StandSafe(page);
  }

  /** Contacts the messages go to. */
  async contacts() {
    const guide = new GuidePages(this.page);
    await this.app.open('/profile');
    await guide.fill('own-phone', '07700 900111');
    await guide.fill('police-phone', '01632 960 001');
    await guide.fill('police-email', 'pc.example@police.example.uk');
    await guide.fill('buddy-phone', '+44 7700 900222');
  }

  async plan(p: PlanInput) {
    await this.app.open('/plans');
    await this.page.getByTestId('plan-date').fill(p.date);
    await this.page.getByTestId('plan-start').fill(p.start);
    await this.page.getByTestId('plan-finish').fill(p.finish);
    await this.page.getByTestId('plan-area').fill(p.area);
    if (p.meeting) await this.page.getByTestId('plan-meeting').fill(p.meeting);
    if (p.with) await this.page.getByTestId('plan-with').fill(p.with);
    if (p.kind) await this.page.getByTestId('plan-kind').selectOption(p.kind);
    await this.page.getByTestId('plan-save').click();
    await expect(this.page.getByTestId('plan-card').first()).toBeVisible();
  }
}
