import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../contracts';
import { ChartPie } from '@strapi/icons';
import { AccountPanel } from './components/AccountPanel';
import { Initializer } from './components/Initializer';
import { addBillyStateColumn } from './components/list/billyStateColumn';
import { InvoiceActionsPanel } from './components/invoice-actions/InvoiceActionsPanel';
import { SyncStatusPanel } from './components/SyncStatusPanel';
import { SyncToBillyAction } from './components/SyncToBillyAction';
import { PLUGIN_ID } from './pluginId';
import type { ContentManagerApis } from './utils/contentManager';
import { getTranslation } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
    });

    // Accounting (w15): the "Billy" main-menu page, and the sync-health widget on the home page.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: getTranslation('overview.menu'), defaultMessage: 'Billy' },
      Component: () => import('./pages/Overview'),
      permissions: [{ action: PERMISSIONS.accountingRead, subject: null }],
    });
    app.widgets.register({
      id: 'sync-health',
      pluginId: PLUGIN_ID,
      icon: ChartPie,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Billy sync health' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Accounting overview' }, href: `/plugins/${PLUGIN_ID}` },
      component: async () => (await import('./components/SyncHealthWidget')).default,
      permissions: [{ action: PERMISSIONS.syncRead }],
    });

    // Settings › Billy: the settings (/admin/settings/billy), the run log (…/billy/runs) and the
    // field mapping editor (…/billy/mapping). Each page also checks its permission itself.
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Billy' } }, [
      {
        id: 'billy-settings',
        intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Billy' },
        to: PLUGIN_ID,
        Component: () => import('./pages/Settings'),
        permissions: [{ action: PERMISSIONS.settingsRead, subject: null }],
      },
      {
        id: 'billy-runs',
        intlLabel: { id: getTranslation('runs.link'), defaultMessage: 'Sync runs' },
        to: `${PLUGIN_ID}/runs`,
        Component: () => import('./pages/Runs'),
        permissions: [{ action: PERMISSIONS.syncRead, subject: null }],
      },
      {
        id: 'billy-mapping',
        intlLabel: { id: getTranslation('mapping.link'), defaultMessage: 'Field mapping' },
        to: `${PLUGIN_ID}/mapping`,
        Component: () => import('./pages/Mapping'),
        permissions: [{ action: PERMISSIONS.settingsRead, subject: null }],
      },
    ]);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addDocumentAction([SyncToBillyAction]);
    contentManager.addEditViewSidePanel([SyncStatusPanel, InvoiceActionsPanel, AccountPanel]);
    // A "Billy" state column in the four types' list views.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addBillyStateColumn);
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
