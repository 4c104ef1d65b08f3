import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '../../sandbox/src';
import { billy, draftInvoiceBody, ids, seedBasics } from './support';

describe('persistence with a state file', () => {
  let directory = '';
  let stateFile = '';
  const running: RunningSandbox[] = [];
  const start = async () => {
    const sandbox = await startSandbox({ port: 0, stateFile, organizations: [{ token: 'second-token' }] });
    running.push(sandbox);
    return sandbox;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'billy-sandbox-'));
    stateFile = join(directory, 'nested', 'state.json');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
    rmSync(directory, { recursive: true, force: true });
  });

  test('records and the invoice-number sequence survive a restart', async () => {
    const first = await start();
    seedBasics(first);
    const invoice = (await billy(first, 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved' }) })).body.invoices[0];
    await billy(first, 'POST', '/contacts', { token: 'second-token', body: { contact: { name: 'Second Org Customer', countryId: 'SE' } } });
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).version).toBe(1);

    const second = await start();
    expect((await billy(second, 'GET', `/invoices/${invoice.id}`)).body.invoice).toMatchObject({ invoiceNo: '1', grossAmount: 2500 });
    expect((await billy(second, 'GET', `/contacts/${ids.acme}?include=contact.contactPersons:embed`)).body.contact.contactPersons).toHaveLength(1);
    expect((await billy(second, 'GET', '/contacts', { token: 'second-token' })).body.contacts).toEqual([expect.objectContaining({ name: 'Second Org Customer' })]);
    expect((await billy(second, 'POST', '/invoices', { body: draftInvoiceBody({ state: 'approved' }) })).body.invoices[0].invoiceNo).toBe('2');
  });

  test('the file is saved after a change, before close', async () => {
    const sandbox = await start();
    await billy(sandbox, 'POST', '/contacts', { body: { contact: { name: 'Saved Early', countryId: 'DK' } } });
    const saved = () => {
      try {
        return readFileSync(stateFile, 'utf8').includes('Saved Early');
      } catch {
        return false;
      }
    };
    for (let attempt = 0; attempt < 400 && !saved(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(saved()).toBe(true);
  });

  test('a file that is not a sandbox state file stops the start', async () => {
    writeFileSync(join(directory, 'broken.json'), '{"something": "else"}');
    stateFile = join(directory, 'broken.json');
    await expect(start()).rejects.toThrow(/state file/);
  });
});
