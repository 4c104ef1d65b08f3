/**
 * The accounting overview and the home-page widget in a real browser:
 * the built playground (seeded with approved invoices in DKK and EUR) as a `strapi start` process.
 * Needs the plugin and the playground admin built (scripts/test.js does it).
 */
import path from 'path';
import type { Page } from 'playwright-core';
import type { OverviewResponse } from '../../contracts';
import { DOCS_SCREENSHOT_DIR, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';

const admin = { email: 'e2e-accounting@billy.test', password: 'E2e-Accounting-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Acc1';

let stack: E2eStack;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack('accounting', admin, SANDBOX_TOKEN);
  page = stack.page;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('Accounting in the browser', () => {
  it('opens the overview from the main menu and shows each currency’s figures from the server', () =>
    withFailureScreenshot(page, 'accounting-overview', async () => {
      const { data } = await stack.api<OverviewResponse>('GET', '/billy/overview');
      expect(data.currencies.map((currency) => currency.currency)).toEqual(['DKK', 'EUR']);

      await page.goto(`${stack.playground.url}/admin`);
      await page.locator('nav a[href$="/plugins/billy"]').click();
      await page.locator('[data-testid="billy-overview"]').waitFor();
      const sections = page.locator('[data-testid="billy-overview-currency"]');
      expect(await sections.count()).toBe(2);
      const dkk = page.locator('[data-testid="billy-overview-currency"][data-currency="DKK"]');
      const shownOutstanding = await dkk.locator('[data-testid="billy-overview-outstanding"]').innerText();
      const expected = data.currencies.find((currency) => currency.currency === 'DKK')!;
      expect(shownOutstanding.replace(/[^\d]/g, '')).toBe(expected.outstanding.toFixed(2).replace(/[^\d]/g, ''));
      expect(await dkk.locator('[data-testid="billy-overview-overdue-invoice"]').count()).toBe(expected.overdueInvoices.length);
      expect(await dkk.locator('[data-testid="billy-overview-debtor"]').count()).toBe(expected.topDebtors.length);
      await dkk.locator('[data-testid="billy-overview-chart"]').waitFor();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'overview.png'));

      // A top debtor links to its organization in the Content Manager.
      await dkk.locator('[data-testid="billy-overview-debtor"] a').first().click();
      await page.waitForURL(/content-manager\/collection-types\/plugin::billy\.(organization|contact)\//);
    }));

  it('shows the sync-health widget on the home page', () =>
    withFailureScreenshot(page, 'accounting-widget', async () => {
      await page.goto(`${stack.playground.url}/admin`);
      const widget = page.locator('[data-testid="billy-sync-health-widget"]');
      await widget.waitFor();
      expect(await widget.locator('[data-testid="billy-widget-connection"]').getAttribute('data-state')).toBe('unconfigured');
      expect(await widget.locator('[data-testid="billy-widget-overdue"]').innerText()).toMatch(/DKK|kr/);
    }));

});
