import { adminApi } from '@strapi/strapi/admin';
import type { CustomerAccountResponse, OverviewResponse, RunSummary, SyncHealthResponse } from '../../../contracts';

/** What the pages read from a query; declared here so the plugin's type declarations need not name RTK Query's internals. */
export interface QueryResult<T> {
  data: T | undefined;
  isLoading: boolean;
  isError: boolean;
}

export type PaymentPassResult = { data: RunSummary; error?: undefined } | { data?: undefined; error: { message?: string; data?: { error?: { message?: string } } } };

/** The accounting overview, customer accounts, the sync-health widget and the payment pass, on Strapi's adminApi. */
const overviewApi = adminApi.enhanceEndpoints({ addTagTypes: ['BillyOverview', 'BillyAccount', 'BillySyncHealth'] }).injectEndpoints({
  endpoints: (builder) => ({
    getOverview: builder.query<OverviewResponse['data'], void>({
      query: () => ({ url: '/billy/overview', method: 'GET' }),
      transformResponse: (response: OverviewResponse) => response.data,
      providesTags: ['BillyOverview'],
    }),
    getCustomerAccount: builder.query<CustomerAccountResponse['data'], { uid: string; documentId: string }>({
      query: ({ uid, documentId }) => ({ url: `/billy/accounts/${uid}/${documentId}`, method: 'GET' }),
      transformResponse: (response: CustomerAccountResponse) => response.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'BillyAccount', id: documentId }],
    }),
    getSyncHealth: builder.query<SyncHealthResponse['data'], void>({
      query: () => ({ url: '/billy/sync-health', method: 'GET' }),
      transformResponse: (response: SyncHealthResponse) => response.data,
      providesTags: ['BillySyncHealth'],
    }),
    runPaymentPass: builder.mutation<RunSummary, void>({
      query: () => ({ url: '/billy/sync/payments', method: 'POST', data: {} }),
      transformResponse: (response: { data: RunSummary }) => response.data,
      invalidatesTags: ['BillyOverview', 'BillyAccount', 'BillySyncHealth'],
    }),
  }),
  overrideExisting: false,
});

const picked = <T>(result: { data?: T; isLoading: boolean; isError: boolean }): QueryResult<T> => ({ data: result.data, isLoading: result.isLoading, isError: result.isError });

export const useOverview = (options: { skip?: boolean } = {}): QueryResult<OverviewResponse['data']> => picked(overviewApi.useGetOverviewQuery(undefined, options));

export const useCustomerAccount = (uid: string, documentId: string): QueryResult<CustomerAccountResponse['data']> =>
  picked(overviewApi.useGetCustomerAccountQuery({ uid, documentId }));

export const useSyncHealth = (options: { skip?: boolean } = {}): QueryResult<SyncHealthResponse['data']> => picked(overviewApi.useGetSyncHealthQuery(undefined, options));

/** POST /billy/sync/payments; refreshes the overview, the accounts and the widget once done. */
export const usePaymentPass = (): { run: () => Promise<PaymentPassResult>; running: boolean } => {
  const [trigger, state] = overviewApi.useRunPaymentPassMutation();
  return { run: async () => (await trigger()) as PaymentPassResult, running: state.isLoading };
};
