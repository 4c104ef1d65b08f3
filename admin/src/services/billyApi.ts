import { adminApi } from '@strapi/strapi/admin';
import type {
  GetRecordStatusResponse,
  GetRunResponse,
  ListRecordStatesResponse,
  ListRunRecordsResponse,
  ListRunsResponse,
  Pagination,
  RecordOutcome,
  RecordSyncStatus,
  RunRecordEntry,
  RunSummary,
  StatusResponse,
  SyncRecordResponse,
} from '../../../contracts';

/**
 * The sync data of the admin (record status, runs, the sync status) on Strapi's RTK Query API, so
 * every view of the same data shares one cache entry and a finished sync refreshes them all by tag.
 */
const billyApi = adminApi.enhanceEndpoints({ addTagTypes: ['BillyRecord', 'BillyRecordState', 'BillyRun', 'BillyStatus'] });

export interface RecordKey {
  uid: string;
  documentId: string;
}

const recordTag = ({ uid, documentId }: RecordKey) => ({ type: 'BillyRecord' as const, id: `${uid}:${documentId}` });
/** A list view page's state of a record: its own tag too, for what refreshes the list but not the record's status. */
const recordStateTag = ({ uid, documentId }: RecordKey) => ({ type: 'BillyRecordState' as const, id: `${uid}:${documentId}` });

export const syncApi = billyApi.injectEndpoints({
  endpoints: (builder) => ({
    getRecordStatus: builder.query<RecordSyncStatus, RecordKey>({
      query: ({ uid, documentId }) => `/billy/records/${uid}/${documentId}`,
      transformResponse: (response: GetRecordStatusResponse) => response.data,
      providesTags: (_result, _error, key) => [recordTag(key)],
    }),
    /** A list view page's states at once; a sync of one of its records refreshes it. */
    getRecordStates: builder.query<ListRecordStatesResponse['data'], { uid: string; documentIds: readonly string[] }>({
      query: ({ uid, documentIds }) => `/billy/record-states/${uid}?documentIds=${documentIds.map(encodeURIComponent).join(',')}`,
      transformResponse: (response: ListRecordStatesResponse) => response.data,
      providesTags: (_result, _error, { uid, documentIds }) =>
        documentIds.flatMap((documentId) => [recordTag({ uid, documentId }), recordStateTag({ uid, documentId })]),
    }),
    syncRecord: builder.mutation<SyncRecordResponse['data'], RecordKey>({
      query: ({ uid, documentId }) => ({ url: `/billy/sync/${uid}/${documentId}`, method: 'POST' }),
      transformResponse: (response: SyncRecordResponse) => response.data,
      // The answer carries the record's status as GET /billy/records gives it: cached as is, not asked for again.
      async onQueryStarted(key, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) dispatch(syncApi.util.upsertQueryData('getRecordStatus', key, data.status));
      },
      // A list view's state also depends on the document's updatedAt, which the answer does not carry.
      invalidatesTags: (result, _error, key) => [
        result ? recordStateTag(key) : recordTag(key),
        { type: 'BillyRun', id: 'LIST' },
        'BillyStatus',
      ],
    }),
    getSyncStatus: builder.query<StatusResponse['data'], void>({
      query: () => '/billy/status',
      transformResponse: (response: StatusResponse) => response.data,
      providesTags: ['BillyStatus'],
    }),
    getRuns: builder.query<{ runs: RunSummary[]; pagination: Pagination }, { page: number; pageSize: number }>({
      query: ({ page, pageSize }) => `/billy/runs?page=${page}&pageSize=${pageSize}`,
      transformResponse: (response: ListRunsResponse) => ({ runs: response.data, pagination: response.meta.pagination }),
      providesTags: [{ type: 'BillyRun', id: 'LIST' }],
    }),
    getRun: builder.query<RunSummary, number | string>({
      query: (id) => `/billy/runs/${id}`,
      transformResponse: (response: GetRunResponse) => response.data,
      providesTags: (_result, _error, id) => [{ type: 'BillyRun', id: String(id) }],
    }),
    getRunRecords: builder.query<
      { records: RunRecordEntry[]; pagination: Pagination },
      { runId: number | string; outcomes: RecordOutcome[] | null; page: number; pageSize: number }
    >({
      query: ({ runId, outcomes, page, pageSize }) =>
        `/billy/runs/${runId}/records?page=${page}&pageSize=${pageSize}${outcomes ? `&outcome=${outcomes.join(',')}` : ''}`,
      transformResponse: (response: ListRunRecordsResponse) => ({ records: response.data, pagination: response.meta.pagination }),
      providesTags: (_result, _error, { runId }) => [{ type: 'BillyRun', id: String(runId) }],
    }),
  }),
});

export const { useGetRecordStatesQuery, useGetRecordStatusQuery, useSyncRecordMutation, useGetSyncStatusQuery, useGetRunsQuery, useGetRunQuery, useGetRunRecordsQuery } = syncApi;
