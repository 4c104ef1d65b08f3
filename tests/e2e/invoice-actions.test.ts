/**
 * The invoice workflow in a real browser (issue 16): one seeded invoice is approved, sent by e-mail,
 * its PDF downloaded, credited and paid from its edit view, each through its confirmation dialog;
 * the sandbox then holds exactly one approval, one e-mail, one credit note and one payment. Then in
 * Danish (issue 19): the invoices' list and edit views with Danish labels and enumeration values, an
 * approval's result and a refused token's errors in Danish.
 * Screenshots of the dialogs go to docs/screenshots/. Needs the plugin and the playground admin built.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import type { RunningSandbox } from '../../sandbox/src';
import { DOCS_SCREENSHOT_DIR, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';
import type { PlaygroundProcess } from '../helpers/playground-process';

const admin = { email: 'e2e-invoice-actions@billy.test', password: 'E2e-Invoice-Actions-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Inv16';
const INVOICE_UID = 'plugin::billy.invoice';

let stack: E2eStack;
let sandbox: RunningSandbox;
let playground: PlaygroundProcess;
let page: Page;

const api = <T = Record<string, unknown>>(method: string, url: string, body?: unknown) => stack.api<T>(method, url, body);
const editViewUrl = (documentId: string) => `${playground.url}/admin/content-manager/collection-types/${INVOICE_UID}/${documentId}`;
const panel = () => page.locator('[data-testid="billy-invoice-actions"]');
const shot = (name: string) => saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, name));

/** A seeded draft invoice by its net amount (playground/src/seed-data.ts): Havnens Bageri's 1 200 DKK, Nordlys' 13 200 DKK. */
const draftInvoiceOf = async (netAmount: number): Promise<{ documentId: string }> => {
  const { results } = await api<{ results: Array<{ documentId: string; kind: string; grossAmount: number | null; lines?: unknown }> }>(
    'GET',
    `/content-manager/collection-types/${INVOICE_UID}?page=1&pageSize=100&filters[kind][$eq]=invoice&filters[netAmount][$eq]=${netAmount}&filters[invoiceNo][$null]=true`
  );
  if (results.length !== 1) throw new Error(`expected one seeded invoice of ${netAmount}, found ${results.length}`);
  return results[0];
};
const bakeryInvoice = () => draftInvoiceOf(1200);

