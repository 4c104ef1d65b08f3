import { Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { MODULE_UIDS, type RunRecordEntry } from '../../../../contracts';
import { OutcomeBadge } from '../../components/record/OutcomeBadge';
import { recordMessages } from '../../components/record/messages';
import { moduleLabels } from '../../utils/moduleLabels';
import { failureWording, fieldLabel, reasonTitle } from '../../utils/failures';
import { reasonLabel } from '../../utils/reasons';
import { runsMessages } from './messages';
import { RetryCell } from './RetryCell';
import type { RetryResults } from './useRetryFailed';

interface RunRecordsTableProps {
  records: RunRecordEntry[];
  retryResults: RetryResults;
}

const editViewPath = (record: RunRecordEntry) => `/content-manager/collection-types/${MODULE_UIDS[record.module]}/${record.documentId}`;

/** One run's records: module, record, Billy id, direction, outcome, reason and message (and a retry's result). */
export const RunRecordsTable = ({ records, retryResults }: RunRecordsTableProps) => {
  const { formatMessage } = useIntl();
  const label = (field: string) => {
    const text = fieldLabel(field);
    return typeof text === 'string' ? text : formatMessage(text);
  };
  const withRetry = Object.keys(retryResults).length > 0;
  const header = (text: string) => (
    <Th>
      <Typography variant="sigma">{text}</Typography>
    </Th>
  );
  return (
    <Table colCount={withRetry ? 8 : 7} rowCount={records.length + 1} data-testid="billy-run-records">
      <Thead>
        <Tr>
          {header(formatMessage(runsMessages.module))}
          {header(formatMessage(runsMessages.record))}
          {header(formatMessage(runsMessages.billyId))}
          {header(formatMessage(runsMessages.direction))}
          {header(formatMessage(runsMessages.outcome))}
          {header(formatMessage(runsMessages.reason))}
          {header(formatMessage(runsMessages.message))}
          {withRetry && header(formatMessage(runsMessages.retry))}
        </Tr>
      </Thead>
      <Tbody>
        {records.map((record, index) => {
          const failed = record.outcome === 'failed';
          const reason = failed ? reasonTitle(record.reason) : record.reason ? reasonLabel(record.reason) : null;
          const wording = failed ? failureWording(record, label) : null;
          // Billy's own words only where they say what was refused and no Strapi field could be named.
          const billyWords = failed && record.reason === 'validation' && !record.fields?.length ? record.message : null;
          return (
            <Tr
              key={`${record.module}-${record.documentId ?? record.billyId ?? ''}-${index}`}
              data-testid="billy-run-record"
              data-module={record.module}
              data-document-id={record.documentId ?? ''}
              data-outcome={record.outcome}
              data-reason={record.reason ?? ''}
            >
              <Td><Typography>{formatMessage(moduleLabels[record.module])}</Typography></Td>
              <Td>
                {record.documentId ? (
                  <Link tag={NavLink} to={editViewPath(record)} data-testid="billy-run-record-link">
                    {record.label ?? formatMessage(runsMessages.unnamedRecord)}
                  </Link>
                ) : (
                  <Typography textColor="neutral600">{record.label ?? '—'}</Typography>
                )}
              </Td>
              <Td><Typography variant="pi">{record.billyId ?? '—'}</Typography></Td>
              <Td>
                <Typography variant="pi">{formatMessage(record.direction === 'toBilly' ? recordMessages.toBilly : recordMessages.fromBilly)}</Typography>
              </Td>
              <Td><OutcomeBadge outcome={record.outcome} /></Td>
              <Td><Typography variant="pi">{reason ? formatMessage(reason) : ''}</Typography></Td>
              <Td style={{ whiteSpace: 'normal', minWidth: '24rem', maxWidth: '40rem' }}>
                <Typography variant="pi" textColor="neutral700" data-testid="billy-run-record-message">
                  {wording ? formatMessage(wording.descriptor, wording.values) : ''}
                </Typography>
                {billyWords && (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {formatMessage(recordMessages.billySays, { message: billyWords })}
                  </Typography>
                )}
              </Td>
              {withRetry && <Td>{record.documentId && <RetryCell result={retryResults[record.documentId]} />}</Td>}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
