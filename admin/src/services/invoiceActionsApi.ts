import { adminApi } from '@strapi/strapi/admin';
import {
  IDEMPOTENCY_HEADER,
  MODULE_UIDS,
  type CreditNoteRequest,
  type GetInvoiceActionsResponse,
  type InvoiceActionResponse,
  type InvoiceActionResult,
  type InvoiceActionsView,
  type PaymentAccountView,
  type RegisterPaymentRequest,
  type SendInvoiceRequest,
  type WebLinkResponse,
} from '../../../contracts';

/** Every action carries the key of the dialog it came from: a double click or a retry is answered, not redone. */
interface ActionArgs {
  documentId: string;
  idempotencyKey: string;
}

const action = (path: string, { documentId, idempotencyKey }: ActionArgs, data: object = {}) => ({
  url: `/billy/invoices/${encodeURIComponent(documentId)}/${path}`,
  method: 'POST' as const,
  data,
  config: { headers: { [IDEMPOTENCY_HEADER]: idempotencyKey } },
});

const unwrap = (response: InvoiceActionResponse): InvoiceActionResult => response.data;

/**
 * The invoice being acted on, the Content Manager's copy of it (its fields change in Billy), and the
 * record's sync status: the action synced the record, so a fresh document beside an old status would
 * read as "changed since the last sync".
 */
const invalidated = (_result: unknown, _error: unknown, { documentId }: ActionArgs) => [
  { type: 'BillyInvoiceActions' as const, id: documentId },
  { type: 'Document' as never, id: `${MODULE_UIDS.invoices}_${documentId}` },
  { type: 'BillyRecord' as never, id: `${MODULE_UIDS.invoices}:${documentId}` },
  { type: 'BillyRun' as never, id: 'LIST' },
];

const invoiceActionsApi = adminApi.enhanceEndpoints({ addTagTypes: ['BillyInvoiceActions', 'BillyRecord'] }).injectEndpoints({
  endpoints: (builder) => ({
    getInvoiceActions: builder.query<InvoiceActionsView, string>({
      query: (documentId) => `/billy/invoices/${encodeURIComponent(documentId)}/actions`,
      transformResponse: (response: GetInvoiceActionsResponse) => response.data,
      providesTags: (_result, _error, documentId) => [{ type: 'BillyInvoiceActions', id: documentId }],
    }),
    approveInvoice: builder.mutation<InvoiceActionResult, ActionArgs>({
      query: (args) => action('approve', args),
      transformResponse: unwrap,
      invalidatesTags: invalidated,
    }),
    sendInvoice: builder.mutation<InvoiceActionResult, ActionArgs & SendInvoiceRequest>({
      query: ({ documentId, idempotencyKey, ...body }) => action('send', { documentId, idempotencyKey }, body),
      transformResponse: unwrap,
      invalidatesTags: invalidated,
    }),
    creditInvoice: builder.mutation<InvoiceActionResult, ActionArgs & CreditNoteRequest>({
      query: ({ documentId, idempotencyKey, ...body }) => action('credit-note', { documentId, idempotencyKey }, body),
      transformResponse: unwrap,
      invalidatesTags: invalidated,
    }),
    registerPayment: builder.mutation<InvoiceActionResult, ActionArgs & RegisterPaymentRequest>({
      query: ({ documentId, idempotencyKey, ...body }) => action('payments', { documentId, idempotencyKey }, body),
      transformResponse: unwrap,
      invalidatesTags: invalidated,
    }),
    getPaymentAccounts: builder.query<PaymentAccountView[], void>({
      query: () => '/billy/payment-accounts',
      transformResponse: (response: { data: PaymentAccountView[] }) => response.data,
    }),
    getWebLink: builder.query<string | null, { uid: string; documentId: string }>({
      query: ({ uid, documentId }) => `/billy/web-links/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`,
      transformResponse: (response: WebLinkResponse) => response.data.url,
      // The record's tag (services/billyApi.ts): a "Sync now" that links it asks again.
      providesTags: (_result, _error, { uid, documentId }) => [{ type: 'BillyRecord', id: `${uid}:${documentId}` }],
    }),
  }),
});

export const {
  useGetInvoiceActionsQuery,
  useApproveInvoiceMutation,
  useSendInvoiceMutation,
  useCreditInvoiceMutation,
  useRegisterPaymentMutation,
  useGetPaymentAccountsQuery,
  useGetWebLinkQuery,
} = invoiceActionsApi;
