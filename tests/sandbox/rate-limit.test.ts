import { billy, control, useSandbox } from './support';

/** The rate-limit switch: N requests per second per token, 429 with Retry-After above it, optionally fewer writes. */
describe('rate-limit switch', () => {
  const otherToken = 'rate-limit-other-token';
  const sandbox = useSandbox({ organizations: [{ token: otherToken, name: 'Other ApS' }] });
  beforeEach(() => sandbox().control.reset());
  const newContact = (name: string) => ({ body: { contact: { name, countryId: 'DK' } } });
  const statuses = (answers: Array<{ status: number }>) => answers.map(({ status }) => status);

  test('is off by default: a burst all passes', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => billy(sandbox(), 'GET', '/contacts')));
    expect(new Set(statuses(answers))).toEqual(new Set([200]));
  });

  test('above N requests at once: 429 RATE_LIMIT with Retry-After in whole seconds, logged as rate_limit', async () => {
    expect((await control(sandbox(), 'PUT', 'rate-limit', { requestsPerSecond: 3 })).status).toBe(204);
    const answers = await Promise.all(Array.from({ length: 5 }, () => billy(sandbox(), 'GET', '/contacts')));
    expect(statuses(answers).sort()).toEqual([200, 200, 200, 429, 429]);
    const limited = answers.find(({ status }) => status === 429)!;
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toMatchObject({ meta: { statusCode: 429, success: false }, errorCode: 'RATE_LIMIT' });
    const log = sandbox().control.requests();
    expect(log.filter((entry) => entry.fault === 'rate_limit').map(({ status }) => status)).toEqual([429, 429]);
  });

  test('limits each token on its own', async () => {
    sandbox().control.setRateLimit({ requestsPerSecond: 2 });
    const mine = await Promise.all(Array.from({ length: 3 }, () => billy(sandbox(), 'GET', '/contacts')));
    const theirs = await Promise.all(Array.from({ length: 2 }, () => billy(sandbox(), 'GET', '/contacts', { token: otherToken })));
    expect(statuses(mine).sort()).toEqual([200, 200, 429]);
    expect(statuses(theirs)).toEqual([200, 200]);
  });

  test('a refused write changes nothing; the lower write limit leaves reads alone', async () => {
    sandbox().control.setRateLimit({ requestsPerSecond: 10, writesPerSecond: 1 });
    const first = await billy(sandbox(), 'POST', '/contacts', newContact('First ApS'));
    const second = await billy(sandbox(), 'POST', '/contacts', newContact('Second ApS'));
    expect([first.status, second.status]).toEqual([200, 429]);
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
    expect(sandbox().control.state().contacts.map(({ name }) => name)).toEqual(['First ApS']);
  });

  test('refills over time: after the Retry-After the next request passes', async () => {
    sandbox().control.setRateLimit({ requestsPerSecond: 1 });
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
    const refused = await billy(sandbox(), 'GET', '/contacts');
    expect(refused.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000 + 50));
    expect((await billy(sandbox(), 'GET', '/contacts')).status).toBe(200);
  });

  test('DELETE and reset turn it off', async () => {
    sandbox().control.setRateLimit({ requestsPerSecond: 1 });
    expect((await control(sandbox(), 'DELETE', 'rate-limit')).status).toBe(204);
    expect(statuses(await Promise.all([1, 2, 3].map(() => billy(sandbox(), 'GET', '/contacts'))))).toEqual([200, 200, 200]);
    sandbox().control.setRateLimit({ requestsPerSecond: 1 });
    sandbox().control.reset();
    expect(statuses(await Promise.all([1, 2, 3].map(() => billy(sandbox(), 'GET', '/contacts'))))).toEqual([200, 200, 200]);
  });

  test.each([[{ requestsPerSecond: 0 }], [{ requestsPerSecond: 'fast' }], [{ requestsPerSecond: 5, writesPerSecond: -1 }], [{ requestsPerSecond: 5, burst: 9 }], [[5]]])(
    'refuses the setting %j with 400',
    async (setting) => {
      const answer = await control(sandbox(), 'PUT', 'rate-limit', setting);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    },
  );
});
