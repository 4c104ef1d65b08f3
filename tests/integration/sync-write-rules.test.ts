/**
 * Everyday edits Billy cannot take as a PUT (billy-api.md §5), against the sandbox enforcing the
 * rules: each goes the legal way, and no request Billy refuses is ever sent.
 */
import type { RunDetail } from '../../contracts';
import type background from '../../server/src/services/background';
import { docs, useSyncTestApp } from '../helpers/sync';

const t = useSyncTestApp();

beforeEach(async () => {
  await t.settings({ syncOnSave: false, syncDirection: 'both', priority: 'strapi', invoicePriorityModule: 'organizations', approveInvoices: false });
  await t.reset();
  await t.app.strapi.db.connection('billy_pending_changes').delete();
});

const state = () => t.sandbox.control.state();
const contactNamed = (name: string) => state().contacts.find((contact) => contact.name === name)!;
const personsOf = (contactId: string) => state().contactPersons.filter((person) => person.contactId === contactId && !person.isPrimary);
/** Every answer Billy gave that was not a success: none is expected, since the plugin never sends what Billy refuses. */
const refusedRequests = () => t.sandbox.control.requests().filter((request) => (request.status ?? 200) >= 400);
const recordStatus = async (type: string, documentId: string) =>
  (await t.app.http().get(`/billy/records/plugin::billy.${type}/${documentId}`).set(t.auth).expect(200)).body.data;
const entryOf = (run: RunDetail, documentId: string) => run.records.find((record) => record.documentId === documentId);

const twoOrganizations = async () => {
  const first = await docs(t.app, 'organization').create({ data: { name: 'Første ApS', country: 'DK' } });
  const second = await docs(t.app, 'organization').create({ data: { name: 'Anden ApS', country: 'DK' } });
  return { first, second };
};

describe('a person moved between organizations', () => {
  it('is created under the new Billy contact and removed from the old one; its link follows', async () => {
    const { first, second } = await twoOrganizations();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Mette Lund', email: 'mette@lund.dk', organization: first.documentId } });
    await t.sync();
    const oldPerson = personsOf(contactNamed('Første ApS').id)[0]!;
    expect(oldPerson).toMatchObject({ email: 'mette@lund.dk' });

    await docs(t.app, 'contact').update({ documentId: person.documentId, data: { organization: second.documentId } });
    t.sandbox.control.clearRequests();
    const run = await t.sync();

    expect(refusedRequests()).toEqual([]);
    expect(t.writes()).toEqual([
      { method: 'POST', path: '/v2/contactPersons' },
      { method: 'DELETE', path: `/v2/contactPersons/${oldPerson.id}` },
    ]);
    expect(personsOf(contactNamed('Første ApS').id)).toEqual([]);
    const moved = personsOf(contactNamed('Anden ApS').id);
    expect(moved).toEqual([expect.objectContaining({ name: 'Mette Lund', email: 'mette@lund.dk' })]);
    expect(entryOf(run, person.documentId)).toMatchObject({ outcome: 'created', reason: 'moved', billyId: moved[0]!.id });
    expect(await recordStatus('contact', person.documentId)).toMatchObject({ state: 'synced', billyId: moved[0]!.id, billyResource: 'contactPersons' });

    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
  });

  it('joining an organization archives the former private contact, which is never imported back', async () => {
    const { first } = await twoOrganizations();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Søren Privat', email: 'soren@privat.dk', country: 'DK' } });
    await t.sync();
    const privateContact = contactNamed('Søren Privat');
    expect(privateContact.type).toBe('person');

    await docs(t.app, 'contact').update({ documentId: person.documentId, data: { organization: first.documentId } });
    const run = await t.sync();
    expect(refusedRequests()).toEqual([]);
    expect(entryOf(run, person.documentId)).toMatchObject({ outcome: 'created', reason: 'moved' });
    expect(contactNamed('Søren Privat')).toMatchObject({ id: privateContact.id, isArchived: true });
    expect(personsOf(contactNamed('Første ApS').id)).toEqual([expect.objectContaining({ email: 'soren@privat.dk' })]);

    // Both ways, the archived former contact is not taken for a new Billy record to import.
    const again = await t.sync();
    expect(again.counts.contacts).toMatchObject({ created: 0 });
    expect(await docs(t.app, 'contact').findMany()).toHaveLength(1);
  });

  it('leaving its organization makes it a private contact and removes the person from the organization', async () => {
    const { first } = await twoOrganizations();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Ida Fri', email: 'ida@fri.dk', country: 'DK', organization: first.documentId } });
    await t.sync();
    await docs(t.app, 'contact').update({ documentId: person.documentId, data: { organization: null } });
    const run = await t.sync();
    expect(refusedRequests()).toEqual([]);
    expect(entryOf(run, person.documentId)).toMatchObject({ outcome: 'created', reason: 'moved' });
    expect(personsOf(contactNamed('Første ApS').id)).toEqual([]);
    expect(contactNamed('Ida Fri')).toMatchObject({ type: 'person', isArchived: false });
    const again = await t.sync();
    expect(again.counts.contacts).toMatchObject({ created: 0 });
  });

  it('interrupted between the two steps, the next run leaves no duplicate and no lost person', async () => {
    const { first, second } = await twoOrganizations();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Afbrudt Person', email: 'afbrudt@lund.dk', organization: first.documentId } });
    await t.sync();
    await docs(t.app, 'contact').update({ documentId: person.documentId, data: { organization: second.documentId } });
    // The new person is created; removing the old one never gets through (every retry dropped).
    t.sandbox.control.scriptFaults([{ kind: 'reset', method: 'DELETE', pathPrefix: '/v2/contactPersons', times: 20 }]);
    const interrupted = await t.sync();
    t.sandbox.control.clearFaults();
    expect(entryOf(interrupted, person.documentId)).toMatchObject({ outcome: 'failed' });
    expect(personsOf(contactNamed('Anden ApS').id)).toHaveLength(1);
    expect(personsOf(contactNamed('Første ApS').id)).toHaveLength(1);

    const resumed = await t.sync();
    expect(entryOf(resumed, person.documentId)?.outcome).not.toBe('failed');
    expect(personsOf(contactNamed('Første ApS').id)).toEqual([]);
    expect(personsOf(contactNamed('Anden ApS').id)).toEqual([expect.objectContaining({ email: 'afbrudt@lund.dk' })]);
    expect(state().contactPersons.filter((p) => p.email === 'afbrudt@lund.dk')).toHaveLength(1);
    expect(await docs(t.app, 'contact').findMany()).toHaveLength(1);
  });
});

