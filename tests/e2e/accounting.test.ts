/**
 * The accounting overview, a customer's account in its edit view and the home-page widget in a real
 * browser, in English and Danish, and what an admin without accounting.read does not see: the built
 * playground (seeded with approved invoices in DKK and EUR) as a `strapi start` process.
 * Needs the plugin and the playground admin built (scripts/test.js does it).
 */
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { PERMISSIONS, type CustomerAccountResponse, type OverviewResponse, type TopDebtor } from '../../contracts';
import { DOCS_SCREENSHOT_DIR, loginToAdmin, newPage, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';

const admin = { email: 'e2e-accounting@billy.test', password: 'E2e-Accounting-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Acc1';
const ORGANIZATION_UID = 'plugin::billy.organization';
const INVOICE_UID = 'plugin::billy.invoice';
const OVERVIEW_LINK = 'a[href$="/plugins/billy"]';

/** Words a person must not read: camelCase and snake_case, as field names and reason codes are written (creditNote, not_in_billy). */
const RAW_WORDS = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;

const TEXTS = {
  en: { outstanding: 'Outstanding', overdue: 'Overdue', title: 'Account in Billy' },
  da: { outstanding: 'Udestående', overdue: 'Forfaldent', title: 'Konto i Billy' },
} as const;

let stack: E2eStack;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack('accounting', admin, SANDBOX_TOKEN);
  page = stack.page;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** The admin's language, as Strapi keeps it (read when the admin loads). */
const useLanguage = async (locale: 'en' | 'da') => {
  await page.evaluate((language) => window.localStorage.setItem('strapi-admin-language', language), locale);
};

/** Saves the part of the screen around an element, with a margin of the page around it. */
const saveScreenshotOf = async (element: Locator, file: string, margin = 24) => {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error(`nothing to photograph for ${file}`);
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  await page.screenshot({ path: file, clip: { x, y, width: Math.min(viewport.width - x, box.width + 2 * margin), height: Math.min(viewport.height - y, box.height + 2 * margin) } });
};

/**
 * The whole page, also what lies below the fold: Strapi's layout is one screen high and scrolls
 * inside, so a full-page screenshot alone would show blank below the first screen. The window is
 * made as tall as the tallest scrolling content for the shot, then set back.
 */
const saveWholePage = async (file: string) => {
  const viewport = page.viewportSize()!;
  const contentHeight = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*'), (element) => element.scrollHeight)));
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, contentHeight) });
  try {
    await page.waitForTimeout(300);
    await saveScreenshot(page, file);
  } finally {
    await page.setViewportSize(viewport);
  }
};

/** Only the digits and the sign of an amount as shown ("-1.234,50 kr." and "-DKK 1,234.50" alike). */
const digits = (shown: string) => `${/[-−]/.test(shown) ? '-' : ''}${shown.replace(/[^\d]/g, '')}`;
const amountDigits = (value: number) => `${value < 0 ? '-' : ''}${Math.abs(value).toFixed(2).replace(/[^\d]/g, '')}`;

/**
 * The seeded organization that is a top debtor in DKK and owes more than is overdue (an overdue and
 * a current invoice), so the panel's two amounts cannot agree with the server by coincidence.
 */
