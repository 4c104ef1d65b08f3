import { Typography } from '@strapi/design-system';
import { useGetRecordStatesQuery } from '../../services/billyApi';
import { SyncStateBadge } from '../SyncStateBadge';
import { usePageBatch } from './pageBatch';

/** A list view row's Billy state, asked for with the rest of its page in one request. */
export const BillyStateCell = ({ uid, documentId }: { uid: string; documentId: string }) => {
  const batch = usePageBatch(uid, documentId);
  // Without sync.read the server refuses the batch, and the cells stay empty.
  const { data } = useGetRecordStatesQuery({ uid, documentIds: batch ?? [] }, { skip: !batch, refetchOnMountOrArgChange: true });
  const state = data?.[documentId];
  if (!state) return <Typography textColor="neutral600">-</Typography>;
  return (
    <span data-testid="billy-list-state" data-state={state}>
      <SyncStateBadge state={state} />
    </span>
  );
};
