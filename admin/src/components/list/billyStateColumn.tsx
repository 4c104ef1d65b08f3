import { getTranslation } from '../../utils/getTranslation';
import { BillyStateCell } from './BillyStateCell';

interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: (row: { documentId: string }, header: unknown, meta: { model: string }) => JSX.Element;
}

interface ListViewHookArgs {
  displayedHeaders: ListHeader[];
  layout: { options?: { billy?: { listState?: boolean } } };
}

/**
 * The Content Manager's `Admin/CM/pages/ListView/inject-column-in-table` waterfall (as the i18n
 * plugin adds its "Available in" column): a "Billy" column on the types whose schema asks for it
 * (pluginOptions.billy.listState), showing each row's sync state.
 */
export const addBillyStateColumn = ({ displayedHeaders, layout }: ListViewHookArgs): ListViewHookArgs => {
  if (!layout.options?.billy?.listState) return { displayedHeaders, layout };
  return {
    displayedHeaders: [
      ...displayedHeaders,
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
