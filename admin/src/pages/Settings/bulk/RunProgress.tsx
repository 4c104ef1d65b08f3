import { Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MODULES, type ModuleName, type RunSummary } from '../../../../../contracts';
import { bulkMessages } from './messages';
import { ModuleProgress } from './ModuleProgress';

const ORDER: Array<ModuleName | 'creditNotes'> = [...MODULES, 'creditNotes'];

/** A bar per module the run counted, in dependency order. */
export const RunProgress = ({ run }: { run: RunSummary }) => {
  const { formatMessage } = useIntl();
  const modules = ORDER.filter((module) => run.counts[module]);
  if (modules.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(bulkMessages.nothingCounted)}
      </Typography>
    );
  }
  return (
    <Grid.Root gap={4}>
      {modules.map((module) => {
        const counts = run.counts[module];
        return counts ? (
          <Grid.Item key={module} col={6} s={12} direction="column" alignItems="stretch">
            <ModuleProgress module={module} counts={counts} />
          </Grid.Item>
        ) : null;
      })}
    </Grid.Root>
  );
};