describe('invoices whose creation-only fields change', () => {
  const draftFor = async (organization: string, extra: Record<string, unknown> = {}) => {
    const product = await docs(t.app, 'product').create({ data: { name: 'Rådgivning', prices: [{ currency: 'DKK', unitPrice: 800 }] } });
    const invoice = await docs(t.app, 'invoice').create({
      data: { invoiceDate: '2026-05-01', organization, lines: [{ product: product.documentId, quantity: 2, unitPrice: 800 }], ...extra },
    });
    return { product, invoice };
  };

  it('a draft given another customer is deleted and created again under the same key', async () => {
    const { first, second } = await twoOrganizations();
    const { invoice } = await draftFor(first.documentId, { message: 'Tak' });
    await t.sync();
    const oldDraft = state().invoices[0]!;

    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { organization: second.documentId } });
    t.sandbox.control.clearRequests();
    const run = await t.sync();

    expect(refusedRequests()).toEqual([]);
    expect(t.writes()).toEqual([
      { method: 'DELETE', path: `/v2/invoices/${oldDraft.id}` },
      { method: 'POST', path: '/v2/invoices' },
    ]);
    const invoices = state().invoices;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ contactId: contactNamed('Anden ApS').id, externalId: oldDraft.externalId, contactMessage: 'Tak', state: 'draft' });
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'created', reason: 'recreated', billyId: invoices[0]!.id });
    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
  });

  it('a draft whose kind changes to credit note is created again as a credit note under the same key', async () => {
    const { first } = await twoOrganizations();
    const { invoice } = await draftFor(first.documentId);
    await t.sync();
    const oldDraft = state().invoices[0]!;
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { kind: 'creditNote' } });
    const run = await t.sync();
    expect(refusedRequests()).toEqual([]);
    expect(state().invoices).toEqual([expect.objectContaining({ type: 'creditNote', externalId: oldDraft.externalId, state: 'draft' })]);
    expect(state().invoices[0]!.id).not.toBe(oldDraft.id);
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'created', reason: 'recreated' });
    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
  });

  it('an approved invoice given another customer needs a credit note, and nothing is sent', async () => {
    const { first, second } = await twoOrganizations();
    await t.settings({ approveInvoices: true });
    const { invoice } = await draftFor(first.documentId);
    await t.sync();
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { organization: second.documentId } });
    t.sandbox.control.clearRequests();
    const run = await t.sync({ modules: ['invoices'] });
    expect(t.writes()).toEqual([]);
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'failed', reason: 'needs_credit_note' });
  });

  it('"invoices go to" applies when an invoice is created: changing it never re-targets an existing one', async () => {
    const { first } = await twoOrganizations();
    const person = await docs(t.app, 'contact').create({ data: { name: 'Privat Per', email: 'per@privat.dk', country: 'DK' } });
    const { invoice } = await draftFor(first.documentId, { contact: person.documentId });
    await t.sync();
    expect(state().invoices[0]!.contactId).toBe(contactNamed('Første ApS').id);

    await t.settings({ invoicePriorityModule: 'contacts' });
    t.sandbox.control.clearRequests();
    await t.sync();
    expect(t.writes()).toEqual([]);
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { message: 'Opdateret' } });
    const run = await t.sync();
    expect(refusedRequests()).toEqual([]);
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'updated' });
    expect(state().invoices).toEqual([expect.objectContaining({ contactId: contactNamed('Første ApS').id, contactMessage: 'Opdateret' })]);
  });

  it('a product deleted in Strapi while a draft uses it: Billy keeps the product on the draft and the record warns', async () => {
    const { first } = await twoOrganizations();
    const { product, invoice } = await draftFor(first.documentId);
    await t.sync();
    const billyProduct = state().products[0]!;

    await docs(t.app, 'product').delete({ documentId: product.documentId });
    await docs(t.app, 'invoice').update({ documentId: invoice.documentId, data: { message: 'Efter sletning' } });
    t.sandbox.control.clearRequests();
    const run = await t.sync();

    expect(refusedRequests()).toEqual([]);
    expect(state().products).toEqual([expect.objectContaining({ id: billyProduct.id, isArchived: true })]);
    expect(state().invoiceLines).toEqual([expect.objectContaining({ productId: billyProduct.id })]);
    expect(state().invoices[0]).toMatchObject({ contactMessage: 'Efter sletning' });
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'updated', reason: 'product_kept', message: expect.stringContaining('line 1') });
  });

  it('a new line without a Billy product is never sent: the record waits with a clear reason', async () => {
    const { first } = await twoOrganizations();
    const invoice = await docs(t.app, 'invoice').create({ data: { invoiceDate: '2026-05-01', organization: first.documentId, lines: [{ quantity: 1, unitPrice: 10, description: 'Fri tekst' }] } });
    t.sandbox.control.clearRequests();
    const run = await t.sync();
    expect(t.writes().filter((write) => write.path.startsWith('/v2/invoices'))).toEqual([]);
    expect(entryOf(run, invoice.documentId)).toMatchObject({ outcome: 'failed', reason: 'dependency', message: expect.stringContaining('Line 1') });
  });
});

