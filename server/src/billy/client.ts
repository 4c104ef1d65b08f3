import type { SharedRate } from './adaptive-rate';
import { readSingle } from './envelope';
import { createBillyHttp, type BillyHttpStats } from './http';
import type {
  BillyContactInput,
  BillyContactPersonInput,
  BillyInvoiceInput,
  BillyInvoiceLineInput,
  BillyProductInput,
  BillyProductPriceInput,
} from './inputs';
import { resolveOptions, type BillyClientOptions } from './options';
import { createReferenceData, type BillyReferenceData } from './reference';
import { createResourceClient } from './resources';
import {
  billyContactPersonSchema,
  billyContactSchema,
  billyInvoiceLineSchema,
  billyInvoiceSchema,
  billyOrganizationSchema,
  billyProductPriceSchema,
  billyProductSchema,
  type BillyContact,
  type BillyContactPerson,
  type BillyInvoice,
  type BillyInvoiceLine,
  type BillyOrganization,
  type BillyProduct,
  type BillyProductPrice,
} from './schemas';
import type { ResourceClient } from './types';
import {
  billyBankPaymentSchema,
  createInvoiceWorkflow,
  type BillyBankPayment,
  type BillyBankPaymentInput,
  type InvoiceWorkflowClient,
} from './invoice-workflow';

export interface BillyClient {
  /** The company the token belongs to; also the cheapest way to check a token. */
  getOrganization(): Promise<BillyOrganization>;
  contacts: ResourceClient<BillyContact, BillyContactInput>;
  /** list needs a contactId filter: Billy answers 400 without one */
  contactPersons: ResourceClient<BillyContactPerson, BillyContactPersonInput>;
  products: ResourceClient<BillyProduct, BillyProductInput>;
  productPrices: ResourceClient<BillyProductPrice, BillyProductPriceInput>;
  /** invoices and credit notes (type 'creditNote') */
  invoices: ResourceClient<BillyInvoice, BillyInvoiceInput>;
  invoiceLines: ResourceClient<BillyInvoiceLine, BillyInvoiceLineInput>;
  /** payments booked on a cash account and associated with invoices; immutable once made */
  bankPayments: ResourceClient<BillyBankPayment, BillyBankPaymentInput>;
  /** e-mailing an invoice, and its PDF */
  invoiceWorkflow: InvoiceWorkflowClient;
  reference: BillyReferenceData;
  /** counters, for tests and benchmarks */
  stats(): BillyHttpStats;
  /** the request rate in force and the limit learnt so far; null when rate limiting is off */
  rate(): SharedRate | null;
}

/**
 * Builds the client. Throws BillyError('auth') when no token is given and TypeError for nonsense
 * options. The token lives only in closures, so logging or inspecting the client cannot show it.
 */
export function createBillyClient(options: BillyClientOptions): BillyClient {
  const resolved = resolveOptions(options);
  const http = createBillyHttp(resolved);
  return {
    async getOrganization() {
      const body = await http.send({ method: 'GET', path: '/organization', retry: true, subject: 'organization' });
      return readSingle(body, 'organization', billyOrganizationSchema, { method: 'GET', path: '/organization' });
    },
    contacts: createResourceClient(http, { singular: 'contact', plural: 'contacts', noun: 'contact', schema: billyContactSchema }),
    contactPersons: createResourceClient(http, {
      singular: 'contactPerson',
      plural: 'contactPersons',
      noun: 'contact person',
      schema: billyContactPersonSchema,
    }),
    products: createResourceClient(http, { singular: 'product', plural: 'products', noun: 'product', schema: billyProductSchema }),
    productPrices: createResourceClient(http, {
      singular: 'productPrice',
      plural: 'productPrices',
      noun: 'product price',
      schema: billyProductPriceSchema,
    }),
    invoices: createResourceClient(http, { singular: 'invoice', plural: 'invoices', noun: 'invoice', schema: billyInvoiceSchema }),
    invoiceLines: createResourceClient(http, {
      singular: 'invoiceLine',
      plural: 'invoiceLines',
      noun: 'invoice line',
      schema: billyInvoiceLineSchema,
    }),
    bankPayments: createResourceClient(http, { singular: 'bankPayment', plural: 'bankPayments', noun: 'bank payment', schema: billyBankPaymentSchema }),
    invoiceWorkflow: createInvoiceWorkflow(http, resolved.timeoutMs),
    reference: createReferenceData(http),
    stats: () => http.stats(),
    rate: () => http.rate(),
  };
}