const syncEverything = async () => {
  const run = (await api<{ data: { id: number } }>('POST', '/billy/sync', {})).data;
  for (;;) {
    const { data } = await api<{ data: { status: string } }>('GET', `/billy/runs/${run.id}`);
    if (data.status !== 'running') return data.status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** Opens an action's dialog, saves its screenshot, confirms, and waits for the dialog to close. */
const confirmAction = async (button: string, dialog: string, screenshot: string) => {
  await panel().locator(`[data-testid="${button}"]`).click();
  const modal = page.locator(`[data-testid="${dialog}"]`);
  await modal.waitFor();
  await shot(screenshot);
  await modal.locator(`[data-testid="${dialog}-confirm"]`).click();
  await modal.waitFor({ state: 'detached', timeout: 60_000 });
};

beforeAll(async () => {
  stack = await startE2eStack('invoice-actions', admin, SANDBOX_TOKEN);
  ({ sandbox, playground, page } = stack);
  await api('PUT', '/billy/settings', { accessToken: SANDBOX_TOKEN });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('The invoice workflow in the browser', () => {
  let invoice: { documentId: string };
  /** invoices Billy holds approved after the first sync (the seed's booked invoices) */
  let approvedBefore = 0;

  it('approves a synced invoice from its edit view', () =>
    withFailureScreenshot(page, 'invoice-approve', async () => {
      // The seed's net amounts come from Billy, so sync first and then find the invoice.
      expect(await syncEverything()).toBe('succeeded');
      invoice = await bakeryInvoice();
      approvedBefore = sandbox.control.state().invoices.filter((row) => row.state === 'approved').length;
      await page.goto(editViewUrl(invoice.documentId));
      await panel().locator('[data-testid="billy-invoice-state"]', { hasText: 'Draft' }).waitFor({ timeout: 60_000 });
      expect(await panel().locator('[data-testid="billy-invoice-booked-note"]').count()).toBe(0);
      await confirmAction('billy-approve', 'billy-approve-dialog', 'invoice-approve.png');
      await panel().locator('[data-testid="billy-invoice-state"]', { hasText: 'Approved' }).waitFor();
      expect(await panel().locator('[data-testid="billy-invoice-balance"]').innerText()).toMatch(/1,500\.00/);
      // Billy owns the booked fields now; the edit view cannot lock them per invoice, so the panel says so, dated.
      const { approvedTime } = sandbox.control.state().invoices.find((row) => row.externalId === `strapi-${invoice.documentId}`)!;
      const bookedOn = await page.evaluate((time) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(time)), approvedTime!);
      expect(await panel().locator('[data-testid="billy-invoice-booked-note"]').innerText()).toBe(
        `Booked in Billy on ${bookedOn}: the number, customer, date, lines and amounts can no longer change. Strapi’s edit view cannot lock them, so an edit saved here is not sent: the record shows it as “needs a credit note”. Credit the invoice instead.`
      );
    }));

  it('sends it by e-mail with the Danish template, editable in the dialog', () =>
    withFailureScreenshot(page, 'invoice-send', async () => {
      await panel().locator('[data-testid="billy-send"]').click();
      const modal = page.locator('[data-testid="billy-send-dialog"]');
      await modal.waitFor();
      expect(await modal.getByLabel('Subject').inputValue()).toMatch(/^Faktura \d+ fra /);
      await modal.getByLabel('Subject').fill('Faktura fra Strapi');
      await shot('invoice-send.png');
      await modal.locator('[data-testid="billy-send-dialog-confirm"]').click();
      await modal.waitFor({ state: 'detached', timeout: 60_000 });
      await panel().locator('[data-testid="billy-invoice-sent-state"]', { hasText: 'sent' }).waitFor();
      const emails = sandbox.control.state().invoiceEmails;
      expect(emails).toHaveLength(1);
      expect(emails[0]).toMatchObject({ emailSubject: 'Faktura fra Strapi', toEmail: 'kontor@havnensbageri.dk' });
    }));

  it('downloads the PDF named after the invoice number', () =>
    withFailureScreenshot(page, 'invoice-pdf', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), panel().locator('[data-testid="billy-pdf"]').click()]);
      const invoiceNo = sandbox.control.state().invoices.find((row) => row.externalId === `strapi-${invoice.documentId}`)!.invoiceNo;
      expect(download.suggestedFilename()).toBe(`invoice-${invoiceNo}.pdf`);
      const file = await download.path();
      expect(fs.readFileSync(file!).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    }));

  it('credits it: the credit note opens as a draft linked to the invoice', () =>
    withFailureScreenshot(page, 'invoice-credit-note', async () => {
      await confirmAction('billy-credit-note', 'billy-credit-dialog', 'invoice-credit-note.png');
      await page.waitForURL((url) => url.pathname.includes(INVOICE_UID) && !url.pathname.endsWith(invoice.documentId));
      await panel().locator('[data-testid="billy-invoice-state"]', { hasText: 'Draft' }).waitFor({ timeout: 60_000 });
      const billyInvoiceId = sandbox.control.state().invoices.find((row) => row.externalId === `strapi-${invoice.documentId}`)!.id;
      const creditNotes = sandbox.control.state().invoices.filter((row) => row.creditedInvoiceId === billyInvoiceId);
      expect(creditNotes).toEqual([expect.objectContaining({ type: 'creditNote', state: 'draft', grossAmount: 1500 })]);
    }));

  it('registers its payment on the bank account and shows it paid', () =>
    withFailureScreenshot(page, 'invoice-payment', async () => {
      await page.goto(editViewUrl(invoice.documentId));
      await panel().locator('[data-testid="billy-pay"]').waitFor({ timeout: 60_000 });
      await confirmAction('billy-pay', 'billy-pay-dialog', 'invoice-payment.png');
      await panel().locator('text=Paid').first().waitFor();
      // Billy's figures came back into the record with the action: it is up to date, not "changed since the last sync".
      await page.locator('[data-testid="billy-side-panel"] [data-testid="billy-pending-changes"][data-pending="false"]').waitFor();
      await shot('invoice-actions.png');
      const state = sandbox.control.state();
      expect(state.bankPayments).toEqual([expect.objectContaining({ cashAmount: 1500, cashSide: 'debit', isVoided: false })]);
      expect(state.invoices.find((row) => row.externalId === `strapi-${invoice.documentId}`)).toMatchObject({ state: 'approved', isPaid: true, balance: 0 });
      // One approval: besides the seed's booked invoices, Billy holds exactly this one approved.
      expect(state.invoices.filter((row) => row.state === 'approved')).toHaveLength(approvedBefore + 1);
    }));
});

