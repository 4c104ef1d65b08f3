import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordOutcome } from '../../../../contracts';
import { outcomeLabels } from './messages';

const tone: Record<RecordOutcome, { background: string; text: string }> = {
  created: { background: 'success100', text: 'success700' },
  updated: { background: 'primary100', text: 'primary700' },
  skipped: { background: 'neutral150', text: 'neutral600' },
  failed: { background: 'danger100', text: 'danger700' },
  archived: { background: 'neutral150', text: 'neutral700' },
};

/** One record's outcome in a run (created, updated, unchanged, failed…). */
export const OutcomeBadge = ({ outcome }: { outcome: RecordOutcome }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge backgroundColor={tone[outcome].background} textColor={tone[outcome].text} data-outcome={outcome}>
      {formatMessage(outcomeLabels[outcome])}
    </Badge>
  );
};
