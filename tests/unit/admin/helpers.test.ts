import { createIntl } from 'react-intl';
import type { InvoiceActionResult } from '../../../contracts';
import { actionErrorText, actionResultText, panelLoadErrorText, pdfErrorText } from '../../../admin/src/components/invoice-actions/actionWording';
import { settingsProblemText } from '../../../admin/src/pages/Settings/problemWording';
import { failureWording, fieldLabel, reasonTitle } from '../../../admin/src/utils/failures';
import { displayStateOf, isSettling } from '../../../admin/src/utils/recordState';
import { summarizePreview } from '../../../admin/src/utils/runTotals';
import en from '../../../admin/src/translations/en.json';
import da from '../../../admin/src/translations/da.json';

const english = en as Record<string, string>;
const danish = da as Record<string, string>;
const key = (id: string | undefined) => (id ?? '').replace(/^billy\./, '');

describe('a record’s one state', () => {
  const synced = { state: 'synced' as const, lastSyncedAt: '2026-12-01T10:00:00.000Z' };

  it('is "changed" when the record was saved after its last sync, so badge and text agree', () => {
    expect(displayStateOf(synced, '2026-12-01T10:00:05.000Z')).toBe('changed');
    expect(displayStateOf(synced, '2026-12-01T09:59:59.000Z')).toBe('synced');
    expect(displayStateOf(synced, null)).toBe('synced');
    // a failure stays a failure, whatever was saved since
    expect(displayStateOf({ state: 'failed', lastSyncedAt: null }, '2026-12-01T10:00:05.000Z')).toBe('failed');
  });

  it('keeps being re-read only while a change is on its way', () => {
    expect(isSettling('changed')).toBe(true);
    expect(isSettling('pending')).toBe(true);
    expect(isSettling('synced')).toBe(false);
    expect(isSettling('failed')).toBe(false);
  });
});

describe('failure wording', () => {
  const label = (field: string) => {
    const text = fieldLabel(field);
    return typeof text === 'string' ? text : english[key(text.id)];
  };

  it('names the Strapi fields Billy refused by their labels, with a plural', () => {
    const one = failureWording({ module: 'organizations', reason: 'validation', fields: ['country'] }, label);
    expect(key(one.descriptor.id)).toBe('failure.refusedFields');
    expect(one.values).toEqual({ count: 1, fields: 'Country' });
    const two = failureWording({ module: 'organizations', reason: 'validation', fields: ['country', 'zipCode'] }, label);
    expect(two.values).toEqual({ count: 2, fields: 'Country, Postcode' });
  });

  it('falls back to the reason’s hint, and never shows a code this admin does not know', () => {
    expect(key(failureWording({ module: 'contacts', reason: 'auth' }, label).descriptor.id)).toBe('reason.auth.hint');
    expect(key(reasonTitle('some_new_code').id)).toBe('reason.other');
    expect(key(reasonTitle('unchanged').id)).toBe('reason.unchanged');
    expect(fieldLabel('loyaltyTier')).toBe('loyaltyTier');
  });

  it('has an English and a Danish text for every message it can give', () => {
    const ids = [
      'failure.refusedFields',
      'reason.other',
      ...['auth', 'validation', 'unchanged', 'notInBilly', 'booked', 'error', 'deletedInStrapi'].map((reason) => `reason.${reason}`),
      ...['country', 'zipCode', 'registrationNo', 'invoiceDate'].map((field) => `field.${field}`),
      'state.changed',
    ];
    for (const id of ids) {
      expect([id, typeof english[id]]).toEqual([id, 'string']);
      expect([id, typeof danish[id]]).toEqual([id, 'string']);
    }
    expect(danish['field.country']).toBe('Land');
  });
});

describe('the translations', () => {
  it('have the same keys in English and Danish and one Danish spelling of the imperative', () => {
    expect(Object.keys(danish).sort()).toEqual(Object.keys(english).sort());
    const spellings = Object.values(danish).join('\n');
    expect(spellings).not.toMatch(/Synkroniser (nu|ved)/);
  });
});

describe('durations', () => {
  it('follow the admin’s locale', () => {
    const { formatDuration } = jest.requireActual<typeof import('../../../admin/src/utils/duration')>('../../../admin/src/utils/duration');
    const start = '2026-12-01T10:00:00.000Z';
    expect(formatDuration(start, '2026-12-01T10:00:00.100Z', 'da')).toMatch(/^0,1\s?sek\.?$/);
    expect(formatDuration(start, '2026-12-01T10:00:00.100Z', 'en')).toMatch(/^0\.1\s?sec$/);
    expect(formatDuration(start, '2026-12-01T10:03:05.000Z', 'en')).toMatch(/^3\s?min 5\s?sec$/);
  });
});

describe('the preview’s summary', () => {
  it('counts a record changed on both sides once: as an update, and once among the conflicts', () => {
    const counts = (conflict: number) => ({ total: 3, done: 3, created: 1, updated: 1 + conflict, skipped: 1 - conflict, failed: 0, conflict });
    const run = { id: 7, counts: { organizations: counts(1), contacts: counts(0) } } as never;
    expect(summarizePreview(run)).toEqual({ runId: 7, created: 2, updated: 3, skipped: 1, failed: 0, conflicts: 1 });
  });
});

