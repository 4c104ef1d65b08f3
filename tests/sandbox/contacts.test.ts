import { billy, draftInvoiceBody, ids, seedBasics, useSandbox, type Body } from './support';

describe('contacts', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });
  const createContact = (contact: Body) => billy(sandbox(), 'POST', '/contacts', { body: { contact } });
  const attributesOf = (body: Body) => body.validationErrors.contact.attributes;

  test('create, read, update and delete a contact', async () => {
    const created = (await createContact({ name: 'Beta ApS', countryId: 'DK', registrationNo: '12345678' })).body.contacts[0];
    expect(created).toMatchObject({ type: 'company', isCustomer: true, isSupplier: false, isArchived: false, registrationNo: '12345678' });
    expect((await billy(sandbox(), 'GET', `/contacts/${created.id}`)).body.contact).toEqual(created);

    const updated = (await billy(sandbox(), 'PUT', `/contacts/${created.id}`, { body: { contact: { street: 'Vestergade 1', cityText: 'Aarhus' } } })).body;
    expect(updated.contacts[0]).toMatchObject({ name: 'Beta ApS', street: 'Vestergade 1', cityText: 'Aarhus' });

    expect((await billy(sandbox(), 'DELETE', `/contacts/${created.id}`)).body.meta.deletedRecords).toEqual({ contacts: [created.id] });
    expect((await billy(sandbox(), 'GET', `/contacts/${created.id}`)).status).toBe(404);
  });

  test('a contact’s persons are left out unless included', async () => {
    expect((await billy(sandbox(), 'GET', `/contacts/${ids.acme}`)).body.contact.contactPersons).toBeUndefined();
    const sideloaded = (await billy(sandbox(), 'GET', `/contacts/${ids.acme}?include=contact.contactPersons`)).body;
    expect(sideloaded.contact.contactPersonIds).toEqual([ids.acmePerson]);
    expect(sideloaded.contactPersons).toEqual([expect.objectContaining({ id: ids.acmePerson })]);
  });

  test('a PUT with contactPersons replaces all of the contact’s persons', async () => {
    const { body } = await billy(sandbox(), 'PUT', `/contacts/${ids.acme}`, {
      body: { contact: { contactPersons: [{ name: 'Karen Holm', email: 'karen@acme.dk', isPrimary: true }] } },
    });
    expect(body.contactPersons).toEqual([expect.objectContaining({ name: 'Karen Holm', isPrimary: true, contactId: ids.acme })]);
    expect(body.meta.deletedRecords).toEqual({ contactPersons: [ids.acmePerson] });
    const persons = (await billy(sandbox(), 'GET', `/contactPersons?contactId=${ids.acme}`)).body.contactPersons;
    expect(persons.map((person: { name: string }) => person.name)).toEqual(['Karen Holm']);
  });

  test('a contact needs a name and a known countryId', async () => {
    expect(attributesOf((await createContact({ countryId: 'DK' })).body)).toEqual({ name: 'is required' });
    expect(attributesOf((await createContact({ name: 'X' })).body)).toEqual({ countryId: 'is required' });
    expect(attributesOf((await createContact({ name: 'X', countryId: 'XX' })).body)).toHaveProperty('countryId');
    expect(attributesOf((await billy(sandbox(), 'PUT', `/contacts/${ids.acme}`, { body: { contact: { name: '' } } })).body)).toEqual({ name: 'is required' });
  });

  test('unknown reference ids and wrong value types are INVALID_RECORD', async () => {
    const { status, body } = await createContact({ name: 'X', countryId: 'DK', currencyId: 'XYZ', localeId: 'xx_XX', type: 'alien', isArchived: 'no' });
    expect(status).toBe(400);
    expect(Object.keys(attributesOf(body)).sort()).toEqual(['currencyId', 'isArchived', 'localeId', 'type']);
  });

  test('a nested save is atomic: an invalid person leaves no contact behind', async () => {
    const { body } = await createContact({ name: 'Gamma ApS', countryId: 'DK', contactPersons: [{ name: 'Ok' }, { isPrimary: true }] });
    expect(attributesOf(body)).toEqual({ 'contactPersons[1].name': 'or email is required' });
    expect((await billy(sandbox(), 'GET', '/contacts?q=Gamma')).body.meta.paging.total).toBe(0);
  });

  test.each([
    ['contactNo=C-200', ['Nordic GmbH']],
    ['q=acme', ['Acme ApS']],
    ['type=person', ['Per Person', 'Supplier Only']],
    ['isArchived=true', ['Old Customer']],
    ['isArchived=false&type=company', ['Acme ApS', 'Nordic GmbH']],
    ['countryId=DE', ['Nordic GmbH']],
    ['isCustomer=false', ['Supplier Only']],
    ['isSupplier=true', ['Supplier Only']],
  ])('filter %s', async (query, expected) => {
    sandbox().control.seed({
      contacts: [
        { name: 'Per Person', type: 'person', countryId: 'DK' },
        { name: 'Old Customer', countryId: 'DK', isArchived: true },
        { name: 'Supplier Only', type: 'person', countryId: 'SE', isCustomer: false, isSupplier: true },
      ],
    });
    const { body } = await billy(sandbox(), 'GET', `/contacts?${query}`);
    expect(body.contacts.map((contact: { name: string }) => contact.name)).toEqual(expected);
  });

  test('a boolean filter that is not true or false answers 400', async () => {
    expect((await billy(sandbox(), 'GET', '/contacts?isArchived=maybe')).status).toBe(400);
  });

  test('deleting a contact deletes its persons', async () => {
    const { body } = await billy(sandbox(), 'DELETE', `/contacts/${ids.acme}`);
    expect(body.meta.deletedRecords).toEqual({ contacts: [ids.acme], contactPersons: [ids.acmePerson] });
  });

  test('a contact with invoices cannot be deleted (archive it instead)', async () => {
    await billy(sandbox(), 'POST', '/invoices', { body: draftInvoiceBody() });
    const { status, body } = await billy(sandbox(), 'DELETE', `/contacts/${ids.acme}`);
    expect(status).toBe(400);
    expect(body.errorCode).toBe('INVALID_RECORD');
    expect(body.validationErrors.contact.message).toMatch(/archive/);
  });
});

