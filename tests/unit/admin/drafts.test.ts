/**
 * The admin's pure helpers behind the Mapping and Settings pages: the drafts being edited, what Save
 * sends, the server's errors placed on their rows and fields, and the run totals. No browser, no Strapi.
 */
import type { FieldMappingPair, RunSummary, SettingsView } from '../../../contracts';
import {
  hasUnsavedEdits,
  initialDrafts,
  mappingToSave,
  samePairs,
  withModuleReset,
  withRowAdded,
  withRowChanged,
  withRowRemoved,
  type Catalogue,
} from '../../../admin/src/pages/Mapping/mappingDraft';
import { errorCount, mappingErrorsFrom, validationErrorsOf, withoutModuleErrors, withoutRowErrors } from '../../../admin/src/pages/Mapping/mappingErrors';
import { toApiFailure } from '../../../admin/src/pages/Settings/apiErrors';
import { toDraft, toUpdateRequest } from '../../../admin/src/pages/Settings/settingsDraft';
import { runTotals } from '../../../admin/src/utils/runTotals';
import { reasonHint, reasonLabel } from '../../../admin/src/utils/reasons';
import { DEFAULT_SETTINGS } from '../../../server/src/settings/defaults';

const pair = (strapiField: string, billyField: string, direction: FieldMappingPair['direction'] = 'both'): FieldMappingPair => ({ strapiField, billyField, direction });

const catalogue: Catalogue = {
  defaults: {
    organizations: [pair('name', 'name'), pair('city', 'cityText')],
    contacts: [pair('email', 'email')],
    products: [pair('name', 'name')],
    invoices: [],
  },
  strapiFields: { organizations: [], contacts: [], products: [], invoices: [] },
  billyFields: { organizations: [], contacts: [], products: [], invoices: [] },
  transforms: ['trim'],
};

const settings: SettingsView = {
  ...DEFAULT_SETTINGS,
  accessToken: { isSet: true, lastFour: 'wxyz', source: 'store', locked: false },
  apiUrl: { value: 'https://billy.test/v2', source: 'default' },
};

/** A 400 as RTK Query on the adminApi hands it over: the answer's `error`. */
const validationError = (errors: Array<{ path: string[]; message: string }>) => ({
  status: 400,
  name: 'ValidationError',
  message: `${errors.length} errors`,
  details: { errors: errors.map((error) => ({ ...error, name: 'ValidationError' })) },
});

describe('the mapping drafts', () => {
  it('start from the stored custom pairs of a module, else from its defaults, as copies', () => {
    const custom = [pair('name', 'name', 'toBilly')];
    const drafts = initialDrafts(catalogue, { mode: 'custom', custom: { organizations: custom, contacts: [] } });
    expect(drafts.organizations).toEqual(custom);
    // an empty custom list, or the default mode, follows the defaults
    expect(drafts.contacts).toEqual(catalogue.defaults.contacts);
    expect(initialDrafts(catalogue, { mode: 'default', custom: { organizations: custom } }).organizations).toEqual(catalogue.defaults.organizations);
    drafts.contacts[0]!.direction = 'fromBilly';
    expect(catalogue.defaults.contacts[0]!.direction).toBe('both');
  });

  it('save only the modules that differ from the defaults, and switch the default mapping back on when none does', () => {
    const drafts = initialDrafts(catalogue, { mode: 'default', custom: {} });
    expect(mappingToSave(catalogue, drafts)).toEqual({ mode: 'default', custom: {} });

    const changed = withRowChanged(drafts, 'organizations', 1, { direction: 'toBilly', transform: 'trim' });
    expect(mappingToSave(catalogue, changed)).toEqual({ mode: 'custom', custom: { organizations: [pair('name', 'name'), { ...pair('city', 'cityText', 'toBilly'), transform: 'trim' }] } });
    // a pair without a transform is sent without the key
    expect(Object.keys(mappingToSave(catalogue, changed).custom.organizations![0]!)).toEqual(['strapiField', 'billyField', 'direction']);
  });

  it('change, add and remove rows of one module only, numbered as the page shows them', () => {
    const drafts = initialDrafts(catalogue, { mode: 'default', custom: {} });
    const added = withRowAdded(drafts, 'organizations');
    expect(added.organizations).toHaveLength(3);
    expect(added.organizations[2]).toEqual({ strapiField: '', billyField: '', direction: 'both' });
    expect(added.contacts).toBe(drafts.contacts);

    const removed = withRowRemoved(added, 'organizations', 0);
    expect(removed.organizations.map((row) => row.strapiField)).toEqual(['city', '']);
    expect(drafts.organizations).toHaveLength(2);

    const reset = withModuleReset(removed, catalogue, 'organizations');
    expect(samePairs(reset.organizations, catalogue.defaults.organizations)).toBe(true);
    expect(reset.organizations[0]).not.toBe(catalogue.defaults.organizations[0]);
  });

  it('count as unsaved edits only what Save would change', () => {
    const stored = { mode: 'custom' as const, custom: { organizations: [pair('name', 'name', 'toBilly')] } };
    const drafts = initialDrafts(catalogue, stored);
    expect(hasUnsavedEdits(catalogue, drafts, stored)).toBe(false);
    expect(hasUnsavedEdits(catalogue, withRowChanged(drafts, 'organizations', 0, { direction: 'both' }), stored)).toBe(true);
    // a row changed and changed back, or a module reset to what it follows anyway, is nothing to save
    const back = withRowChanged(withRowChanged(drafts, 'organizations', 0, { direction: 'both' }), 'organizations', 0, { direction: 'toBilly' });
    expect(hasUnsavedEdits(catalogue, back, stored)).toBe(false);
    expect(hasUnsavedEdits(catalogue, withModuleReset(drafts, catalogue, 'contacts'), stored)).toBe(false);
  });
});

