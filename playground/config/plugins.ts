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

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt') } },
  // Strapi loads the plugin's built dist/ (run `npm run build` first).
  billy: { enabled: true, resolve: findPluginRoot(__dirname), config: { syncCronRule: env('BILLY_SYNC_CRON_RULE', '0 0 */3 * * *') } },
});
