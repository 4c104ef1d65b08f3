import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { COMPONENT_VIEW_UIDS, mayApplyView, pluginView, sameView, VIEW_UIDS, type ViewConfiguration } from './views';

/** The plugin store key holding the view the plugin last wrote per type (to recognise it unchanged). */
const APPLIED_VIEWS_KEY = 'content-manager-views';

type DefaultConfigurationOf = (model: unknown) => Promise<ViewConfiguration>;

/**
 * Strapi's own default configuration for a type, from the Content Manager's configuration utils.
 * They are not exported, so they are loaded by path; when a Strapi version moves them, the plugin
 * only writes its view where nothing is stored yet or its own last write is, and never guesses.
 */
const loadStrapiDefaults = (strapi: Core.Strapi): DefaultConfigurationOf | null => {
  try {
    const load = createRequire(path.join(strapi.dirs.app.root, 'package.json'));
    const root = path.dirname(load.resolve('@strapi/content-manager/package.json'));
    const utils = load(path.join(root, 'dist/server/services/utils/configuration/index.js')) as { createDefaultConfiguration?: DefaultConfigurationOf };
    return typeof utils.createDefaultConfiguration === 'function' ? utils.createDefaultConfiguration : null;
  } catch {
    return null;
  }
};

/** The Content Manager's content-types and components services share these two calls. */
interface ConfigurationService {
  findConfiguration(contentType: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(contentType: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

/**
 * At bootstrap: gives the four CRM types and their components the plugin's view where the user has not arranged one.
 * Answers which types show the plugin's view and which keep the user's; writes only what changes.
 */
export const applyContentManagerViews = async (strapi: Core.Strapi): Promise<{ plugins: string[]; users: string[] }> => {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return { plugins: [], users: [] };
  const services = {
    contentType: contentManager.service('content-types') as ConfigurationService,
    component: contentManager.service('components') as ConfigurationService,
  };
  const toModel = (contentManager.service('data-mapper') as { toContentManagerModel(contentType: unknown): unknown }).toContentManagerModel;
  const strapiDefaults = loadStrapiDefaults(strapi);
  const store = strapi.store({ type: 'plugin', name: 'billy' });
  const applied = ((await store.get({ key: APPLIED_VIEWS_KEY })) ?? {}) as Record<string, ViewConfiguration>;
  const result = { plugins: [] as string[], users: [] as string[] };
  let changed = false;
  const models = [
    ...VIEW_UIDS.map((uid) => ({ uid, kind: 'contentType' as const, model: strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown })),
    ...COMPONENT_VIEW_UIDS.map((uid) => ({ uid, kind: 'component' as const, model: strapi.components[uid as keyof typeof strapi.components] as unknown })),
  ];
  for (const { uid, kind, model } of models) {
    if (!model) continue;
    const configurations = services[kind];
    const stored = await configurations.findConfiguration({ uid });
    const strapiDefault = strapiDefaults ? await strapiDefaults(toModel(model)) : null;
    if (!mayApplyView(stored, strapiDefault, applied[uid] ?? null)) {
      result.users.push(uid);
      continue;
    }
    const base = strapiDefault ?? (Object.keys(stored.metadatas ?? {}).length ? stored : null);
    if (!base) continue;
    const view = pluginView(uid, base);
    result.plugins.push(uid);
    if (sameView(stored, view) && applied[uid] && sameView(applied[uid], view)) continue;
    await configurations.updateConfiguration({ uid }, view);
    applied[uid] = view;
    changed = true;
  }
  if (changed) await store.set({ key: APPLIED_VIEWS_KEY, value: applied });
  return result;
};