const debtorWithCurrentAndOverdue = async (): Promise<TopDebtor & { customer: NonNullable<TopDebtor['customer']> }> => {
  const { data } = await stack.api<OverviewResponse>('GET', '/billy/overview');
  const dkk = data.currencies.find((currency) => currency.currency === 'DKK')!;
  const debtor = dkk.topDebtors.find((candidate) => candidate.customer?.module === 'organizations' && candidate.overdue > 0 && candidate.outstanding > candidate.overdue);
  if (!debtor?.customer) throw new Error(`no organization among the DKK top debtors owes more than is overdue: ${JSON.stringify(dkk.topDebtors)}`);
  return debtor as TopDebtor & { customer: NonNullable<TopDebtor['customer']> };
};

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
      await saveWholePage(path.join(DOCS_SCREENSHOT_DIR, 'overview.png'));

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

  describe.each(['en', 'da'] as const)('in %s', (locale) => {
    const texts = TEXTS[locale];
    const suffix = locale === 'en' ? '' : `-${locale}`;

    afterAll(async () => {
      await useLanguage('en');
    });

    it('shows a top debtor’s account in its edit view as the server has it, each open invoice a link to it', () =>
      withFailureScreenshot(page, `accounting-account-${locale}`, async () => {
        const debtor = await debtorWithCurrentAndOverdue();
        const { data: account } = await stack.api<CustomerAccountResponse>('GET', `/billy/accounts/${ORGANIZATION_UID}/${debtor.customer.documentId}`);
        // The account route and the overview agree on this customer's DKK figures.
        expect(account.totals.find((total) => total.currency === 'DKK')).toEqual({ currency: 'DKK', outstanding: debtor.outstanding, overdue: debtor.overdue });
        expect(account.openInvoices.some((invoice) => invoice.overdue) && account.openInvoices.some((invoice) => !invoice.overdue)).toBe(true);

        await useLanguage(locale);
        await page.goto(`${stack.playground.url}/admin/content-manager/collection-types/${ORGANIZATION_UID}/${debtor.customer.documentId}`);
        const panel = page.locator('[data-testid="billy-account-panel"][data-state="open"]');
        await panel.waitFor({ timeout: 60_000 });
        await page.getByText(texts.title, { exact: true }).waitFor();

        const totals = panel.locator('[data-testid="billy-account-total"]');
        expect(await totals.count()).toBe(account.totals.length);
        for (const total of account.totals) {
          const row = panel.locator(`[data-testid="billy-account-total"][data-currency="${total.currency}"]`);
          expect(await row.innerText()).toContain(texts.outstanding);
          expect(await row.innerText()).toContain(texts.overdue);
          expect(digits(await row.locator('[data-testid="billy-account-outstanding"]').innerText())).toBe(amountDigits(total.outstanding));
          expect(digits(await row.locator('[data-testid="billy-account-overdue"]').innerText())).toBe(amountDigits(total.overdue));
        }

        const rows = panel.locator('[data-testid="billy-account-invoice"]');
        expect(await rows.count()).toBe(account.openInvoices.length);
        for (const [index, invoice] of account.openInvoices.entries()) {
          const row = rows.nth(index);
          expect(await row.getAttribute('data-document-id')).toBe(invoice.documentId);
          const link = row.locator('[data-testid="billy-account-invoice-link"]');
          expect(await link.innerText()).toContain(invoice.invoiceNo!);
          expect(await link.getAttribute('href')).toMatch(new RegExp(`/content-manager/collection-types/${INVOICE_UID.replace('.', '\\.')}/${invoice.documentId}$`));
          // The due date as the admin's language writes it (formatted in the browser, as the panel does).
          const dueDate = await page.evaluate(
            ([date, language]) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
            [invoice.dueDate!, locale] as const
          );
          expect(await row.locator('[data-testid="billy-account-invoice-due"]').innerText()).toContain(dueDate);
          const signed = invoice.kind === 'creditNote' ? -invoice.balance : invoice.balance;
          expect(digits(await row.locator('[data-testid="billy-account-invoice-balance"]').innerText())).toBe(amountDigits(signed));
        }
        expect((await panel.innerText()).match(RAW_WORDS)?.[0] ?? null).toBeNull();
        // The edit view's side column (the entry's actions, the Billy panel and the account), not the form.
        const sideColumn = page
          .locator('div')
          .filter({ has: page.locator('[data-testid="billy-side-panel"]') })
          .filter({ has: page.locator('[data-testid="billy-account-panel"]') })
          .last();
        await saveScreenshotOf(sideColumn, path.join(DOCS_SCREENSHOT_DIR, `account-panel${suffix}.png`));

        // An open invoice's link opens that invoice's edit view.
        const [first] = account.openInvoices;
        await rows.first().locator('[data-testid="billy-account-invoice-link"]').click();
        await page.waitForURL((url) => url.pathname.endsWith(`/content-manager/collection-types/${INVOICE_UID}/${first.documentId}`));
        const invoiceNo = page.locator('input[name="invoiceNo"]');
        await invoiceNo.waitFor();
        expect(await invoiceNo.inputValue()).toBe(first.invoiceNo);
      }), 120_000);

    it('shows the sync-health widget on the home page with the overdue total', () =>
      withFailureScreenshot(page, `accounting-widget-${locale}`, async () => {
        await useLanguage(locale);
        await page.goto(`${stack.playground.url}/admin`);
        const widget = page.locator('[data-testid="billy-sync-health-widget"]');
        const overdue = widget.locator('[data-testid="billy-widget-overdue"]');
        await overdue.waitFor();
        expect(await overdue.innerText()).toContain(texts.overdue);
        expect((await widget.innerText()).match(RAW_WORDS)?.[0] ?? null).toBeNull();
        await saveScreenshotOf(page.locator('section', { has: widget }).last(), path.join(DOCS_SCREENSHOT_DIR, `sync-health-widget${suffix}.png`));
      }));
  });

  it('shows an admin without accounting.read neither the Billy menu link nor any accounting figure', async () => {
    const syncReader = { email: 'e2e-sync-only@billy.test', password: 'E2e-Sync-Only-Passw0rd!' };
    const accountant = { email: 'e2e-accountant@billy.test', password: 'E2e-Accountant-Passw0rd!' };
    await stack.createAdminWith([{ action: PERMISSIONS.syncRead }], syncReader);
    await stack.createAdminWith([{ action: PERMISSIONS.syncRead }, { action: PERMISSIONS.accountingRead }], accountant);

    /** What of the accounting a person sees on the home page: the menu link, the widget's overdue total and any link to the overview. */
    const accountingSeenBy = async (credentials: typeof syncReader) => {
      const otherPage = await newPage(stack.browser);
      try {
        return await withFailureScreenshot(otherPage, `accounting-permissions-${credentials.email}`, async () => {
          await loginToAdmin(otherPage, stack.playground.url, credentials);
          await otherPage.goto(`${stack.playground.url}/admin`);
          const widget = otherPage.locator('[data-testid="billy-sync-health-widget"]');
          await widget.locator('[data-testid="billy-widget-failing"]').waitFor();
          // The menu's links and the widget's overview are checked asynchronously: give them time to appear.
          await otherPage.waitForTimeout(2000);
          return {
            menuLink: (await otherPage.locator(`nav ${OVERVIEW_LINK}`).count()) > 0,
            overdueTotal: (await widget.locator('[data-testid="billy-widget-overdue"]').count()) > 0,
            overviewLinkOnHomePage: (await otherPage.locator(`main ${OVERVIEW_LINK}`).count()) > 0,
          };
        });
      } finally {
        await otherPage.context().close();
      }
    };

    // The accountant sees all three, so their absence for the other is the permission's doing, not a page not yet drawn.
    expect({ accountant: await accountingSeenBy(accountant), syncReader: await accountingSeenBy(syncReader) }).toEqual({
      accountant: { menuLink: true, overdueTotal: true, overviewLinkOnHomePage: true },
      syncReader: { menuLink: false, overdueTotal: false, overviewLinkOnHomePage: false },
    });
  }, 120_000);
});
