import { adminApi } from '@strapi/strapi/admin';
import type { Alert, AlertRecipientOption, AlertRecipientsResponse, AlertsResponse } from '../../../contracts';
import type { QueryResult } from './overviewApi';

/** How often an open page looks for incidents opened or resolved meanwhile (by a cron run, another tab). */
const ALERTS_POLL_MS = 30_000;

/** The open incidents (the banner) and the admins that may be e-mailed about them, on Strapi's adminApi. */
const alertsApi = adminApi.enhanceEndpoints({ addTagTypes: ['BillyAlerts'] }).injectEndpoints({
  endpoints: (builder) => ({
    getAlerts: builder.query<Alert[], void>({
      query: () => ({ url: '/billy/alerts', method: 'GET' }),
      transformResponse: (response: AlertsResponse) => response.data,
      providesTags: ['BillyAlerts'],
    }),
    getAlertRecipients: builder.query<AlertRecipientOption[], void>({
      query: () => ({ url: '/billy/alerts/recipients', method: 'GET' }),
      transformResponse: (response: AlertRecipientsResponse) => response.data,
    }),
  }),
  overrideExisting: false,
});

const picked = <T>(result: { data?: T; isLoading: boolean; isError: boolean }): QueryResult<T> => ({ data: result.data, isLoading: result.isLoading, isError: result.isError });

export const useAlerts = (options: { skip?: boolean } = {}): QueryResult<Alert[]> & { refetch: () => void } => {
  const result = alertsApi.useGetAlertsQuery(undefined, { ...options, pollingInterval: ALERTS_POLL_MS, refetchOnMountOrArgChange: true });
  return { ...picked(result), refetch: () => void (options.skip ? undefined : result.refetch()) };
};

export const useAlertRecipients = (options: { skip?: boolean } = {}): QueryResult<AlertRecipientOption[]> => picked(alertsApi.useGetAlertRecipientsQuery(undefined, options));
