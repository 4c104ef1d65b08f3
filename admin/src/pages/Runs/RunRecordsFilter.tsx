import { Tabs } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { runsMessages } from './messages';

export type RecordFilter = 'all' | 'failed';

interface RunRecordsFilterProps {
  value: RecordFilter;
  onChange: (value: RecordFilter) => void;
  total: number;
  failed: number;
}

/** All records, or only the failures. */
export const RunRecordsFilter = ({ value, onChange, total, failed }: RunRecordsFilterProps) => {
  const { formatMessage } = useIntl();
  return (
    <Tabs.Root value={value} onValueChange={(next) => onChange(next === 'failed' ? 'failed' : 'all')}>
      <Tabs.List aria-label={formatMessage(runsMessages.filterLabel)}>
        <Tabs.Trigger value="all" data-testid="billy-filter-all">
          {formatMessage(runsMessages.filterAll, { count: total })}
        </Tabs.Trigger>
        <Tabs.Trigger value="failed" data-testid="billy-filter-failed">
          {formatMessage(runsMessages.filterFailed, { count: failed })}
        </Tabs.Trigger>
      </Tabs.List>
    </Tabs.Root>
  );
};
