/**
 * What a person reads, in English and in Danish (issue 19): a refused record by its name with the
 * Strapi field's label, no reason code or engine word on any page, the badge and its text agreeing
 * after an edit, and the side panel catching up with an on-save push without a reload.
 * Refreshes docs/screenshots/*-en.png and *-da.png.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { DOCS_SCREENSHOT_DIR, saveScreenshot, withFailureScreenshot } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2e-stack';

const admin = { email: 'e2e-screens@billy.test', password: 'E2e-Screens-Passw0rd!' };
const SANDBOX_TOKEN = 'e2e-sandbox-token-Sc19';
const ORGANIZATION_UID = 'plugin::billy.organization';
const RECORD = 'Havnens Bageri I/S';

/** Codes and engine words the server uses; none of them may reach the screen. */
const RAW_WORDS = /\b(toBilly|fromBilly|countryId|unchanged|not_in_billy|needs_credit_note|strapi_validation|validation|deleted_in_strapi|missing_in_billy)\b/;

const TEXTS = {
  en: { country: 'Country', refused: /Billy refused the field Country/, changed: 'Changed — not in Billy yet', synced: 'Synced' },
  da: { country: 'Land', refused: /Billy afviste feltet Land/, changed: 'Ændret — endnu ikke i Billy', synced: 'Synkroniseret' },
} as const;

let stack: E2eStack;
let page: Page;

const api = <T = Record<string, unknown>>(method: string, url: string, body?: unknown) => stack.api<T>(method, url, body);

const organization = async () => {
  const { results } = await api<{ results: Array<{ documentId: string; name: string }> }>('GET', `/content-manager/collection-types/${ORGANIZATION_UID}?page=1&pageSize=100`);
  const found = results.find((row) => row.name === RECORD);
  if (!found) throw new Error(`no organization named ${RECORD}`);
  return found;
};

