/** Shared helpers for the sandbox contract suites: start one sandbox per file and talk to it over real HTTP. */
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox/src';

/** Answers are asserted field by field, so bodies stay loosely typed. */
export type Body = Record<string, any>;
export type Answer = { status: number; headers: Headers; body: Body };

/** Starts a sandbox on a free port before the file's tests and closes it after them. */
export function useSandbox(options: SandboxOptions = {}): () => RunningSandbox {
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error('The sandbox has not started.');
    return sandbox;
  };
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Body) : {} };
}

export type RequestOptions = { token?: string | null; body?: unknown; rawBody?: string; signal?: AbortSignal };

/** A request to the Billy API; the default organization's token unless `token` says otherwise (null: none). */
export async function billy(sandbox: RunningSandbox, method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
  const token = options.token === undefined ? sandbox.token : options.token;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers['X-Access-Token'] = token;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return answerOf(await fetch(`${sandbox.apiUrl}${path}`, { method, headers, body, signal: options.signal }));
}

/** A request to the control API under /_sandbox/. */
export async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<Answer> {
  const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return answerOf(await fetch(`${sandbox.origin}/_sandbox/${path}`, init));
}

/** Fixed ids keep seeded fixtures readable. */
export const ids = {
  acme: 'AcmeContact00000000001',
  acmePerson: 'AcmePerson000000000001',
  nordic: 'NordicContact000000001',
  consulting: 'ConsultingProduct00001',
  license: 'LicenseProduct00000001',
};

/** A Danish customer with one person, a German customer, and two products with DKK prices. */
export function seedBasics(sandbox: RunningSandbox, token?: string): void {
  sandbox.control.seed(
    {
      contacts: [
        { id: ids.acme, name: 'Acme ApS', countryId: 'DK', contactNo: 'C-100', contactPersons: [{ id: ids.acmePerson, name: 'Jens Hansen', email: 'jens@acme.dk' }] },
        { id: ids.nordic, name: 'Nordic GmbH', countryId: 'DE', contactNo: 'C-200', type: 'company' },
      ],
      products: [
        { id: ids.consulting, name: 'Consulting', productNo: 'P-1', prices: [{ currencyId: 'DKK', unitPrice: 1000 }] },
        { id: ids.license, name: 'License', productNo: 'P-2', prices: [{ currencyId: 'DKK', unitPrice: 200 }, { currencyId: 'EUR', unitPrice: 27 }] },
      ],
    },
    token,
  );
}

/** Body of a draft invoice for Acme with one consulting line. */
export function draftInvoiceBody(overrides: Body = {}): Body {
  return {
    invoice: {
      contactId: ids.acme,
      entryDate: '2025-03-10',
      lines: [{ productId: ids.consulting, quantity: 2, unitPrice: 1000 }],
      ...overrides,
    },
  };
}

/** Polls until `condition` holds, for outcomes that settle asynchronously (a held request, a dropped socket). */
export async function waitFor(condition: () => boolean, attempts = 400): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The awaited condition never held.');
}
