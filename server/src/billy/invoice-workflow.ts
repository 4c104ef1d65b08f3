/**
 * Billy calls of the invoice workflow beyond the plain resources: e-mailing an invoice and fetching
 * its PDF (billy-api.md §4.4). Bank payments are a plain resource (see client.ts).
 */
import axios from 'axios';
import { z } from 'zod';
import { readWrite } from './envelope';
import { BillyError } from './errors';
import type { BillyHttp } from './http';
import { billyInvoiceSchema, type BillyInvoice } from './schemas';

export const billyBankPaymentSchema = z.looseObject({
  id: z.string().min(1),
  entryDate: z.string().nullish(),
  cashAmount: z.number().nullish(),
  cashSide: z.string().nullish(),
  cashAccountId: z.string().nullish(),
  isVoided: z.boolean().nullish(),
});
export type BillyBankPayment = z.infer<typeof billyBankPaymentSchema>;

export interface BillyBankPaymentInput {
  entryDate: string;
  cashAmount: number;
  /** debit: money comes in on the cash account */
  cashSide: 'debit' | 'credit';
  /** must be an account with isPaymentEnabled */
  cashAccountId: string;
  associations: Array<{ subjectReference: `invoice:${string}` }>;
}

export interface BillyInvoiceEmailInput {
  contactPersonId: string;
  emailSubject: string;
  emailBody: string;
}

export interface InvoiceWorkflowClient {
  /** `POST /v2/invoices/:id/emails`: one contact person per call; Billy refuses drafts. Never retried blindly. */
  sendEmail(invoiceId: string, email: BillyInvoiceEmailInput): Promise<BillyInvoice | null>;
  /** The invoice's PDF from its downloadUrl: a signed address, fetched without the access token. */
  downloadPdf(downloadUrl: string): Promise<Buffer>;
}

export function createInvoiceWorkflow(http: BillyHttp, timeoutMs: number): InvoiceWorkflowClient {
  return {
    async sendEmail(invoiceId, email) {
      const path = `/invoices/${encodeURIComponent(invoiceId)}/emails`;
      const body = await http.send({ method: 'POST', path, body: { email }, retry: false, subject: 'invoice e-mail' });
      // Billy's answer to this route is not documented: take the invoice when the answer holds it.
      try {
        return readWrite(body, 'invoices', billyInvoiceSchema, { method: 'POST', path }, invoiceId).record;
      } catch {
        return null;
      }
    },
    async downloadPdf(downloadUrl) {
      try {
        const response = await axios.get<ArrayBuffer>(downloadUrl, { responseType: 'arraybuffer', timeout: timeoutMs, maxRedirects: 3 });
        return Buffer.from(response.data);
      } catch (error) {
        const status = axios.isAxiosError(error) ? error.response?.status : undefined;
        throw new BillyError({
          reason: status === undefined ? 'network' : 'billy',
          retryable: status === undefined || status >= 500,
          ...(status !== undefined ? { status } : {}),
          message: status === undefined ? 'Billy did not deliver the PDF: check the connection and try again.' : `Billy refused the PDF download (HTTP ${status}).`,
        });
      }
    },
  };
}
