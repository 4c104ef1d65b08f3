/**
 * Settings › Billy in a real browser: the built playground admin (a real `strapi start` process)
 * talks to the Billy sandbox; Debian's chromium drives the page through playwright-core.
 * Needs the plugin and the playground admin built (scripts/test.js does it).
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { DOCS_SCREENSHOT_DIR, loginToAdmin, newPage, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';

const admin = { email: 'e2e-settings@billy.test', password: 'E2e-Settings-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Qw7z';

let stack: E2eStack;
let page: Page;
let organizationName: string;

const light = () => page.locator('[data-testid="billy-connection-status"]');
const lightIn = (state: string) => page.locator(`[data-testid="billy-connection-status"][data-state="${state}"]`);

const saveToken = async (token: string) => {
  await page.locator('[data-testid="billy-edit"]').click();
  const input = page.locator('input[name="accessToken"]');
  await input.fill(token);
  await page.locator('[data-testid="billy-save"]').click();
  // Save closes the form: the read view is back.
  await page.locator('[data-testid="billy-edit"]').waitFor();
};

beforeAll(async () => {
  stack = await startE2eStack('settings', admin, SANDBOX_TOKEN);
  page = stack.page;
  organizationName = stack.sandbox.control.state().organization.name;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('Settings › Billy in the browser', () => {
  it('opens with a grey light and every option, read-only until Edit', () =>
    withFailureScreenshot(page, 'settings-open', async () => {
      await page.goto(`${stack.playground.url}/admin/settings/billy`);
      await lightIn('unconfigured').waitFor();
      expect(await page.locator('[data-testid="billy-value-syncDirection"]').innerText()).toBe('From Strapi to Billy');
      expect(await page.locator('[data-testid="billy-value-accessToken"]').innerText()).toBe('Not set');
      expect(await page.locator('input[name="accessToken"]').count()).toBe(0);
      // The cash account comes from Billy: without a connection the card says so.
      await page.locator('[data-testid="billy-cash-account-needs-connection"]').waitFor();
    }));

  it('saves a wrong token and shows a red light with the reason', () =>
    withFailureScreenshot(page, 'settings-wrong-token', async () => {
      await saveToken('not-the-right-token-9999');
      await lightIn('failed').waitFor();
      expect(await light().getAttribute('data-reason')).toBe('auth');
      expect(await page.locator('[data-testid="billy-connection-headline"]').innerText()).toBe('Billy refused the access token');
      expect(await page.locator('[data-testid="billy-value-accessToken"]').innerText()).toBe('Set, ending in 9999');
      // The refused token is an incident: the banner shows it at the top of the page until it is fixed.
      const banner = page.locator('[data-testid="billy-alert-token_refused"]');
      await banner.waitFor();
      expect(await banner.innerText()).toContain('Billy refuses the access token');
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'alert-banner.png'));
    }));

  it('saves the sandbox token and shows a green light with the organization name', () =>
    withFailureScreenshot(page, 'settings-right-token', async () => {
      await saveToken(SANDBOX_TOKEN);
      await lightIn('connected').waitFor();
      // A working token resolves the incident: the banner goes by itself.
      await page.locator('[data-testid="billy-alert-token_refused"]').waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid="billy-connection-headline"]').innerText()).toBe(`Connected to ${organizationName}`);
      expect(await page.locator('[data-testid="billy-value-accessToken"]').innerText()).toBe(`Set, ending in ${SANDBOX_TOKEN.slice(-4)}`);
      // The token field never shows the secret, only its last four characters as a placeholder.
      await page.locator('[data-testid="billy-edit"]').click();
      const input = page.locator('input[name="accessToken"]');
      expect(await input.inputValue()).toBe('');
      expect(await input.getAttribute('placeholder')).toBe(`•••• ${SANDBOX_TOKEN.slice(-4)}`);
      await page.locator('[data-testid="billy-cancel"]').click();
      // After a reload the light still says connected (the stored result), and no toast covers the header.
      await page.reload();
      await lightIn('connected').waitFor();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'settings.png'));
    }));

  it('shows the server’s message under the field it concerns, and saves once fixed', () =>
    withFailureScreenshot(page, 'settings-validation', async () => {
      await page.locator('[data-testid="billy-edit"]').click();
      await page.getByRole('combobox', { name: 'Sync direction' }).click();
      await page.getByRole('option', { name: 'Both ways' }).click();
      // Priority appears only for both ways; leaving it empty answers 400 with path ['priority'].
      const priority = page.getByRole('combobox', { name: /When a record changed on both sides/ });
      await priority.waitFor();
      await page.locator('[data-testid="billy-save"]').click();
      const priorityError = page.locator('#billy-priority-error');
      await priorityError.waitFor();
      expect((await priorityError.innerText()).length).toBeGreaterThan(0);
      expect(await page.locator('input[name="accessToken"]').count()).toBe(1); // still editing: nothing saved

      await priority.click();
      await page.getByRole('option', { name: 'Send CRM data first' }).click();
      await page.locator('[data-testid="billy-save"]').click();
      await page.locator('[data-testid="billy-value-priority"]').waitFor();
      expect(await page.locator('[data-testid="billy-value-syncDirection"]').innerText()).toBe('Both ways');
      expect(await page.locator('[data-testid="billy-value-priority"]').innerText()).toBe('Send CRM data first');
      await lightIn('connected').waitFor();
    }));

  it('chooses the cash account from Billy’s payment accounts and edits the Danish subject; an unknown placeholder is refused by name', () =>
    withFailureScreenshot(page, 'settings-invoice-actions', async () => {
      const danishSubject = page.locator('input[name="emailTemplates.da.subject"]');
      const subjectError = page.locator('#billy-email-da-subject-error');
      // A fresh page: no toast of the last save over the screenshot.
      await page.reload();
      await lightIn('connected').waitFor();
      await page.locator('[data-testid="billy-edit"]').click();
      await page.getByRole('combobox', { name: 'Payments are booked on' }).click();
      await page.getByRole('option', { name: '5820 · Kasse' }).click();

      await danishSubject.fill('Faktura {fakturaNr} fra {companyName}');
      expect(await subjectError.innerText()).toBe('{fakturaNr} is not a placeholder. Use {invoiceNo}, {amount}, {dueDate}, {companyName}, {customerName}.');
      await page.locator('[data-testid="billy-invoice-actions-form"]').scrollIntoViewIfNeeded();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'settings-invoice-actions.png'));
      // Saving anyway: the server refuses it (400), naming the field; the form stays open and says what to fix.
      const [refused] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/billy/settings') && response.request().method() === 'PUT'),
        page.locator('[data-testid="billy-save"]').click(),
      ]);
      expect(refused.status()).toBe(400);
      expect(((await refused.json()) as { error: { details: { errors: Array<{ path: string[] }> } } }).error.details.errors.map((error) => error.path)).toEqual([
        ['invoiceActions', 'emailTemplates', 'da', 'subject'],
      ]);
      expect(await danishSubject.count()).toBe(1);
      expect(await subjectError.innerText()).toMatch(/^\{fakturaNr\} is not a placeholder/);

      await danishSubject.fill('Faktura {invoiceNo} til {customerName}');
      expect(await subjectError.count()).toBe(0);
      await page.locator('[data-testid="billy-save"]').click();
      await page.locator('[data-testid="billy-edit"]').waitFor();

      // Saved: the read view shows both after a reload, the account by its name in Billy.
      await page.reload();
      await lightIn('connected').waitFor();
      await page.locator('[data-testid="billy-value-cashAccountId"]', { hasText: '5820 · Kasse' }).waitFor();
      expect(await page.locator('[data-testid="billy-value-emailTemplates.da.subject"]').innerText()).toBe('Faktura {invoiceNo} til {customerName}');
      expect(await page.locator('[data-testid="billy-value-emailTemplates.en.subject"]').innerText()).toBe('Invoice {invoiceNo} from {companyName}');
    }));

  it('chooses the admins e-mailed about alerts in the Alerts card', () =>
    withFailureScreenshot(page, 'settings-alert-recipients', async () => {
      await page.locator('[data-testid="billy-edit"]').click();
      await page.getByRole('combobox', { name: 'E-mail these admins' }).click();
      await page.getByRole('option', { name: new RegExp(admin.email) }).click();
      // The list closes, and gives focus back to its trigger, before the next field is typed into:
      // on a loaded machine the focus came back mid-fill and the minutes went into the combobox.
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      const minutes = page.locator('input[name="unreachableAfterMinutes"]');
      await minutes.fill('45');
      expect(await minutes.inputValue()).toBe('45');
      await page.locator('input[name="unreachableAfterMinutes"]').scrollIntoViewIfNeeded();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'settings-alerts.png'));
      await page.locator('[data-testid="billy-save"]').click();
      await page.locator('[data-testid="billy-edit"]').waitFor();
      expect(await page.locator('[data-testid="billy-value-alertRecipients"]').innerText()).toContain(admin.email);
      expect(await page.locator('[data-testid="billy-value-unreachableAfterMinutes"]').innerText()).toBe('45 minutes');
    }));

  it('is read-only for a role without settings.update: no Edit, no Sync', async () => {
    const viewer = { email: 'e2e-viewer@billy.test', password: 'E2e-Viewer-Passw0rd!' };
    await stack.createAdminWith([{ action: 'plugin::billy.settings.read' }], viewer);
    const viewerPage = await newPage(stack.browser);
    try {
      await withFailureScreenshot(viewerPage, 'settings-read-only', async () => {
        await loginToAdmin(viewerPage, stack.playground.url, viewer);
        await viewerPage.goto(`${stack.playground.url}/admin/settings/billy`);
        await viewerPage.locator('[data-testid="billy-read-only"]').waitFor();
        await viewerPage.locator('[data-testid="billy-connection-status"][data-state="connected"]').waitFor();
        expect(await viewerPage.locator('[data-testid="billy-value-priority"]').innerText()).toBe('Send CRM data first');
        expect(await viewerPage.locator('[data-testid="billy-edit"]').count()).toBe(0);
        expect(await viewerPage.locator('[data-testid="billy-sync"]').count()).toBe(0);
      });
    } finally {
      await viewerPage.context().close();
    }
  });
});
