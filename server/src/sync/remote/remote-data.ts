import type { BillyClient, BillyContact, BillyProduct } from '../../billy';
import { collectPages } from '../../billy/paging';
import { contactItem, contactPersonItem, invoiceItem, productItem, type RemoteItem } from './items';

/**
 * A contact Billy answered without its persons embedded (the include ignored) gets them from
 * /contactPersons?contactId=, so the persons are right whichever form Billy answers in
 * (billy-api.md §2.2). An embedded empty list is taken as it is.
 */
export const withPersons = (client: BillyClient, contacts: readonly BillyContact[]): Promise<BillyContact[]> =>
  Promise.all(
    contacts.map(async (contact) =>
      contact.contactPersons ? contact : { ...contact, contactPersons: await collectPages(client.contactPersons.iteratePages({ contactId: contact.id })) }
    )
  );

/** The same for a product's prices, from /productPrices?productId= (the prices embed is UNCONFIRMED, billy-api.md §4.3). */
export const withPrices = (client: BillyClient, products: readonly BillyProduct[]): Promise<BillyProduct[]> =>
  Promise.all(
    products.map(async (product) =>
      product.prices ? product : { ...product, prices: await collectPages(client.productPrices.iteratePages({ productId: product.id })) }
    )
  );

export const CONTACT_INCLUDE = 'contact.contactPersons:embed';
export const PRODUCT_INCLUDE = 'product.prices:embed';
export const INVOICE_INCLUDE = 'invoice.lines:embed';

/**
 * Billy's records for one run, read once by paging through the full lists (pageSize 1000) and
 * turned into items once: Billy has no changed-since filter, so every run compares everything
 * against the merge base. A full run asks for every list at its start (services/sync.ts).
 */
export class RemoteData {
  private contactsPromise: Promise<BillyContact[]> | null = null;
  private companiesPromise: Promise<RemoteItem[]> | null = null;
  private personsPromise: Promise<RemoteItem[]> | null = null;
  private productsPromise: Promise<RemoteItem[]> | null = null;
  private invoicesPromise: Promise<RemoteItem[]> | null = null;

  constructor(private readonly client: BillyClient) {}

  private contacts(): Promise<BillyContact[]> {
    this.contactsPromise ??= collectPages(this.client.contacts.iteratePages({ include: CONTACT_INCLUDE })).then((all) => withPersons(this.client, all));
    return this.contactsPromise;
  }

  companies(): Promise<RemoteItem[]> {
    this.companiesPromise ??= this.contacts().then((contacts) => contacts.filter((contact) => contact.type !== 'person').map(contactItem));
    return this.companiesPromise;
  }

  /** Private persons (contacts of type person) and the non-primary persons of companies. */
  persons(): Promise<RemoteItem[]> {
    this.personsPromise ??= this.contacts().then((contacts) => {
      const privatePersons = contacts.filter((contact) => contact.type === 'person').map(contactItem);
      const companyPersons = contacts
        .filter((contact) => contact.type !== 'person')
        .flatMap((contact) => (contact.contactPersons ?? []).filter((person) => !person.isPrimary).map((person) => contactPersonItem({ ...person, contactId: contact.id })));
      return [...privatePersons, ...companyPersons];
    });
    return this.personsPromise;
  }

  products(): Promise<RemoteItem[]> {
    this.productsPromise ??= collectPages(this.client.products.iteratePages({ include: PRODUCT_INCLUDE }))
      .then((all) => withPrices(this.client, all))
      .then((all) => all.map(productItem));
    return this.productsPromise;
  }

  invoices(): Promise<RemoteItem[]> {
    this.invoicesPromise ??= collectPages(this.client.invoices.iteratePages({ include: INVOICE_INCLUDE })).then((all) => all.map(invoiceItem));
    return this.invoicesPromise;
  }
}
