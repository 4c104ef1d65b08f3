import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * The plugin is this repository's root package. This file runs from config/ (admin build) and from
 * dist/config/ (server), so the root is found by name rather than by a fixed number of '..'; the
 * path is absolute because Strapi first tries require.resolve() on it, relative to its own files.
 */
const findPluginRoot = (dir: string): string => {
  const manifest = path.join(dir, 'package.json');
  if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-billy') return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error('strapi-plugin-billy not found above the playground');
  return findPluginRoot(parent);
};

/** Only the options whose env variable is set, so the plugin's defaults hold for the rest. */
const definedOnly = <T extends Record<string, number | undefined>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const int = (key: string) => (env(key) ? env.int(key) : undefined);
  const float = (key: string) => (env(key) ? env.float(key) : undefined);
  return {
    'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt') } },
    // Strapi's e-mail plugin sends the Billy alerts; EMAIL_PROVIDER names a provider package (e.g.
    // nodemailer) or module path (the tests' recording provider). Unset, Strapi's default applies.
    ...(env('EMAIL_PROVIDER')
      ? { email: { config: { provider: env('EMAIL_PROVIDER'), providerOptions: {}, settings: { defaultFrom: env('EMAIL_DEFAULT_FROM', 'Billy alerts <no-reply@billy.local>') } } } }
      : {}),
    // Strapi loads the plugin's built dist/ (run `npm run build` first).
    billy: {
      enabled: true,
      resolve: findPluginRoot(__dirname),
      config: {
        syncCronRule: env('BILLY_SYNC_CRON_RULE', '0 0 */3 * * *'),
        // Tests and benchmarks tune these; unset, the plugin's defaults apply.
        ...definedOnly({ lockTtlMs: int('BILLY_LOCK_TTL_MS'), backgroundPollMs: int('BILLY_BACKGROUND_POLL_MS') }),
        client: definedOnly({
          timeoutMs: int('BILLY_CLIENT_TIMEOUT_MS'),
          maxConcurrent: int('BILLY_CLIENT_MAX_CONCURRENT'),
          requestsPerSecond: float('BILLY_CLIENT_RPS'),
          maxRequestsPerSecond: float('BILLY_CLIENT_MAX_RPS'),
          maxRetries: int('BILLY_CLIENT_MAX_RETRIES'),
        }),
      },
    },
  };
};
