import { adminApi } from '@strapi/strapi/admin';
import type {
  CheckConnectionResponse,
  ConnectionStatus,
  GetSettingsResponse,
  RunSummary,
  StartSyncRequest,
  StartSyncResponse,
  UpdateSettingsRequest,
  UpdateSettingsResponse,
} from '../../../contracts';
import { syncApi } from './billyApi';

/**
 * Settings › Billy on Strapi's RTK Query API: the settings with their connection light, saving,
 * checking the connection and starting a sync. A save or a check writes its answer's light into
 * the cached settings and status at once, so the page never shows a light older than the answer.
 * Endpoint names carry "Billy": the adminApi is shared, and Strapi already has a `getSettings`.
 */
const settingsApi = syncApi.enhanceEndpoints({ addTagTypes: ['BillySettings'] }).injectEndpoints({
  endpoints: (builder) => ({
    getBillySettings: builder.query<GetSettingsResponse, void>({
      query: () => '/billy/settings',
      providesTags: ['BillySettings'],
    }),
    updateBillySettings: builder.mutation<UpdateSettingsResponse, UpdateSettingsRequest>({
      query: (data) => ({ url: '/billy/settings', method: 'PUT', data }),
      async onQueryStarted(_request, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (!data) return;
        dispatch(settingsApi.util.upsertQueryData('getBillySettings', undefined, data));
        dispatch(showConnection(data.connection));
      },
      // The sync mode, the schedule and the run's modules may have changed with the settings.
      invalidatesTags: (result) => (result ? ['BillyStatus'] : []),
    }),
    checkBillyConnection: builder.mutation<ConnectionStatus, void>({
      query: () => ({ url: '/billy/connection/check', method: 'POST' }),
      transformResponse: (response: CheckConnectionResponse) => response.data,
      async onQueryStarted(_request, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) dispatch(showConnection(data));
      },
    }),
    startBillySync: builder.mutation<RunSummary, StartSyncRequest>({
      query: (data) => ({ url: '/billy/sync', method: 'POST', data }),
      transformResponse: (response: StartSyncResponse) => response.data,
      // The answer is the run now going: the status shows it at once (and polls fast while it goes) without asking again.
      async onQueryStarted(_request, { dispatch, queryFulfilled }) {
        const { data: run } = await queryFulfilled.catch(() => ({ data: null }));
        if (run && !run.finishedAt) dispatch(syncApi.util.updateQueryData('getSyncStatus', undefined, (cached) => ({ ...cached, currentRun: run })));
      },
      // A 409 means another run is going, and a run already over is the last run: then the status is read again.
      invalidatesTags: (run) => [{ type: 'BillyRun' as const, id: 'LIST' }, ...(run && !run.finishedAt ? [] : ['BillyStatus' as const])],
    }),
  }),
});

/** The light as an answer just gave it, in both places the page reads it from. */
const showConnection = (connection: ConnectionStatus) => (dispatch: (action: unknown) => unknown) => {
  dispatch(settingsApi.util.updateQueryData('getBillySettings', undefined, (cached) => ({ ...cached, connection })));
  dispatch(syncApi.util.updateQueryData('getSyncStatus', undefined, (cached) => ({ ...cached, connection })));
};

export const { useGetBillySettingsQuery, useUpdateBillySettingsMutation, useCheckBillyConnectionMutation, useStartBillySyncMutation } = settingsApi;
