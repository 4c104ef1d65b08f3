import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../contracts';
import { Initializer } from './components/Initializer';
import { SyncStatusPanel } from './components/SyncStatusPanel';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type ContentManagerApis = {
  addEditViewSidePanel: (panels: unknown[]) => void;
};

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
    });

    // Settings › Billy at /admin/settings/billy; the page itself also checks settings.read.
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Billy' } }, [
      {
        id: 'billy-settings',
        intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Billy' },
        to: PLUGIN_ID,
        Component: () => import('./pages/Settings'),
        permissions: [{ action: PERMISSIONS.settingsRead, subject: null }],
      },
    ]);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerApis;
    contentManager.addEditViewSidePanel([SyncStatusPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const prefixed = Object.fromEntries(Object.entries(data as Record<string, string>).map(([key, value]) => [getTranslation(key), value]));
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