describe('the mapping errors', () => {
  const errors = [
    { path: ['mapping', 'custom', 'organizations', '1', 'billyField'], message: 'already mapped.' },
    { path: ['mapping', 'custom', 'organizations', '1', 'billyField'], message: 'Twice.' },
    { path: ['mapping', 'custom', 'organizations', '0'], message: 'Bad row.' },
    { path: ['mapping', 'custom', 'contacts'], message: 'Nothing sends email.' },
    { path: ['syncMode'], message: 'Unknown mode.' },
    { path: [], message: 'Whole body.' },
  ];

  it('go on the row and part the server names, on the module, or aside when they are about neither', () => {
    const { byModule, other } = mappingErrorsFrom(errors);
    expect(byModule.organizations).toEqual({ rows: { 1: { billyField: 'already mapped. Twice.' }, 0: { strapiField: 'Bad row.' } }, module: [] });
    expect(byModule.contacts).toEqual({ rows: {}, module: ['Nothing sends email.'] });
    expect(other).toEqual(['syncMode: Unknown mode.', 'Whole body.']);
    expect(errorCount(byModule.organizations)).toBe(2);
    expect(errorCount(byModule.products)).toBe(0);
  });

  it('are read from a validation error as RTK Query hands it over, and from nothing else', () => {
    expect(validationErrorsOf(validationError(errors))).toHaveLength(errors.length);
    expect(validationErrorsOf({ status: 500, name: 'ApplicationError', message: 'boom' })).toBeNull();
    expect(validationErrorsOf(undefined)).toBeNull();
  });

  it('of a changed row go with it; a removed or reset module loses all of its own', () => {
    const { byModule } = mappingErrorsFrom(errors);
    const rowCleared = withoutRowErrors(byModule, 'organizations', 1);
    expect(rowCleared.organizations?.rows).toEqual({ 0: { strapiField: 'Bad row.' } });
    expect(rowCleared.contacts).toBe(byModule.contacts);
    expect(withoutRowErrors(byModule, 'organizations', 5)).toBe(byModule);
    expect(Object.keys(withoutModuleErrors(byModule, 'organizations'))).toEqual(['contacts']);
  });
});

describe('an adminApi failure', () => {
  it('gives its status, message and one message per bad field', () => {
    const failure = toApiFailure(validationError([
      { path: ['syncDirection'], message: 'Invalid option.' },
      { path: ['invoiceActions', 'emailTemplates', 'da', 'subject'], message: 'Unknown {foo}.' },
      { path: ['syncDirection'], message: 'Again.' },
    ]));
    expect(failure).toEqual({
      status: 400,
      message: '3 errors',
      fieldErrors: { syncDirection: 'Invalid option. Again.', 'invoiceActions.emailTemplates.da.subject': 'Unknown {foo}.' },
    });
    expect(toApiFailure({ status: 409, name: 'ConflictError', message: 'A sync is already running' })).toEqual({ status: 409, message: 'A sync is already running', fieldErrors: {} });
    expect(toApiFailure('offline')).toEqual({ status: null, message: 'offline', fieldErrors: {} });
  });
});

describe('the settings draft', () => {
  it('starts from the stored settings without the token or the mapping, and sends nothing when nothing changed', () => {
    const draft = toDraft(settings);
    expect(draft).toMatchObject({ syncMode: 'manual', accessToken: '', removeAccessToken: false });
    expect(draft).not.toHaveProperty('mapping');
    expect(toUpdateRequest(settings, draft)).toEqual({});
  });

  it('sends only what changed, a typed token trimmed, and null to remove the stored one', () => {
    const draft = toDraft(settings);
    const templates = { ...draft.invoiceActions.emailTemplates, en: { ...draft.invoiceActions.emailTemplates.en, subject: 'Invoice {invoiceNo}' } };
    const request = toUpdateRequest(settings, {
      ...draft,
      syncDirection: 'both',
      priority: 'billy',
      accessToken: '  new-token-abcd ',
      invoiceActions: { ...draft.invoiceActions, emailTemplates: templates },
    });
    expect(request).toEqual({ syncDirection: 'both', priority: 'billy', accessToken: 'new-token-abcd', invoiceActions: { ...draft.invoiceActions, emailTemplates: templates } });
    expect(toUpdateRequest(settings, { ...draft, accessToken: '   ' })).toEqual({});
    expect(toUpdateRequest(settings, { ...draft, accessToken: 'typed-then-removed', removeAccessToken: true })).toEqual({ accessToken: null });
    expect(toUpdateRequest(settings, { ...draft, alerts: { recipients: [3], unreachableAfterMinutes: 30 } })).toEqual({ alerts: { recipients: [3], unreachableAfterMinutes: 30 } });
  });
});

describe('run totals and reasons', () => {
  it('add up a run’s modules, a module not in the run counting nothing', () => {
    const counts = (created: number, failed: number) => ({ total: created + failed, done: created + failed, created, updated: 1, skipped: 2, failed, conflict: 0 });
    const run = { id: 3, counts: { organizations: counts(2, 1), invoices: counts(0, 4), contacts: undefined } } as unknown as RunSummary;
    expect(runTotals(run)).toEqual({ created: 2, updated: 2, skipped: 4, failed: 5 });
  });

  it('word a reason this admin knows, and fall back for one it does not', () => {
    expect(reasonLabel('unchanged')?.defaultMessage).toBe('No changes');
    expect(reasonLabel('some_new_code')).toBeNull();
    expect(reasonHint('network').id).toBe('billy.reason.network.hint');
    expect(reasonHint('some_new_code').id).toBe('billy.reason.other.hint');
    expect(reasonHint(null).id).toBe('billy.reason.other.hint');
  });
});
