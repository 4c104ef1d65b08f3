import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../contracts';
import { ChartPie } from '@strapi/icons';
import { AccountPanel } from './components/AccountPanel';
import { Initializer } from './components/Initializer';
import { withBillyListColumns } from './components/list/billyStateColumn';
import { InvoiceActionsPanel } from './components/invoice-actions/InvoiceActionsPanel';
import { SyncStatusPanel } from './components/SyncStatusPanel';
import { SyncToBillyAction } from './components/SyncToBillyAction';
import { PLUGIN_ID, SETTINGS_PATH } from './pluginId';
import { createElement } from 'react';
import { Navigate } from 'react-router-dom';
import type { ContentManagerApis } from './utils/contentManager';
import { contentManagerMessages } from './utils/contentManagerMessages';
import { getTranslation } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
    });

    // Accounting: the "Billy" main-menu page, and the sync-health widget on the home page.
    // The widget is for sync.read; its overdue total and its link to the overview appear only with
    // accounting.read (the widget itself decides), so the header link a widget may have is not used.
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
      component: async () => (await import('./components/SyncHealthWidget')).default,
      permissions: [{ action: PERMISSIONS.syncRead }],
    });

    // Settings › Billy: the settings (/admin/settings/billy/connection), the run log (…/billy/runs)
    // and the field mapping editor (…/billy/mapping). Each page also checks its permission itself.
    // Strapi's settings menu marks a link active on every URL it is a prefix of, so the settings
    // page's link must not be /settings/billy, or "Billy" would light up beside "Sync runs".
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Billy' } }, [
      {
        id: 'billy-settings',
        intlLabel: { id: getTranslation('settings.link'), defaultMessage: 'Billy' },
        to: SETTINGS_PATH,
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
    // The settings page's former address (bookmarks, links of earlier versions) leads to it.
    app.router.addRoute((routes) => {
      const redirect = { path: PLUGIN_ID, element: createElement(Navigate, { to: `/settings/${SETTINGS_PATH}`, replace: true }) };
      const settings = routes.find((route) => route.path === 'settings/*');
      if (settings && !settings.index) settings.children = [...(settings.children ?? []), redirect];
      return routes;
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addDocumentAction([SyncToBillyAction]);
    contentManager.addEditViewSidePanel([SyncStatusPanel, InvoiceActionsPanel, AccountPanel]);
    // The four types' list views: a "Billy" state column, enumeration values by name.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', withBillyListColumns);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const prefixed = Object.fromEntries(Object.entries(data as Record<string, string>).map(([key, value]) => [getTranslation(key), value]));
          return { data: { ...contentManagerMessages(locale), ...prefixed }, locale };
        } catch {
          return { data: contentManagerMessages(locale), locale };
        }
      })
    );
  },
};
