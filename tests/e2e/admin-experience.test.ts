/**
 * The admin experience in a real browser (issue 7): bulk sync with live progress, "Sync to Billy" in
 * the edit view, a change pulled from Billy, a refused record in the run log and its retry, and the
 * mapping editor's errors on their row. The built playground admin runs as a real `strapi start`
 * process against the in-process Billy sandbox; Debian's chromium drives it through playwright-core.
 * Needs the plugin and the playground admin built (scripts/test.js does it).
 */
import path from 'path';
import type { Page, Request, Response } from 'playwright-core';
import type { RunningSandbox } from '../../sandbox/src';
import { DOCS_SCREENSHOT_DIR, loginToAdmin, newPage, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';
import type { PlaygroundProcess } from '../helpers/playground-process';

const admin = { email: 'e2e-admin-experience@billy.test', password: 'E2e-Admin-Experience-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Ax7k';
const ORGANIZATION_UID = 'plugin::billy.organization';
/** The playground's seed (playground/src/seed-data.ts). */
const SEEDED = { organizations: 3, contacts: 5, products: 4 };

let stack: E2eStack;
let sandbox: RunningSandbox;
let playground: PlaygroundProcess;
let page: Page;

const api = <T = Record<string, unknown>>(method: string, url: string, body?: unknown) => stack.api<T>(method, url, body);

/** Billy's own API (the sandbox), with the token. */
const billy = async (method: string, url: string, body?: unknown) => {
  const response = await fetch(`${sandbox.apiUrl}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Access-Token': SANDBOX_TOKEN },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`sandbox ${method} ${url} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
};

interface OrganizationRow {
  documentId: string;
  name: string;
  city: string | null;
  country: string;
}

const organizationNamed = async (name: string): Promise<OrganizationRow> => {
  const { results } = await api<{ results: OrganizationRow[] }>('GET', `/content-manager/collection-types/${ORGANIZATION_UID}?page=1&pageSize=100`);
  const found = results.find((row) => row.name === name);
  if (!found) throw new Error(`no organization named ${name}`);
  return found;
};

const updateOrganization = (documentId: string, data: Partial<OrganizationRow>) =>
  api('PUT', `/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`, data);

const recordStatus = (documentId: string) =>
  api<{ data: { state: string; billyId: string | null; lastError: { reason: string } | null } }>('GET', `/billy/records/${ORGANIZATION_UID}/${documentId}`).then(
    ({ data }) => data
  );

const editViewUrl = (documentId: string) => `${playground.url}/admin/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`;

const progressOf = async (module: string) => {
  const bar = page.locator(`[data-testid="billy-last-run"] [data-testid="billy-progress-${module}"]`);
  const read = async (name: string) => Number(await bar.getAttribute(`data-${name}`));
  return { done: await read('done'), total: await read('total'), created: await read('created'), failed: await read('failed') };
};

/** Waits until the Settings page shows a finished run other than `previousRunId` as the last run. */
const waitForLastRunAfter = async (previousRunId: number) => {
  await page.waitForFunction(
    (previous) => {
      const summary = document.querySelector('[data-testid="billy-last-run"]');
      return summary !== null && Number(summary.getAttribute('data-run-id')) > previous && document.querySelector('[data-testid="billy-current-run"]') === null;
    },
    previousRunId,
    { timeout: 90_000 }
  );
  return Number(await page.locator('[data-testid="billy-last-run"]').getAttribute('data-run-id'));
};

/** The newest run's id from the server: the page may not have loaded its status yet. */
const lastRunId = async () => (await api<{ data: Array<{ id: number }> }>('GET', '/billy/runs')).data[0]?.id ?? 0;

/** "Sync to Billy" is a document action: a visible button when there is room, else in the ⋯ menu. */
const openSyncToBilly = async () => {
  const button = page.getByRole('button', { name: 'Sync to Billy', exact: true });
  const moreActions = page.getByRole('button', { name: 'More document actions' });
  // The header renders its actions after the form loads: wait for either before choosing.
  await button.or(moreActions).first().waitFor();
  if ((await button.count()) > 0) {
    await button.first().click();
  } else {
    await moreActions.click();
    await page.getByRole('menuitem', { name: 'Sync to Billy' }).click();
  }
  await page.locator('[data-testid="billy-sync-dialog"]').waitFor();
};

beforeAll(async () => {
  stack = await startE2eStack('admin', admin, SANDBOX_TOKEN);
  ({ sandbox, playground, page } = stack);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('The Billy admin experience in the browser', () => {
  it('connects with the sandbox token and previews a sync from a dry run', () =>
    withFailureScreenshot(page, 'admin-connect-preview', async () => {
      await page.goto(`${playground.url}/admin/settings/billy`);
      await page.locator('[data-testid="billy-connection-status"]').waitFor();
      await page.locator('[data-testid="billy-edit"]').click();
      await page.locator('input[name="accessToken"]').fill(SANDBOX_TOKEN);
      await page.locator('[data-testid="billy-save"]').click();
      await page.locator('[data-testid="billy-connection-status"][data-state="connected"]').waitFor();

      await page.locator('[data-testid="billy-preview-button"]').click();
      const preview = page.locator('[data-testid="billy-preview-result"][data-created]');
      await preview.waitFor({ timeout: 60_000 });
      // Nothing is in Billy yet: every seeded organization, contact and product would be created.
      expect(Number(await preview.getAttribute('data-created'))).toBeGreaterThanOrEqual(SEEDED.organizations + SEEDED.contacts + SEEDED.products);
      expect(Number(await preview.getAttribute('data-conflicts'))).toBe(0);
      expect(await preview.innerText()).toMatch(/^A sync would create \d+, update 0/);
      // A dry run writes nothing to Billy.
      expect(((await billy('GET', '/contacts')).contacts as unknown[]).length).toBe(0);
    }), 120_000);

  it('runs a bulk sync and shows each module’s progress bar reaching the end with the right counts', () =>
    withFailureScreenshot(page, 'admin-bulk-sync', async () => {
      const previous = await lastRunId();
      // Slow Billy down so the run lasts a few seconds and the live bars can be watched.
      sandbox.control.setLatency(120);
      // Sync now's answer is the run now going: the page shows it without reading the status again.
      const isStatus = (url: string) => new URL(url).pathname.endsWith('/billy/status');
      const isSyncAnswer = (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith('/billy/sync');
      const events: string[] = [];
      const noteRead = (request: Request) => void (request.method() === 'GET' && isStatus(request.url()) && events.push('status read'));
      const noteAnswer = (response: Response) => void (isSyncAnswer(response) && events.push('sync answered'));
      try {
        // Clicked right after a status read: no poll is under way when the answer comes (the next is seconds away).
        await page.waitForResponse((response) => isStatus(response.url()));
        page.on('request', noteRead);
        page.on('response', noteAnswer);
        const started = page.waitForResponse(isSyncAnswer);
        await page.locator('[data-testid="billy-sync"]').click();
        const { data: startedRun } = (await (await started).json()) as { data: { id: number } };
        const current = page.locator('[data-testid="billy-current-run"]');
        await page.locator(`[data-testid="billy-current-run"][data-run-id="${startedRun.id}"]`).waitFor({ timeout: 15_000 });
        page.off('request', noteRead);
        page.off('response', noteAnswer);
        expect(events.slice(events.indexOf('sync answered'))).toEqual(['sync answered']);
        expect(await current.getAttribute('data-dry-run')).toBe('false');
        // Live: some module has a planned total and has started counting.
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll('[data-testid="billy-current-run"] [data-testid^="billy-progress-"]')).some(
            (bar) => Number(bar.getAttribute('data-total')) > 0 && Number(bar.getAttribute('data-done')) > 0
          )
        );
        await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'progress.png'));
        await waitForLastRunAfter(previous);
      } finally {
        sandbox.control.setLatency(0);
      }
      expect(await page.locator('[data-testid="billy-last-run"]').getAttribute('data-status')).toBe('succeeded');
      for (const [module, count] of Object.entries(SEEDED)) {
        expect(await progressOf(module)).toEqual({ done: count, total: count, created: count, failed: 0 });
      }
      const invoices = await progressOf('invoices');
      expect(invoices.done).toBe(invoices.total);
      expect(invoices.failed).toBe(0);
      // And Billy holds them: the three companies and the private person are Billy contacts.
      expect(((await billy('GET', '/contacts')).contacts as unknown[]).length).toBe(SEEDED.organizations + 1);
    }), 150_000);

  it('shows an organization’s Billy status in the edit view and syncs it from the pop-up', () =>
    withFailureScreenshot(page, 'admin-sync-popup', async () => {
      const organization = await organizationNamed('Nordlys Design ApS');
      const { billyId } = await recordStatus(organization.documentId);
      expect(billyId).toBeTruthy();

      await page.goto(editViewUrl(organization.documentId));
      // The side panel shows the status without opening any menu.
      const panel = page.locator('[data-testid="billy-side-panel"]');
      await panel.locator('[data-testid="billy-sync-state"][data-state="synced"]').waitFor();
      expect(await panel.locator('[data-testid="billy-id"]').innerText()).toBe(billyId);

      // The pop-up reads the status afresh as it opens; only reads after that one count below.
      const isStatusRead = (request: Request) => request.method() === 'GET' && request.url().includes('/billy/records/') && request.url().includes(organization.documentId);
      const openingRead = page.waitForResponse((response) => isStatusRead(response.request()));
      await openSyncToBilly();
      await openingRead;
      const dialog = page.locator('[data-testid="billy-sync-dialog"]');
      await dialog.locator('[data-testid="billy-record-history"]').waitFor();
      // The sync's answer carries the record's status and history: the pop-up (and the panel, same cache) shows it without asking again.
      const statusReads: string[] = [];
      const countStatusRead = (request: Request) => {
        if (isStatusRead(request)) statusReads.push(request.url());
      };
      page.on('request', countStatusRead);
      const synced = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes(`/billy/sync/`) && response.url().includes(organization.documentId));
      await page.getByRole('dialog').locator('[data-testid="billy-record-sync"]').click();
      await synced;
      // Before, the answer started a status read at once, ahead of the result on screen.
      await dialog.locator('[data-testid="billy-sync-result"]').waitFor();
      page.off('request', countStatusRead);
      expect(statusReads).toEqual([]);
      expect(await dialog.locator('[data-testid="billy-sync-result"]').getAttribute('data-outcome')).toBe('skipped');
      await dialog.locator('[data-testid="billy-sync-state"][data-state="synced"]').waitFor();
      expect(await dialog.locator('[data-testid="billy-id"]').innerText()).toBe(billyId);
      // Billy's web app (the sandbox's page for the contact), not the API, which needs the token header.
      const webApp = `${new URL(sandbox.apiUrl).origin}/_sandbox/app/${sandbox.control.state().organization.id}`;
      expect(await dialog.locator('[data-testid="billy-open-link"]').getAttribute('href')).toBe(`${webApp}/contacts/${billyId}`);
      expect(await dialog.locator('[data-testid="billy-history-row"]').count()).toBeGreaterThanOrEqual(1);
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'sync-popup.png'));
      await page.locator('[data-testid="billy-sync-dialog-close"]').click();
    }), 120_000);

  it('pulls a change made in Billy into the organization with Sync now', () =>
    withFailureScreenshot(page, 'admin-pull-change', async () => {
      await api('PUT', '/billy/settings', { syncDirection: 'both', priority: 'strapi' });
      const organization = await organizationNamed('Nordlys Design ApS');
      const { billyId } = await recordStatus(organization.documentId);
      await billy('PUT', `/contacts/${billyId}`, { contact: { cityText: 'Aalborg' } });

      await page.goto(editViewUrl(organization.documentId));
      const panel = page.locator('[data-testid="billy-side-panel"]');
      await panel.locator('[data-testid="billy-sync-state"]').waitFor();
      expect(await page.locator('input[name="city"]').inputValue()).toBe('København V');
      await panel.locator('[data-testid="billy-record-sync"]').click();
      await panel.locator('[data-testid="billy-sync-result"][data-outcome="updated"]').waitFor();
      // The edit view's form shows the value from Billy without a reload.
      await page.waitForFunction(() => (document.querySelector('input[name="city"]') as HTMLInputElement | null)?.value === 'Aalborg');
      expect((await organizationNamed('Nordlys Design ApS')).city).toBe('Aalborg');
    }), 120_000);

  it('shows a record Billy refuses as failed in the run log, with its reason, and retries it once fixed', () =>
    withFailureScreenshot(page, 'admin-run-log', async () => {
      const organization = await organizationNamed('Havnens Bageri I/S');
      // "XX" passes Strapi's ^[A-Z]{2}$ but is no country Billy knows.
      await updateOrganization(organization.documentId, { country: 'XX' });

      await page.goto(`${playground.url}/admin/settings/billy`);
      await page.locator('[data-testid="billy-connection-status"][data-state="connected"]').waitFor();
      const previous = await lastRunId();
      await page.locator('[data-testid="billy-sync"]').click();
      const runId = await waitForLastRunAfter(previous);
      expect(await page.locator('[data-testid="billy-last-run"]').getAttribute('data-status')).toBe('partial');
      expect((await progressOf('organizations')).failed).toBe(1);

      await page.locator('[data-testid="billy-open-run-log"]').click();
      await page.waitForURL(`**/admin/settings/billy/runs/${runId}`);
      await page.locator(`[data-testid="billy-run-detail"][data-run-id="${runId}"]`).waitFor();
      await page.locator('[data-testid="billy-filter-failed"]').click();
      const failedRow = page.locator(`[data-testid="billy-run-record"][data-document-id="${organization.documentId}"]`);
      await failedRow.waitFor();
      expect(await page.locator('[data-testid="billy-run-record"]').count()).toBe(1);
      expect(await failedRow.getAttribute('data-outcome')).toBe('failed');
      expect(await failedRow.getAttribute('data-reason')).toBe('validation');
      expect(await failedRow.locator('[data-testid="billy-run-record-message"]').innerText()).toMatch(/country/i);
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'run-log.png'));

      await updateOrganization(organization.documentId, { country: 'DK' });
      await page.locator('[data-testid="billy-retry-failed"]').click();
      const summary = page.locator('[data-testid="billy-retry-summary"]');
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.getAttribute('data-synced')).toBe('1');
      expect(await failedRow.locator('[data-testid="billy-retry-result"]').getAttribute('data-ok')).toBe('true');
      expect((await recordStatus(organization.documentId)).state).toBe('synced');

      // The run list shows the run with its counts.
      await page.locator('[data-testid="billy-runs-back"]').click();
      await page.locator(`[data-testid="billy-run-row"][data-run-id="${runId}"]`).waitFor();
    }), 150_000);

  it('shows the server’s error on the mapping row it concerns', () =>
    withFailureScreenshot(page, 'admin-mapping-editor', async () => {
      await page.goto(`${playground.url}/admin/settings/billy/mapping`);
      const table = page.locator('[data-testid="billy-mapping-organizations"]');
      await table.waitFor();
      const defaults = await table.locator('[data-testid^="billy-mapping-row-"]').count();
      expect(defaults).toBeGreaterThan(0);

      await table.locator('[data-testid="billy-mapping-add"]').click();
      const index = defaults;
      const row = table.locator(`[data-testid="billy-mapping-row-${index}"]`);
      await row.waitFor();
      await page.getByRole('combobox', { name: `Strapi field, row ${index + 1}` }).click();
      await page.getByRole('option', { name: /^city / }).click();
      // Billy's "name" is already mapped by the first pair: the server refuses this one.
      await page.getByRole('combobox', { name: `Billy field, row ${index + 1}` }).click();
      await page.getByRole('option', { name: /^name/ }).click();
      await page.locator('[data-testid="billy-mapping-save"]').click();

      await table.locator(`[data-testid="billy-mapping-row-${index}"][data-invalid="true"]`).waitFor();
      expect(await row.innerText()).toMatch(/already mapped/);
      // Only that row carries the error.
      expect(await table.locator('[data-testid^="billy-mapping-row-"][data-invalid="true"]').count()).toBe(1);
      expect(await page.locator('[data-testid="billy-mapping-tab-organizations"]').innerText()).toMatch(/\(1\)/);
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, 'mapping-editor.png'));

      // The refused row is not saved: leaving asks first, and staying keeps it.
      // (The settings menu's link: the header's way back may sit under a toast.)
      const leave = page.getByRole('link', { name: 'Sync runs', exact: true });
      await leave.click();
      await page.locator('[data-testid="billy-unsaved-guard"]').waitFor();
      await page.getByRole('alertdialog').getByRole('button', { name: /cancel/i }).click();
      expect(await table.locator('[data-testid^="billy-mapping-row-"]').count()).toBe(defaults + 1);

      // Reset to default drops the bad row; saving keeps the default mapping.
      await table.locator('[data-testid="billy-mapping-reset"]').click();
      // Reset asks first.
      await page.locator('[data-testid="billy-mapping-reset-confirm"]').waitFor();
      await page.getByRole('alertdialog').getByRole('button', { name: /confirm/i }).click();
      expect(await table.locator('[data-testid^="billy-mapping-row-"]').count()).toBe(defaults);
      await page.locator('[data-testid="billy-mapping-save"]').click();
      await page.locator('[data-testid="billy-mapping-mode"][data-mode="default"]').waitFor();
      const { data } = await api<{ data: { mapping: { mode: string } } }>('GET', '/billy/settings');
      expect(data.mapping.mode).toBe('default');
      // Saved: nothing to lose, so the way out is open.
      await leave.click();
      await page.waitForURL('**/admin/settings/billy/runs');
      expect(await page.locator('[data-testid="billy-unsaved-guard"]').count()).toBe(0);
    }), 120_000);

  it('hides the Billy status from a role without sync.read, and Sync now from one without sync.trigger', async () => {
    const organization = await organizationNamed('Region Syddanmark');
    const readOrganizations = { action: 'plugin::content-manager.explorer.read', subject: ORGANIZATION_UID, properties: { fields: ['name', 'city', 'country'] } };
    const editorOnly = { email: 'e2e-editor@billy.test', password: 'E2e-Editor-Passw0rd!' };
    const syncReader = { email: 'e2e-sync-reader@billy.test', password: 'E2e-Reader-Passw0rd!' };
    await stack.createAdminWith([readOrganizations], editorOnly);
    await stack.createAdminWith([readOrganizations, { action: 'plugin::billy.sync.read' }], syncReader);

    for (const [credentials, canRead] of [[editorOnly, false], [syncReader, true]] as const) {
      const otherPage = await newPage(stack.browser);
      try {
        await withFailureScreenshot(otherPage, `admin-permissions-${canRead ? 'reader' : 'editor'}`, async () => {
          await loginToAdmin(otherPage, playground.url, credentials);
          await otherPage.goto(editViewUrl(organization.documentId));
          await otherPage.locator('input[name="name"]').waitFor();
          if (canRead) {
            await otherPage.locator('[data-testid="billy-side-panel"] [data-testid="billy-sync-state"]').waitFor();
            expect(await otherPage.locator('[data-testid="billy-record-sync"]').count()).toBe(0);
          } else {
            // Give the panels time to render, then check nothing of Billy's is there.
            await otherPage.waitForTimeout(1500);
            expect(await otherPage.locator('[data-testid="billy-side-panel"]').count()).toBe(0);
            expect(await otherPage.getByRole('button', { name: 'Sync to Billy', exact: true }).count()).toBe(0);
          }
        });
      } finally {
        await otherPage.context().close();
      }
    }
  }, 120_000);
});
