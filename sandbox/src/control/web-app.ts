/**
 * What the sandbox serves besides the API and its control routes: the PDF behind an invoice's
 * downloadUrl, and a small page standing in for Billy's web app (the target of "Open in Billy").
 * Neither needs a token: Billy's downloadUrl is a signed address, and the web app has its own login.
 */
import type { Exchange } from '../exchange';
import type { SandboxRuntime } from '../runtime';
import type { OrganizationEntry, TableName } from '../store';
import { onePagePdf } from './pdf';

const FILES_PREFIX = '/_sandbox/files/invoices/';
const APP_PREFIX = '/_sandbox/app/';
/** The web app's sections the plugin links to, and the table each shows. */
const APP_SECTIONS: Readonly<Record<string, TableName>> = { invoices: 'invoices', contacts: 'contacts', products: 'products' };

/** The organization's web-app address as the sandbox's organization record gives it (`url`). */
export const webAppAddress = (rt: SandboxRuntime, organizationId: string): string => `${rt.origin}${APP_PREFIX}${organizationId}`;

export const isWebAppRequest = (exchange: Exchange): boolean =>
  exchange.method === 'GET' && (exchange.path.startsWith(FILES_PREFIX) || exchange.path.startsWith(APP_PREFIX));

const escapeHtml = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const money = (value: unknown, currency: unknown) => `${Number(value ?? 0).toFixed(2)} ${String(currency ?? '')}`;

function findInvoice(rt: SandboxRuntime, invoiceId: string) {
  for (const entry of rt.store.entries()) {
    const invoice = entry.tables.invoices.get(invoiceId);
    if (invoice) return { entry, invoice };
  }
  return undefined;
}

function answerPdf(exchange: Exchange, rt: SandboxRuntime): void {
  const [invoiceId, file] = exchange.path.slice(FILES_PREFIX.length).split('/');
  const found = invoiceId ? findInvoice(rt, decodeURIComponent(invoiceId)) : undefined;
  if (!found || !file?.endsWith('.pdf')) {
    exchange.answer(404, { error: 'No such invoice file.' });
    return;
  }
  const { entry, invoice } = found;
  const contact = entry.tables.contacts.get(invoice.contactId);
  const lines = [...entry.tables.invoiceLines.values()].filter((line) => line.invoiceId === invoice.id);
  const kind = invoice.type === 'creditNote' ? 'Credit note' : 'Invoice';
  const pdf = onePagePdf(`${entry.organization.name} - ${kind} ${invoice.invoiceNo ?? '(draft)'}`, [
    `To: ${contact?.name ?? invoice.contactId}`,
    `Date: ${invoice.entryDate}   Due: ${invoice.dueDate}`,
    ...lines.map((line) => `${line.quantity} x ${line.description ?? entry.tables.products.get(line.productId)?.name ?? ''} ${money(line.amount, invoice.currencyId)}`),
    `Net ${money(invoice.amount, invoice.currencyId)}   VAT ${money(invoice.tax, invoice.currencyId)}   Total ${money(invoice.grossAmount, invoice.currencyId)}`,
    `Balance ${money(invoice.balance, invoice.currencyId)}${invoice.isPaid ? ' (paid)' : ''}`,
  ]);
  exchange.answerRaw(200, 'application/pdf', pdf, { 'Content-Disposition': `inline; filename="${file}"` });
}

function recordPage(entry: OrganizationEntry, section: string, recordId: string): string | undefined {
  const table = APP_SECTIONS[section];
  const record = table ? (entry.tables[table] as Map<string, Record<string, unknown>>).get(recordId) : undefined;
  if (!record) return undefined;
  const rows = Object.entries(record)
    .filter(([, value]) => typeof value !== 'object' || value === null)
    .map(([field, value]) => `<tr><th>${escapeHtml(field)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  const title = `${escapeHtml(section)} ${escapeHtml(record.invoiceNo ?? record.name ?? recordId)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Billy sandbox</title>
<style>body{font-family:sans-serif;margin:2rem}th{text-align:left;padding-right:1rem;color:#555}</style></head>
<body><p>Billy sandbox · ${escapeHtml(entry.organization.name)} — this page stands in for Billy's web app.</p>
<h1 data-record-id="${escapeHtml(recordId)}">${title}</h1><table>${rows}</table></body></html>`;
}

function answerAppPage(exchange: Exchange, rt: SandboxRuntime): void {
  const [organizationId, section, recordId] = exchange.path.slice(APP_PREFIX.length).split('/').map(decodeURIComponent);
  const entry = rt.store.entries().find((candidate) => candidate.organization.id === organizationId);
  const page = entry && section && recordId ? recordPage(entry, section, recordId) : undefined;
  if (!page) {
    exchange.answerRaw(404, 'text/html; charset=utf-8', '<!doctype html><p>No such record in the Billy sandbox.</p>');
    return;
  }
  exchange.answerRaw(200, 'text/html; charset=utf-8', page);
}

export function answerWebApp(exchange: Exchange, rt: SandboxRuntime): void {
  if (exchange.path.startsWith(FILES_PREFIX)) answerPdf(exchange, rt);
  else answerAppPage(exchange, rt);
}
