import fs from 'fs';
import path from 'path';
import { CONTENT_MANAGER_FIELD_LABELS, CONTENT_TYPE_NAMES, ENUM_VALUE_LABELS, type Texts } from '../../contracts';
import { contentManagerMessages } from '../../admin/src/utils/contentManagerMessages';
import { COMPONENT_VIEW_UIDS, pluginView, VIEW_UIDS, type ViewConfiguration } from '../../server/src/content-manager/views';

const SERVER = path.join(__dirname, '../../server/src');

/** The schema of a CRM type (plugin::billy.invoice) or component (billy.invoice-line). */
const schemaOf = (uid: string): { attributes: Record<string, { type: string; enum?: string[] }> } => {
  const file = uid.includes('::') ? path.join(SERVER, 'content-types', uid.split('.')[1]!, 'schema.json') : path.join(SERVER, 'components', `${uid.split('.')[1]}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};

const UIDS = [...VIEW_UIDS, ...COMPONENT_VIEW_UIDS];

const hasBothTexts = (texts: Texts | undefined) => typeof texts?.en === 'string' && texts.en.length > 0 && typeof texts?.da === 'string' && texts.da.length > 0;

describe('the Content Manager labels of the CRM types', () => {
  it('give every field of the four types and their components an English and a Danish label', () => {
    expect(UIDS).toHaveLength(6);
    for (const uid of UIDS) {
      const labels = CONTENT_MANAGER_FIELD_LABELS[uid as keyof typeof CONTENT_MANAGER_FIELD_LABELS] as Record<string, Texts>;
      for (const field of Object.keys(schemaOf(uid).attributes)) expect([uid, field, hasBothTexts(labels?.[field])]).toEqual([uid, field, true]);
    }
  });

  it('are written into the view in English and registered in Danish under the ids the Content Manager looks up', () => {
    const attributes = Object.keys(schemaOf('plugin::billy.invoice').attributes);
    const base: ViewConfiguration = {
      settings: { mainField: 'id' },
      metadatas: Object.fromEntries(attributes.map((name) => [name, { edit: { label: name }, list: { label: name } }])),
      layouts: { list: [], edit: [] },
    };
    const view = pluginView('plugin::billy.invoice', base);
    expect(view.metadatas.invoiceNo!.edit.label).toBe('Invoice number');
    expect(view.metadatas.invoiceNo!.list.label).toBe('Invoice number');

    const danish = contentManagerMessages('da');
    expect(danish['content-manager.content-types.plugin::billy.invoice.invoiceNo']).toBe('Fakturanummer');
    expect(danish['content-manager.content-types.plugin::billy.organization.registrationNo']).toBe('CVR-nummer');
    // components are looked up under their own prefix (the repeatable and single component inputs)
    expect(danish['content-manager.components.billy.invoice-line.quantity']).toBe('Antal');
    const labelIds = Object.keys(danish).filter((id) => id.startsWith('content-manager.'));
    const labelCount = UIDS.reduce((count, uid) => count + Object.keys(schemaOf(uid).attributes).length, 0);
    expect(labelIds).toHaveLength(labelCount);
    // English labels are the stored ones (the plugin's, or the user's own from "Configure the view"), never overridden
    expect(Object.keys(contentManagerMessages('en')).filter((id) => id.startsWith('content-manager.'))).toHaveLength(0);
    expect(contentManagerMessages('fr')).toEqual({});
  });

  it('name the four types in Danish under their display names, the ids the menu and the list title look up', () => {
    expect(Object.keys(CONTENT_TYPE_NAMES).sort()).toEqual([...VIEW_UIDS].sort());
    const danish = contentManagerMessages('da');
    for (const [uid, names] of Object.entries(CONTENT_TYPE_NAMES)) {
      const { info } = schemaOf(uid) as unknown as { info: { displayName: string } };
      expect([uid, names.en]).toEqual([uid, info.displayName]);
      expect(danish[info.displayName]).toBe(names.da);
    }
    // the English admin shows the schema's own name
    expect(contentManagerMessages('en').Invoice).toBeUndefined();
  });

  it('name every enumeration value of the four types in English and Danish, under the bare value the Enumeration input looks up', () => {
    const values = UIDS.flatMap((uid) => Object.values(schemaOf(uid).attributes).flatMap((attribute) => (attribute.type === 'enumeration' ? (attribute.enum ?? []) : [])));
    // and only those: every text here relabels that value in every app's enumerations
    expect(Object.keys(ENUM_VALUE_LABELS).sort()).toEqual([...new Set(values)].sort());
    expect(Object.keys(ENUM_VALUE_LABELS)).toHaveLength(22);
    for (const value of values) expect([value, hasBothTexts(ENUM_VALUE_LABELS[value])]).toEqual([value, true]);
    expect(contentManagerMessages('da').creditNote).toBe('Kreditnota');
    expect(contentManagerMessages('en').netEndOfMonth).toBe('Net, end of month');
  });
});
