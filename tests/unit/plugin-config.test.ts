import config from '../../server/src/config';

const env = (values: Record<string, string>) => (key: string) => values[key];

describe('plugin config', () => {
  it('defaults to a three-hourly rule and takes the token and API URL from env', () => {
    expect(config.default({ env: env({ BILLY_ACCESS_TOKEN: 'tok', BILLY_API_URL: 'http://127.0.0.1:4010/v2' }) })).toEqual({
      accessToken: 'tok',
      apiUrl: 'http://127.0.0.1:4010/v2',
      syncCronRule: '0 0 */3 * * *',
      paymentsCronRule: '0 */15 * * * *',
      lockTtlMs: 30_000,
      runRetentionDays: 90,
      runRetentionMax: 1000,
      backgroundPollMs: 2000,
      client: {},
    });
    expect(() => config.validator(config.default({ env: env({}) }))).not.toThrow();
  });

  it.each([
    [{ syncCronRule: 'every three hours' }, /syncCronRule/],
    [{ syncCronRule: '0 0 */3 * * *', paymentsCronRule: 'every quarter hour' }, /paymentsCronRule/],
    [{ syncCronRule: '0 0 */3 * * *', apiUrl: 'not a url' }, /apiUrl/],
    [{ syncCronRule: '0 0 */3 * * *', client: { maxConcurrent: 0 } }, /client.maxConcurrent/],
    [{ syncCronRule: '0 0 */3 * * *', client: { maxRequestsPerSecond: 0 } }, /client.maxRequestsPerSecond/],
    [{ syncCronRule: '0 0 */3 * * *', client: { requestsPerSecond: -1 } }, /client.requestsPerSecond/],
    [{ syncCronRule: '0 0 */3 * * *', colour: 'blue' }, /colour/],
    [{ syncCronRule: '0 0 */3 * * *', runRetentionDays: 0 }, /runRetentionDays/],
    [{ syncCronRule: '0 0 */3 * * *', runRetentionMax: 1.5 }, /runRetentionMax/],
  ])('refuses %j at start-up with the path of the bad value', (value, message) => {
    expect(() => config.validator({ client: {}, lockTtlMs: 30_000, runRetentionDays: 90, runRetentionMax: 1000, backgroundPollMs: 2000, paymentsCronRule: '0 */15 * * * *', ...value })).toThrow(message);
  });
});