describe('The invoices in Danish', () => {
  const listUrl = () => `${playground.url}/admin/content-manager/collection-types/${INVOICE_UID}`;
  let nordlys: { documentId: string };

  beforeAll(async () => {
    await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'da'));
    nordlys = await draftInvoiceOf(13200);
  });

  it('lists them with Danish column labels and states', () =>
    withFailureScreenshot(page, 'invoice-list-da', async () => {
      await page.goto(listUrl());
      await page.locator('thead th', { hasText: /^Fakturanummer$/ }).waitFor({ timeout: 60_000 });
      expect(await page.locator('thead th', { hasText: /^Tilstand$/ }).count()).toBe(1);
      // the type's own name: the list's title and the Content Manager's menu
      expect(await page.getByRole('heading', { level: 1, name: 'Faktura', exact: true }).count()).toBe(1);
      for (const name of ['Organisation', 'Kontakt', 'Produkt', 'Faktura']) expect([name, await page.getByRole('link', { name, exact: true }).count()]).toEqual([name, 1]);
      // the state column names its values, as the edit view does: the seed's drafts and the invoice approved above
      const states = page.locator('tbody [data-testid="billy-list-enum"]');
      await states.first().waitFor();
      const texts = await states.allInnerTexts();
      expect(texts).toContain('Kladde');
      expect(texts).toContain('Godkendt');
      expect(texts.filter((text) => text === 'draft' || text === 'approved')).toEqual([]);
      await shot('invoice-list-da.png');
    }));

  it('edits one with Danish field labels and enumeration values', () =>
    withFailureScreenshot(page, 'invoice-edit-da', async () => {
      await page.goto(editViewUrl(nordlys.documentId));
      await page.locator('label', { hasText: /^Fakturanummer$/ }).waitFor({ timeout: 60_000 });
      expect(await page.locator('label', { hasText: /^Betalingsbetingelser$/ }).count()).toBe(1);
      // a component's fields too: an invoice line's, once its entry is open
      await page.getByRole('button', { name: /Workshop, oktober/ }).first().click();
      await page.locator('label', { hasText: /^Antal/ }).first().waitFor();
      const state = page.getByRole('combobox', { name: 'Tilstand' });
      expect((await state.innerText()).trim()).toBe('Kladde');
      const kind = page.getByRole('combobox', { name: 'Type' });
      await kind.click();
      await page.getByRole('option', { name: 'Kreditnota' }).waitFor();
      expect(await page.getByRole('option', { name: 'creditNote' }).count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await shot('invoice-edit-da.png');
    }));

  it('says in Danish that Billy approved it', () =>
    withFailureScreenshot(page, 'invoice-approve-da', async () => {
      await panel().locator('[data-testid="billy-invoice-state"]', { hasText: 'Kladde' }).waitFor({ timeout: 60_000 });
      await panel().locator('[data-testid="billy-approve"]').click();
      const modal = page.locator('[data-testid="billy-approve-dialog"]');
      await modal.locator('[data-testid="billy-approve-dialog-confirm"]').click();
      await page.getByText('Fakturaen er godkendt (bogført) i Billy.').waitFor({ timeout: 60_000 });
      await panel().locator('[data-testid="billy-invoice-state"]', { hasText: 'Godkendt' }).waitFor();
      await shot('invoice-approve-result-da.png');
    }));

  it('says in Danish that Billy refused the token, for an action and for the PDF', () =>
    withFailureScreenshot(page, 'invoice-refused-da', async () => {
      const anne = (await api<{ results: Array<{ documentId: string }> }>('GET', `/content-manager/collection-types/${INVOICE_UID}?page=1&pageSize=100&filters[taxMode][$eq]=incl&filters[invoiceNo][$null]=true`)).results;
      expect(anne).toHaveLength(1);
      await page.goto(editViewUrl(anne[0]!.documentId));
      await panel().locator('[data-testid="billy-approve"]').waitFor({ timeout: 60_000 });
      sandbox.control.revokeToken(SANDBOX_TOKEN);
      const refused = 'Billy afviste adgangsnøglen: tjek den under Indstillinger › Billy.';

      await panel().locator('[data-testid="billy-approve"]').click();
      const modal = page.locator('[data-testid="billy-approve-dialog"]');
      await modal.locator('[data-testid="billy-approve-dialog-confirm"]').click();
      expect(await modal.locator('[data-testid="billy-approve-dialog-error"]').innerText({ timeout: 60_000 })).toBe(refused);
      // the panel's re-read after the refusal fails too: said in Danish, and the dialog stays open with its refusal
      expect(await panel().locator('[data-testid="billy-invoice-actions-error"]').innerText({ timeout: 30_000 })).toBe(refused);
      await shot('invoice-approve-error-da.png');
      await page.keyboard.press('Escape');
      await modal.waitFor({ state: 'detached' });

      await panel().locator('[data-testid="billy-pdf"]').click();
      await page.getByText(refused).waitFor({ timeout: 60_000 });
      expect(await page.getByText('Server Error').count()).toBe(0);
      await shot('invoice-pdf-error-da.png');
    }));
});
