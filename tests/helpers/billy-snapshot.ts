import type { SandboxState } from '../../sandbox/src';

const byText = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

/**
 * The sandbox's records without what differs between two equally correct runs (ids, numbers Billy
 * hands out in arrival order, generated keys, timestamps): two runs that synced the same data to
 * Billy give equal snapshots.
 */
export const billySnapshot = (state: SandboxState) => {
  const contactName = new Map(state.contacts.map((contact) => [contact.id, contact.name]));
  const productName = new Map(state.products.map((product) => [product.id, product.name]));
  const contacts = state.contacts
    .map((contact) => ({
      name: contact.name,
      type: contact.type,
      countryId: contact.countryId,
      isArchived: contact.isArchived,
      persons: state.contactPersons
        .filter((person) => person.contactId === contact.id)
        .map(({ name, email, isPrimary }) => ({ name, email, isPrimary }))
        .sort(byText((person) => `${person.email}`)),
    }))
    .sort(byText((contact) => contact.name));
  const products = state.products
    .map((product) => ({
      name: product.name,
      description: product.description,
      prices: state.productPrices.filter((price) => price.productId === product.id).map(({ currencyId, unitPrice }) => ({ currencyId, unitPrice })),
    }))
    .sort(byText((product) => product.name));
  const invoices = state.invoices
    .map((invoice) => ({
      contact: contactName.get(invoice.contactId),
      type: invoice.type,
      state: invoice.state,
      entryDate: invoice.entryDate,
      grossAmount: invoice.grossAmount,
      lines: state.invoiceLines
        .filter((line) => line.invoiceId === invoice.id)
        .sort((a, b) => a.priority - b.priority)
        .map((line) => ({ product: productName.get(line.productId), description: line.description, quantity: line.quantity, unitPrice: line.unitPrice })),
    }))
    .sort(byText((invoice) => JSON.stringify(invoice)));
  return { contacts, products, invoices };
};
