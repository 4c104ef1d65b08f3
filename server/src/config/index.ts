import { Cron } from 'croner';
import { z } from 'zod';

/** Strapi's cron only logs a bad rule and never runs the job, so the rule is checked at start-up. */
function isValidCronRule(rule: string): boolean {
  try {
    new Cron(rule, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/**
 * Deploy-time plugin config (config/plugins.ts → billy.config). Values edited on the Settings page
 * live in the plugin store instead; a token or API URL given here (or by env) wins over the stored one.
 */
export const pluginConfigSchema = z
  .object({
    accessToken: z.string().min(1).optional(),
    apiUrl: z.url().optional(),
    encryptionKey: z.string().min(16).optional(),
    /** Keys the stored token may still be sealed with after a key rotation: at start it is opened with one and sealed again with the current key. */
    previousEncryptionKeys: z.array(z.string().min(16)).optional(),
    /** How long the sync lease lives without renewal: a crashed instance's run is taken over after it. */
    lockTtlMs: z.number().int().min(1000),
    /** How often the background loop drains the on-save queue and picks up settings changed elsewhere. */
    backgroundPollMs: z.number().int().min(100),
    /** Runs older than this many days are deleted with their records by the daily retention job. */
    runRetentionDays: z.number().int().min(1),
    /** At most this many runs are kept, the newest; older ones go with their records. */
    runRetentionMax: z.number().int().min(1),
    syncCronRule: z.string().min(1).refine(isValidCronRule, { message: 'is not a cron rule Strapi can schedule (e.g. "0 0 */3 * * *")' }),
    /** The payment pass's own schedule (automatic mode): balances and paid state pulled back from Billy. */
    paymentsCronRule: z.string().min(1).refine(isValidCronRule, { message: 'is not a cron rule Strapi can schedule (e.g. "0 */15 * * * *")' }),
    client: z
      .object({
        timeoutMs: z.number().int().positive(),
        maxConcurrent: z.number().int().positive(),
        /** the rate the client starts at before it has learnt one (0 turns rate limiting off) */
        requestsPerSecond: z.number().min(0),
        /** the ceiling of the learnt rate */
        maxRequestsPerSecond: z.number().positive().finite(),
        maxRetries: z.number().int().min(0),
      })
      .partial(),
  })
  .strict();

export type PluginConfig = z.infer<typeof pluginConfigSchema>;

const emptyToUndefined = (value: string | undefined) => (value ? value : undefined);

export default {
  default: ({ env }: { env: (key: string, fallback?: string) => string | undefined }) => ({
    accessToken: emptyToUndefined(env('BILLY_ACCESS_TOKEN')),
    apiUrl: emptyToUndefined(env('BILLY_API_URL')),
    // Comma-separated, oldest last; only read while a token sealed with one of them is still stored.
    previousEncryptionKeys: emptyToUndefined(env('BILLY_PREVIOUS_ENCRYPTION_KEYS'))?.split(',').map((key) => key.trim()).filter(Boolean),
    syncCronRule: '0 0 */3 * * *',
    paymentsCronRule: '0 */15 * * * *',
    lockTtlMs: 30_000,
    runRetentionDays: 90,
    runRetentionMax: 1000,
    backgroundPollMs: 2000,
    client: {},
  }),
  validator(config: unknown) {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new Error(`invalid billy plugin config — ${problems.join('; ')}`);
    }
  },
};
