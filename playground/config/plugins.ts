import path from 'path';
import type { Core } from '@strapi/strapi';

// The plugin is this repository's root package (three levels above dist/config at runtime). An
// absolute path, because Strapi first tries require.resolve() on it, relative to its own files.
const pluginRoot = path.resolve(__dirname, '..', '..', '..');

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt') } },
  // Strapi loads the plugin's built dist/ (run `npm run build` first).
  billy: { enabled: true, resolve: pluginRoot },
});
