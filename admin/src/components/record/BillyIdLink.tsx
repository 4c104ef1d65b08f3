import { Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MODULE_UIDS, type ModuleName } from '../../../../contracts';
import { useGetWebLinkQuery } from '../../services/invoiceActionsApi';
import { recordMessages } from './messages';

interface BillyIdLinkProps {
  module: ModuleName;
  documentId: string;
  billyId: string | null;
}

/**
 * The Billy id, and a link that opens the record in Billy's web app. The server builds the link
 * from the organization's web-app address; when it answers none (address unknown, or a record with
 * no page of its own), there is no link rather than a wrong one.
 */
export const BillyIdLink = ({ module, documentId, billyId }: BillyIdLinkProps) => {
  const { formatMessage } = useIntl();
  // Asked again on each mount: a sync elsewhere (on save, the schedule) may have just linked the record.
  const { data: href } = useGetWebLinkQuery({ uid: MODULE_UIDS[module], documentId }, { skip: !billyId, refetchOnMountOrArgChange: true });
  if (!billyId) return <Typography variant="pi" data-testid="billy-id">—</Typography>;
  return (
    <Flex gap={2} wrap="wrap" justifyContent="flex-end">
      <Typography variant="pi" data-testid="billy-id">{billyId}</Typography>
      {href && (
        // Kept on one line: in the narrow side panel it goes under the id rather than breaking.
        <Link href={href} isExternal data-testid="billy-open-link" style={{ whiteSpace: 'nowrap' }}>
          {formatMessage(recordMessages.openInBilly)}
        </Link>
      )}
    </Flex>
  );
};
