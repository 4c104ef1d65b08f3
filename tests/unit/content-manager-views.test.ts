import fs from 'fs';
import path from 'path';
import { COMPONENT_VIEW_UIDS, mayApplyView, pluginView, VIEW_UIDS, type ViewConfiguration } from '../../server/src/content-manager/views';

/** A configuration shaped like the one Strapi generates: attribute names as labels, four list columns. */
const strapiDefault = (attributes: string[]): ViewConfiguration => ({
  settings: { bulkable: true, filterable: true, searchable: true, pageSize: 10, mainField: attributes[0], defaultSortBy: attributes[0], defaultSortOrder: 'ASC' },
  metadatas: Object.fromEntries(
    attributes.map((name) => [
      name,
      {
        edit: { label: name, description: '', placeholder: '', visible: true, editable: true, ...(name === 'organization' ? { mainField: 'name' } : {}) },
        list: { label: name, searchable: true, sortable: true },
      },
    ])
  ),
  layouts: { list: attributes.slice(0, 4), edit: [attributes.map((name) => ({ name, size: 6 }))] },
});

const INVOICE = ['kind', 'title', 'invoiceNo', 'invoiceDate', 'organization', 'grossAmount', 'balance', 'approvalState'];

describe('the Content Manager view of the CRM types', () => {
  it('is written where nothing is stored, or the stored view is Strapi’s default or the plugin’s last write', () => {
    const generated = strapiDefault(INVOICE);
    expect(mayApplyView(null, generated, null)).toBe(true);
    expect(mayApplyView({ settings: {}, metadatas: {}, layouts: { list: [], edit: [] } }, generated, null)).toBe(true);
    // the store returns the same configuration with its own key order and uid
    const reordered = { uid: 'plugin::billy.invoice', layouts: generated.layouts, metadatas: generated.metadatas, settings: { ...generated.settings } } as ViewConfiguration;
    expect(mayApplyView(reordered, generated, null)).toBe(true);
    const ours = pluginView('plugin::billy.invoice', generated);
    expect(mayApplyView(ours, generated, ours)).toBe(true);
  });

  it('is written again after an upgrade gave the type a field, where the view is otherwise the plugin’s last write', () => {
    const before = strapiDefault(INVOICE.filter((name) => name !== 'title'));
    const ours = pluginView('plugin::billy.invoice', before);
    // what Strapi's Content Manager stores once the type has the new attribute: its metadata and a row of its own
    const synced = structuredClone(ours);
    synced.metadatas.title = { edit: { label: 'title', description: '', placeholder: '', visible: true, editable: true }, list: { label: 'title', searchable: true, sortable: true } };
    synced.layouts.edit.push([{ name: 'title', size: 6 }]);
    expect(mayApplyView(synced, strapiDefault(INVOICE), ours)).toBe(true);
    // a change of the user's besides it still keeps the view theirs
    synced.metadatas.invoiceNo.edit.label = 'Fakturanr.';
    expect(mayApplyView(synced, strapiDefault(INVOICE), ours)).toBe(false);
  });

  it('is left alone where the user changed a label, a column or the layout', () => {
    const generated = strapiDefault(INVOICE);
    const ours = pluginView('plugin::billy.invoice', generated);
    const relabelled = structuredClone(ours);
    relabelled.metadatas.invoiceNo.edit.label = 'Fakturanr.';
    expect(mayApplyView(relabelled, generated, ours)).toBe(false);
    const columns = structuredClone(generated);
    columns.layouts.list = ['invoiceNo', 'balance'];
    expect(mayApplyView(columns, generated, ours)).toBe(false);
    const pageSize = structuredClone(generated);
    pageSize.settings.pageSize = 50;
    expect(mayApplyView(pageSize, generated, null)).toBe(false);
    // without Strapi's default at hand, an unknown stored view is the user's
    expect(mayApplyView(generated, null, null)).toBe(false);
  });

  it('labels fields, makes what Billy computes read-only and keeps Strapi’s relation settings', () => {
    const view = pluginView('plugin::billy.invoice', strapiDefault(INVOICE));
    expect(view.metadatas.invoiceNo.edit).toMatchObject({ label: 'Invoice number', editable: false });
    expect(view.metadatas.grossAmount.edit).toMatchObject({ label: 'Total', editable: false });
    expect(view.metadatas.balance.list.label).toBe('Balance due');
    expect(view.metadatas.kind.edit).toMatchObject({ label: 'Type', editable: true });
    expect(view.metadatas.kind.edit.description).toContain('a credit note for an approved invoice');
    expect(view.metadatas.organization.edit).toMatchObject({ label: 'Customer (organization)', mainField: 'name' });
    // the title the plugin keeps names the invoice (number, or customer and date), and is not edited
    expect(view.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'invoiceDate', defaultSortOrder: 'DESC', pageSize: 10 });
    expect(view.metadatas.title.edit).toMatchObject({ visible: false, editable: false });
    // columns the type has, in the plugin's order; fields the type lacks are left out of both layouts
    expect(view.layouts.list).toEqual(['invoiceNo', 'organization', 'invoiceDate', 'grossAmount', 'balance', 'approvalState']);
    expect(view.layouts.edit.flat().map((field) => field.name).sort()).toEqual(INVOICE.filter((name) => name !== 'title').sort());
    // a type without the title keeps Strapi's main field
    expect(pluginView('plugin::billy.invoice', strapiDefault(['kind', 'invoiceNo'])).settings.mainField).toBe('kind');
  });

  it('keeps a field the plugin’s layout does not place in a row at the end', () => {
    const view = pluginView('plugin::billy.organization', strapiDefault(['name', 'registrationNo', 'email', 'loyaltyTier']));
    expect(view.layouts.edit.at(-1)).toEqual([{ name: 'loyaltyTier', size: 6 }]);
    expect(view.metadatas.loyaltyTier.edit.label).toBe('loyaltyTier');
    expect(view.layouts.list).toEqual(['name', 'registrationNo', 'email']);
    expect(view.metadatas.registrationNo.list.label).toBe('CVR number');
  });

  it('gives every field of the four types and their components a label of its own and a place in the edit layout', () => {
    const schemaFile = (uid: string) =>
      uid.startsWith('plugin::billy.') ? `content-types/${uid.replace('plugin::billy.', '')}/schema.json` : `components/${uid.replace('billy.', '')}.json`;
    expect(COMPONENT_VIEW_UIDS.sort()).toEqual(['billy.invoice-line', 'billy.product-price']);
    for (const uid of [...VIEW_UIDS, ...COMPONENT_VIEW_UIDS]) {
      const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../server/src', schemaFile(uid)), 'utf8')) as { attributes: Record<string, unknown> };
      const attributes = Object.keys(schema.attributes);
      const view = pluginView(uid, strapiDefault(attributes));
      const unlabelled = attributes.filter((name) => view.metadatas[name].edit.label === name);
      expect({ uid, unlabelled }).toEqual({ uid, unlabelled: [] });
      const placed = view.layouts.edit.flat().map((field) => field.name);
      const hidden = attributes.filter((name) => view.metadatas[name].edit.visible === false);
      expect({ uid, unplaced: attributes.filter((name) => !placed.includes(name) && !hidden.includes(name)) }).toEqual({ uid, unplaced: [] });
    }
  });
});