describe('invoice action wording', () => {
  const intlIn = (locale: 'en' | 'da') =>
    createIntl({ locale, messages: Object.fromEntries(Object.entries(locale === 'da' ? danish : english).map(([id, text]) => [`billy.${id}`, text])) });
  const result = (action: InvoiceActionResult['action'], replayed: boolean, values?: InvoiceActionResult['values']) =>
    ({ action, replayed, values, runId: 1, message: 'English from the server', invoice: { currency: 'DKK' } }) as unknown as InvoiceActionResult;

  it('words a result from its action and values in the admin’s language, not the server’s English', () => {
    expect(actionResultText(intlIn('da'), result('payment', false, { amount: 1500, currency: 'DKK' }))).toBe(`Billy har registreret en betaling på ${intlIn('da').formatNumber(1500, { style: 'currency', currency: 'DKK' })}.`);
    expect(actionResultText(intlIn('da'), result('send', true))).toBe('Billy havde allerede sendt fakturaen; den blev ikke sendt igen.');
    expect(actionResultText(intlIn('en'), result('send', false, { recipient: 'Pia <pia@acme.dk>' }))).toBe('Billy sent the invoice to Pia <pia@acme.dk>.');
  });

  it('words a refusal from its reason, per action where the same reason means different things', () => {
    const refused = (reason: string, details: Record<string, unknown> = {}) => ({ status: 400, name: 'ValidationError', message: 'English from the server', details: { reason, ...details } });
    expect(actionErrorText(intlIn('da'), 'payment', refused('draft'), 'DKK')).toBe('Kun en godkendt faktura kan betales: godkend den først.');
    expect(actionErrorText(intlIn('da'), 'send', refused('draft'), 'DKK')).toMatch(/^Kun en godkendt faktura kan sendes/);
    expect(actionErrorText(intlIn('da'), 'approve', refused('validation', { billyMessage: 'Fakturaen har ingen linjer' }), 'DKK')).toBe('Billy godkendte ikke fakturaen: Fakturaen har ingen linjer');
    expect(actionErrorText(intlIn('da'), 'payment', { status: 409, name: 'ConflictError', message: 'busy', details: { runId: 3 } }, 'DKK')).toMatch(/^En synkronisering eller en anden fakturahandling kører/);
    // a code this admin has no words for keeps the server's message
    expect(actionErrorText(intlIn('da'), 'creditNote', refused('line'), 'DKK')).toBe('English from the server');
  });

  it('words why the PDF could not be downloaded from the route’s reason, in Danish', () => {
    const failed = (status: number, reason: string) => ({ status, name: 'BillyUnavailableError', message: 'The PDF could not be fetched from Billy: timeout', details: { reason, billyMessage: 'timeout' } });
    expect(pdfErrorText(intlIn('da'), failed(502, 'network'))).toBe('PDF’en kunne ikke hentes fra Billy. Prøv igen om lidt.');
    expect(pdfErrorText(intlIn('da'), failed(400, 'no_pdf'))).toBe('Billy har ingen PDF af denne faktura.');
    expect(pdfErrorText(intlIn('da'), failed(400, 'never_synced'))).toMatch(/^Fakturaen er aldrig synkroniseret til Billy/);
    expect(pdfErrorText(intlIn('da'), failed(502, 'auth'))).toBe('Billy afviste adgangsnøglen: tjek den under Indstillinger › Billy.');
    // a failure without a reason (the network, an older server) still says what failed
    expect(pdfErrorText(intlIn('da'), new TypeError('Failed to fetch'))).toBe('PDF’en kunne ikke hentes: Failed to fetch');
  });

  it('words why the panel could not read the invoice from Billy from the reason, not Billy’s English', () => {
    const failed = (reason: string) => ({ status: 502, name: 'BillyUnavailableError', message: 'Billy could not be asked about this invoice: …', details: { reason, billyMessage: 'Billy refused the access token' } });
    expect(panelLoadErrorText(intlIn('da'), failed('auth'))).toBe('Billy afviste adgangsnøglen: tjek den under Indstillinger › Billy.');
    expect(panelLoadErrorText(intlIn('da'), failed('rate_limit'))).toBe('Billy svarede ikke om fakturaen. Prøv igen om lidt.');
  });

  it('has a Danish text for every refusal and result it words', () => {
    const ids = Object.keys(english).filter((id) => id.startsWith('invoiceActions.result.') || id.startsWith('invoiceActions.error.') || id.startsWith('invoiceActions.pdf.error.') || id.startsWith('invoiceActions.loadFailed.'));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !danish[id] || danish[id] === english[id])).toEqual([]);
  });
});

describe('settings refusals', () => {
  const danishIntl = createIntl({ locale: 'da', messages: Object.fromEntries(Object.entries(danish).map(([id, text]) => [`billy.${id}`, text])) });

  it('are worded in the admin’s language from the code and values the server gives each bad field', () => {
    const word = (problem: object) => settingsProblemText(danishIntl, { message: 'English from the server', ...problem });
    expect(word({ code: 'required' })).toBe('Feltet må ikke være tomt.');
    expect(word({ code: 'too_big', values: { maximum: 1440 } })).toBe(`Højst ${danishIntl.formatNumber(1440)}.`);
    expect(word({ code: 'priority_required' })).toBe('Vælg, hvilken side der vinder, når et felt er ændret både i Strapi og i Billy.');
    expect(word({ code: 'unknown_placeholder', values: { unknown: '{fakturaNr}', count: 1 } })).toBe('{fakturaNr} er ikke en pladsholder. Brug {invoiceNo}, {amount}, {dueDate}, {companyName}, {customerName}.');
    // a code this admin has no words for (a newer server), or none (an older one), keeps the server's message
    expect(word({ code: 'some_new_check' })).toBe('English from the server');
    expect(word({})).toBe('English from the server');
  });

  it('have a Danish text for every code', () => {
    const ids = Object.keys(english).filter((id) => id.startsWith('settings.problem.'));
    expect(ids).toHaveLength(12);
    expect(ids.filter((id) => !danish[id] || danish[id] === english[id])).toEqual([]);
  });
});
