import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { RunSummary } from '../../../../contracts';
import { formatDuration } from '../../utils/duration';
import { runLogPath } from '../Settings/bulk/LastRunSummary';
import { triggerLabels } from '../Settings/bulk/messages';
import { runsMessages } from './messages';
import { RunStatusBadge } from './RunStatusBadge';
import { runTotals } from '../../utils/runTotals';

/** The runs, newest first: click a row to open its records. */
export const RunsTable = ({ runs }: { runs: RunSummary[] }) => {
  const { formatMessage, formatDate, locale } = useIntl();
  const navigate = useNavigate();
  const header = (text: string) => (
    <Th>
      <Typography variant="sigma">{text}</Typography>
    </Th>
  );
  return (
    <Table colCount={6} rowCount={runs.length + 1} data-testid="billy-runs-table">
      <Thead>
        <Tr>
          {header(formatMessage(runsMessages.id))}
          {header(formatMessage(runsMessages.trigger))}
          {header(formatMessage(runsMessages.startedAt))}
          {header(formatMessage(runsMessages.duration))}
          {header(formatMessage(runsMessages.status))}
          {header(formatMessage(runsMessages.counts))}
        </Tr>
      </Thead>
      <Tbody>
        {runs.map((run) => {
          const totals = runTotals(run);
          return (
            <Tr key={run.id} onClick={() => navigate(runLogPath(run.id))} style={{ cursor: 'pointer' }} data-testid="billy-run-row" data-run-id={run.id}>
              <Td>
                <Flex gap={2}>
                  <Typography fontWeight="bold">#{run.id}</Typography>
                  {run.dryRun && <Badge>{formatMessage(runsMessages.dryRun)}</Badge>}
                </Flex>
              </Td>
              <Td><Typography>{formatMessage(triggerLabels[run.trigger])}</Typography></Td>
              <Td><Typography>{formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'medium' })}</Typography></Td>
              <Td><Typography>{formatDuration(run.startedAt, run.finishedAt, locale)}</Typography></Td>
              <Td><RunStatusBadge status={run.status} /></Td>
              <Td>
                <Typography data-testid="billy-run-counts">
                  {totals.created} · {totals.updated} · {totals.skipped} ·{' '}
                  <Typography textColor={totals.failed > 0 ? 'danger600' : undefined}>{totals.failed}</Typography>
                </Typography>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
