import { Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ApiUrlView, ModuleName } from '../../../../contracts';
import { billyWebLink } from '../../utils/billyWebLink';
import { recordMessages } from './messages';

interface BillyIdLinkProps {
  module: ModuleName;
  billyId: string | null;
  billyResource: string | null;
  apiUrl: ApiUrlView | null;
}

/** The Billy id, and a link that opens the record in Billy (or in the sandbox API). */
export const BillyIdLink = ({ module, billyId, billyResource, apiUrl }: BillyIdLinkProps) => {
  const { formatMessage } = useIntl();
  if (!billyId) return <Typography variant="pi" data-testid="billy-id">—</Typography>;
  const link = billyWebLink(module, billyId, apiUrl, billyResource);
  return (
    <Flex direction="column" alignItems="flex-end" gap={1}>
      <Flex gap={2}>
        <Typography variant="pi" data-testid="billy-id">{billyId}</Typography>
        <Link href={link.href} isExternal data-testid="billy-open-link">
          {formatMessage(recordMessages.openInBilly)}
        </Link>
      </Flex>
      {link.sandbox && (
        <Typography variant="pi" textColor="neutral500">
          {formatMessage(recordMessages.sandboxLink, { host: new URL(link.href).host })}
        </Typography>
      )}
    </Flex>
  );
};