/** Until no run goes on (an on-save push of the edit just made, say). */
const whenIdle = async () => {
  for (;;) {
    const { data } = await api<{ data: { currentRun: unknown } }>('GET', '/billy/status');
    if (!data.currentRun) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/**
 * Starts a sync (by default a full one) once no run holds the lease; an on-save push that slips in
 * between (a save wakes it at once) gets a 409, and we wait again.
 */
const startWhenIdle = async <T = { data: { id: number } }>(address = '/billy/sync'): Promise<T> => {
  for (;;) {
    await whenIdle();
    try {
      return await api<T>('POST', address, {});
    } catch (error) {
      if (!String((error as Error).message).includes('answered 409')) throw error;
    }
  }
};

const syncAndWait = async (): Promise<number> => {
  const started = await startWhenIdle();
  for (;;) {
    const { data } = await api<{ data: { status: string } }>('GET', `/billy/runs/${started.data.id}`);
    if (data.status !== 'running') return started.data.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

const useLanguage = async (locale: 'en' | 'da') => {
  await page.evaluate((language) => window.localStorage.setItem('strapi-admin-language', language), locale);
};

const expectNoRawWords = async () => {
  const text = await page.locator('main').innerText();
  expect(text.match(RAW_WORDS)?.[0] ?? null).toBeNull();
};

beforeAll(async () => {
  stack = await startE2eStack('screens', admin, SANDBOX_TOKEN);
  page = stack.page;
  await api('PUT', '/billy/settings', { accessToken: SANDBOX_TOKEN, syncOnSave: true });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe.each(['en', 'da'] as const)('the screens in %s', (locale) => {
  const texts = TEXTS[locale];

  it('name a refused record and the Strapi field to change, with no code on any page', () =>
    withFailureScreenshot(page, `screens-${locale}-failure`, async () => {
      const { documentId } = await organization();
      // "XX" passes Strapi's ^[A-Z]{2}$ but is no country Billy knows.
      await api('PUT', `/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`, { country: 'XX' });
      const runId = await syncAndWait();

      await useLanguage(locale);
      await page.goto(`${stack.playground.url}/admin/settings/billy/runs/${runId}`);
      const row = page.locator(`[data-testid="billy-run-record"][data-document-id="${documentId}"]`);
      await row.waitFor({ timeout: 60_000 });
      expect(await row.locator('[data-testid="billy-run-record-link"]').innerText()).toBe(RECORD);
      expect(await row.locator('[data-testid="billy-run-record-message"]').innerText()).toMatch(texts.refused);
      await expectNoRawWords();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, `run-detail-${locale}.png`));

      await page.goto(`${stack.playground.url}/admin/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`);
      const panel = page.locator('[data-testid="billy-side-panel"]');
      await panel.locator('[data-testid="billy-sync-state"][data-state="failed"]').waitFor({ timeout: 60_000 });
      // Said once: the hint names the field by its label; Billy's words are not repeated beside it.
      expect(await panel.locator('[data-testid="billy-last-error-hint"]').innerText()).toMatch(texts.refused);
      expect(await panel.locator('[data-testid="billy-last-error-message"]').count()).toBe(0);
      await expectNoRawWords();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, `record-failed-${locale}.png`));

      await page.goto(`${stack.playground.url}/admin/settings/billy`);
      await page.locator('[data-testid="billy-connection-status"][data-state="connected"]').waitFor();
      await expectNoRawWords();
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, `settings-${locale}.png`));
    }), 150_000);

  it('keep badge and text in agreement after an edit, and follow an on-save push without a reload', () =>
    withFailureScreenshot(page, `screens-${locale}-live`, async () => {
      const { documentId } = await organization();
      await api('PUT', `/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`, { country: 'DK' });
      await startWhenIdle(`/billy/sync/${ORGANIZATION_UID}/${documentId}`);
      await whenIdle();

      await page.goto(`${stack.playground.url}/admin/content-manager/collection-types/${ORGANIZATION_UID}/${documentId}`);
      const panel = page.locator('[data-testid="billy-side-panel"]');
      await panel.locator('[data-testid="billy-sync-state"][data-state="synced"]').waitFor({ timeout: 60_000 });
      const urlBefore = page.url();

      await page.locator('input[name="city"]').fill(`Svendborg ${locale}`);
      await page.locator('form button[type="submit"]').first().click();
      // The save reaches Billy by the on-save push; the panel shows it without a reload: from
      // "changed" (if it is seen at all) to synced, the note always saying the same as the badge.
      await page.waitForFunction(() => {
        const badge = document.querySelector('[data-testid="billy-side-panel"] [data-testid="billy-sync-state"]');
        const note = document.querySelector('[data-testid="billy-side-panel"] [data-testid="billy-pending-changes"]');
        const state = badge?.getAttribute('data-state');
        const agrees = (state === 'changed') === (note?.getAttribute('data-pending') === 'true');
        if (!agrees) throw new Error(`badge ${state} and note ${note?.getAttribute('data-pending')} disagree`);
        return state === 'synced';
      }, undefined, { timeout: 60_000, polling: 100 });
      expect(page.url()).toBe(urlBefore);
      await expectNoRawWords();
      expect(await panel.locator('[data-testid="billy-sync-state"]').innerText()).not.toMatch(new RegExp(texts.changed));
      await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, `record-synced-${locale}.png`));
    }), 150_000);

  it('highlight exactly one item of the settings menu on each Billy page', () =>
    withFailureScreenshot(page, `screens-${locale}-menu`, async () => {
      await useLanguage(locale);
      const billyMenu = page.locator('nav', { has: page.locator('a[href$="/settings/billy/runs"]') });
      // The run log and the mapping (where "Billy" used to light up too), then the settings page's former address, which leads to it.
      for (const [address, landing] of [['billy/runs', '/settings/billy/runs'], ['billy/mapping', '/settings/billy/mapping'], ['billy', '/settings/billy/connection']] as const) {
        await page.goto(`${stack.playground.url}/admin/settings/${address}`);
        await page.waitForURL((url) => url.pathname.endsWith(landing));
        await billyMenu.locator(`a[aria-current="page"][href$="${landing}"]`).waitFor({ timeout: 30_000 });
        expect(await billyMenu.locator('a[aria-current="page"]').count()).toBe(1);
      }
    }), 150_000);

  it('show each organization\'s Billy state in the list view, asked for once per page', () =>
    withFailureScreenshot(page, `screens-${locale}-list`, async () => {
      await whenIdle();
      await useLanguage(locale);
      const stateRequests: string[] = [];
      const onRequest = (request: { url(): string }) => {
        if (request.url().includes('/billy/record-states/')) stateRequests.push(request.url());
      };
      page.on('request', onRequest);
      try {
        await page.goto(`${stack.playground.url}/admin/content-manager/collection-types/${ORGANIZATION_UID}`);
        const row = page.locator('tbody tr', { hasText: RECORD });
        const cell = row.locator('[data-testid="billy-list-state"]');
        await cell.waitFor({ timeout: 60_000 });
        expect(await cell.getAttribute('data-state')).toBe('synced');
        expect((await cell.textContent())?.trim()).toBe(texts.synced);
        expect(await page.locator('thead th', { hasText: /^Billy$/ }).count()).toBe(1);
        // Every row of the page has its state, from one request.
        const rows = await page.locator('tbody tr').count();
        await page.waitForFunction((count) => document.querySelectorAll('tbody [data-testid="billy-list-state"]').length === count, rows, { timeout: 30_000 });
        expect(stateRequests).toHaveLength(1);
        await expectNoRawWords();
        await saveScreenshot(page, path.join(DOCS_SCREENSHOT_DIR, locale === 'en' ? 'list-billy-state.png' : 'list-billy-state-da.png'));
      } finally {
        page.off('request', onRequest);
      }
    }), 150_000);
});
