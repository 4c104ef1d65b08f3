import { getTranslation } from '../../utils/getTranslation';
import { BillyStateCell } from './BillyStateCell';
import { EnumerationCell } from './EnumerationCell';

interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  /** missing on some columns other plugins inject */
  attribute?: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: (row: { documentId: string; [field: string]: unknown }, header: unknown, meta: { model: string }) => JSX.Element;
}

interface ListViewHookArgs {
  displayedHeaders: ListHeader[];
  layout: { options?: { billy?: { listState?: boolean } } };
}

/** An enumeration column shows its values by name; any other column stays the Content Manager's. */
const withNamedValues = (header: ListHeader): ListHeader =>
  header.attribute?.type === 'enumeration' && !header.cellFormatter
    ? { ...header, cellFormatter: (row) => <EnumerationCell value={row[header.name]} /> }
    : header;

/**
 * The Content Manager's `Admin/CM/pages/ListView/inject-column-in-table` waterfall (as the i18n
 * plugin adds its "Available in" column), on the plugin's types (their schema's
 * pluginOptions.billy.listState): a "Billy" column with each row's sync state, and enumeration
 * values by name.
 */
export const withBillyListColumns = ({ displayedHeaders, layout }: ListViewHookArgs): ListViewHookArgs => {
  if (!layout.options?.billy?.listState) return { displayedHeaders, layout };
  return {
    displayedHeaders: [
      ...displayedHeaders.map(withNamedValues),
      {
        name: 'billyState',
        label: { id: getTranslation('list.column'), defaultMessage: 'Billy' },
        attribute: { type: 'string' },
        searchable: false,
        sortable: false,
        cellFormatter: (row, _header, { model }) => <BillyStateCell uid={model} documentId={row.documentId} />,
      },
    ],
    layout,
  };
};
