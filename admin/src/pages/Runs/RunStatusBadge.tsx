import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RunStatus } from '../../../../contracts';
import { runStatusLabels } from '../Settings/messages';

const tone: Record<RunStatus, { background: string; text: string }> = {
  running: { background: 'primary100', text: 'primary700' },
  succeeded: { background: 'success100', text: 'success700' },
  partial: { background: 'warning100', text: 'warning700' },
  failed: { background: 'danger100', text: 'danger700' },
  interrupted: { background: 'neutral150', text: 'neutral700' },
};

export const RunStatusBadge = ({ status }: { status: RunStatus }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge backgroundColor={tone[status].background} textColor={tone[status].text} data-status={status}>
      {formatMessage(runStatusLabels[status])}
    </Badge>
  );
};