describe('contactPersons', () => {
  const sandbox = useSandbox();
  beforeEach(() => {
    sandbox().control.reset();
    seedBasics(sandbox());
  });

  test('listing without a contactId filter answers 400', async () => {
    const { status, body } = await billy(sandbox(), 'GET', '/contactPersons');
    expect(status).toBe(400);
    expect(body.meta).toEqual({ statusCode: 400, success: false });
  });

  test('create, list by contactId, update and delete a person', async () => {
    const created = (await billy(sandbox(), 'POST', '/contactPersons', { body: { contactPerson: { contactId: ids.acme, email: 'bogholderi@acme.dk' } } })).body;
    const person = created.contactPersons[0];
    expect(person).toMatchObject({ contactId: ids.acme, email: 'bogholderi@acme.dk', name: null, isPrimary: false });

    const listed = (await billy(sandbox(), 'GET', `/contactPersons?contactId=${ids.acme}`)).body.contactPersons;
    expect(listed.map((entry: { id: string }) => entry.id)).toEqual([ids.acmePerson, person.id]);

    const updated = (await billy(sandbox(), 'PUT', `/contactPersons/${person.id}`, { body: { contactPerson: { name: 'Bogholderiet' } } })).body;
    expect(updated.contactPersons[0]).toMatchObject({ name: 'Bogholderiet', email: 'bogholderi@acme.dk' });

    expect((await billy(sandbox(), 'DELETE', `/contactPersons/${person.id}`)).body.meta.deletedRecords).toEqual({ contactPersons: [person.id] });
  });

  test('a person needs an existing contact and a name or an email', async () => {
    const unknown = await billy(sandbox(), 'POST', '/contactPersons', { body: { contactPerson: { contactId: 'NoSuchContact000000000', name: 'X' } } });
    expect(unknown.body.validationErrors.contactPerson.attributes).toHaveProperty('contactId');
    const nameless = await billy(sandbox(), 'POST', '/contactPersons', { body: { contactPerson: { contactId: ids.acme } } });
    expect(nameless.body.validationErrors.contactPerson.attributes).toEqual({ name: 'or email is required' });
  });

  test('a person cannot move to another contact', async () => {
    const { body } = await billy(sandbox(), 'PUT', `/contactPersons/${ids.acmePerson}`, { body: { contactPerson: { contactId: ids.nordic } } });
    expect(body.validationErrors.contactPerson.attributes).toHaveProperty('contactId');
  });
});