describe('a write Billy refused', () => {
  it('is not sent again while neither side changes; retrying the record sends it once more', async () => {
    const product = await docs(t.app, 'product').create({ data: { name: 'Forkert valuta', prices: [{ currency: 'XXX', unitPrice: 5 }] } });
    const first = await t.sync();
    expect(entryOf(first, product.documentId)).toMatchObject({ outcome: 'failed', reason: 'validation' });

    t.sandbox.control.clearRequests();
    const second = await t.sync();
    expect(t.writes()).toEqual([]);
    expect(entryOf(second, product.documentId)).toMatchObject({ outcome: 'failed', reason: 'still_refused', message: expect.stringMatching(/^Still refused: .*currencyId/) });
    expect(await recordStatus('product', product.documentId)).toMatchObject({ state: 'failed', attempts: 1 });

    // Someone presses retry (the record's own sync): sent again, refused again.
    t.sandbox.control.clearRequests();
    const retried = await t.app.http().post(`/billy/sync/plugin::billy.product/${product.documentId}`).set(t.auth).expect(200);
    expect(retried.body.data.record).toMatchObject({ outcome: 'failed', reason: 'validation' });
    expect(t.writes()).toEqual([{ method: 'POST', path: '/v2/products' }]);

    // Fixed in Strapi: it goes.
    await docs(t.app, 'product').update({ documentId: product.documentId, data: { prices: [{ currency: 'DKK', unitPrice: 5 }] } });
    const fixed = await t.sync();
    expect(entryOf(fixed, product.documentId)).toMatchObject({ outcome: 'created' });
  });
});

describe('deletes captured on save', () => {
  const backgroundLoop = () => t.app.strapi.plugin('billy').service('background') as ReturnType<typeof background>;

  it('are carried out by the on-save run itself', async () => {
    const organization = await docs(t.app, 'organization').create({ data: { name: 'Slet Mig ApS', country: 'DK' } });
    const person = await docs(t.app, 'contact').create({ data: { name: 'Slet Person', email: 'slet@mig.dk', organization: organization.documentId } });
    await t.sync();
    await t.settings({ syncOnSave: true });
    await docs(t.app, 'contact').delete({ documentId: person.documentId });
    await docs(t.app, 'organization').delete({ documentId: organization.documentId });
    t.sandbox.control.clearRequests();
    await backgroundLoop().runOnce();
    await t.settings({ syncOnSave: false });

    expect(state().contactPersons.filter((p) => p.email === 'slet@mig.dk')).toEqual([]);
    expect(contactNamed('Slet Mig ApS')).toMatchObject({ isArchived: true });
    expect(await backgroundLoop().pendingCount()).toBe(0);
    const runs = (await t.app.http().get('/billy/runs').set(t.auth).expect(200)).body.data as Array<{ trigger: string }>;
    expect(runs[0]).toMatchObject({ trigger: 'onSave' });
  });
});
