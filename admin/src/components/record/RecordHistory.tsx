import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RecordSyncStatus } from '../../../../contracts';
import { reasonTitle } from '../../utils/failures';
import { reasonLabel } from '../../utils/reasons';
import { recordMessages } from './messages';
import { OutcomeBadge } from './OutcomeBadge';

type Outcomes = NonNullable<RecordSyncStatus['lastOutcomes']>;

/** The record's latest outcomes in the run log, newest first. */
export const RecordHistory = ({ outcomes }: { outcomes: Outcomes }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="billy-record-history">
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(recordMessages.history)}
      </Typography>
      {outcomes.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(recordMessages.noHistory)}
        </Typography>
      ) : (
        <Table colCount={4} rowCount={outcomes.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{formatMessage(recordMessages.when)}</Typography></Th>
              <Th><Typography variant="sigma">{formatMessage(recordMessages.direction)}</Typography></Th>
              <Th><Typography variant="sigma">{formatMessage(recordMessages.outcome)}</Typography></Th>
              <Th><Typography variant="sigma">{formatMessage(recordMessages.details)}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {outcomes.map((entry, index) => {
              // The reason in a word; what to do is said once, in the last error above.
              const reason = entry.outcome === 'failed' ? reasonTitle(entry.reason) : entry.reason ? reasonLabel(entry.reason) : null;
              return (
                <Tr key={`${entry.runId}-${index}`} data-testid="billy-history-row">
                  <Td><Typography variant="pi">{formatDate(entry.at, { dateStyle: 'short', timeStyle: 'medium' })}</Typography></Td>
                  <Td><Typography variant="pi">{formatMessage(entry.direction === 'toBilly' ? recordMessages.toBilly : recordMessages.fromBilly)}</Typography></Td>
                  <Td><OutcomeBadge outcome={entry.outcome} /></Td>
                  <Td>
                    <Typography variant="pi" textColor="neutral600" ellipsis>
                      {reason ? formatMessage(reason) : ''}
                    </Typography>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
