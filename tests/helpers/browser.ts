import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PLAYGROUND_DIR } from './strapi';

/** Debian's chromium (`apt-get install chromium`); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.BILLY_CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots of failed browser steps (not committed). */
export const FAILURE_SCREENSHOT_DIR = path.join(REPO_ROOT, '.tmp', 'e2e');
/** Screenshots meant to be committed as documentation. */
export const DOCS_SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');

export const launchBrowser = (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set BILLY_CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
};

/** A fresh page (own cookies and storage) sized like a laptop screen, in English. */
export const newPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
};

/**
 * Logs into the Strapi admin through its login form and waits until the browser has left
 * /auth/login (never for network idle: the admin keeps polling and calls api.github.com).
 */
export const loginToAdmin = async (page: Page, baseUrl: string, credentials: { email: string; password: string }) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 30_000 });
};

/**
 * Fails fast when the playground's admin panel was built without the billy plugin (a stale build, or
 * a plugin `resolve` that only works at runtime): every browser step would otherwise time out.
 */
export const assertAdminBuiltWithBilly = () => {
  const entry = path.join(PLAYGROUND_DIR, '.strapi', 'client', 'app.js');
  const source = fs.existsSync(entry) ? fs.readFileSync(entry, 'utf8') : '';
  if (!/\bbilly\b/.test(source)) {
    throw new Error(`The playground admin panel does not include the billy plugin (${entry}). Build the plugin, then the playground (cd playground && strapi build), and check that playground/config/plugins.ts resolves the plugin when read from config/ as well as from dist/config/.`);
  }
};

const fileSafe = (name: string) => name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

export const saveScreenshot = async (page: Page, file: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

/** Runs a browser step; when it throws, saves a screenshot to .tmp/e2e/<name>.png and rethrows. */
export const withFailureScreenshot = async <T>(page: Page, name: string, step: () => Promise<T>): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    const file = path.join(FAILURE_SCREENSHOT_DIR, `${fileSafe(name)}.png`);
    await saveScreenshot(page, file).then(
      () => console.error(`browser step "${name}" failed; screenshot: ${file}`),
      () => undefined
    );
    throw error;
  }
};
