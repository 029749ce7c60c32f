import { test, expect } from '@playwright/test';
import { PlansPage } from '../support/plans';

// Issue 15, item 14: a plan that cannot be saved says why where the user is looking, never beside
// an old "Plan saved"; removing a plan asks first, in the page.

test('a failed save moves focus to a summary of what to fix, and no old "Plan saved" is left', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const plans = new PlansPage(page);
  await plans.plan({ date: '2030-01-02', start: '10:00', finish: '12:00', area: 'Elm Road', with: 'Sam' });
  // The form's last live region says whether the plan was saved (the one before it warns
  // about the safety contact).
  const status = page.getByTestId('plan-form').getByRole('status').last();
  await expect(status).toHaveText('Plan saved. Send it below.');
  // The form is blank again: saving it now fails.
  await page.getByTestId('plan-save').click();
  const summary = page.getByTestId('plan-errors');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText('This plan is not saved yet');
  await expect(summary).toContainText('Add the start time, for example 10:00.');
  await expect(summary).toContainText('Add when you expect to finish');
  await expect(page.getByText('Plan saved')).toHaveCount(0);
  await expect(status).toHaveText('');
  expect(await plans.app.axeViolations()).toEqual([]);
  // Each problem leads to its field.
  await summary.getByRole('link', { name: 'Add the start time, for example 10:00.' }).click();
  await expect(page.getByTestId('plan-start')).toBeFocused();
  await expect(page.getByTestId('plan-start')).toHaveAttribute('aria-invalid', 'true');
  // Put right, it saves and the summary goes.
  await page.getByTestId('plan-start').fill('14:00');
  await page.getByTestId('plan-finish').fill('15:00');
  await page.getByTestId('plan-area').fill('Oak Avenue');
  await page.getByTestId('plan-save').click();
  await expect(summary).toHaveCount(0);
  await expect(status).toHaveText('Plan saved. Send it below.');
  await expect(page.getByTestId('plan-card')).toHaveCount(2);
});

test('Remove plan asks first, in the page; "Keep it" keeps it, "Yes, remove it" removes it for good', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`a browser dialog was opened: ${d.message()}`); });
  const plans = new PlansPage(page);
  await plans.plan({ date: '2030-03-01', start: '09:00', finish: '10:00', area: 'Wrong street', with: 'Sam' });
  const card = page.getByTestId('plan-card').filter({ hasText: 'Wrong street' });
  await card.getByTestId('plan-remove').click();
  const question = card.getByTestId('plan-remove-question');
  await expect(question).toContainText('Remove this plan? It cannot be brought back.');
  await expect(question.getByText('Remove this plan?')).toBeFocused();
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  expect(await plans.app.axeViolations()).toEqual([]);
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  await page.reload();
  await plans.app.ready();
  await expect(page.getByTestId('plan-card')).toHaveCount(1);
  await card.getByTestId('plan-remove').click();
  await card.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByTestId('plan-card')).toHaveCount(0);
  await page.reload();
  await plans.app.ready();
  await expect(page.getByTestId('plan-card')).toHaveCount(0);
});
