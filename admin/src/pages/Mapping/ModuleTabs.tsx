import { Tabs } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MODULES, type ModuleName } from '../../../../contracts';
import { moduleLabels } from '../../utils/moduleLabels';
import { errorCount, type MappingErrors } from './mappingErrors';
import { mappingMessages } from './messages';

interface ModuleTabsProps {
  value: ModuleName;
  onChange: (module: ModuleName) => void;
  errors: MappingErrors;
}

/** One tab per module; a module with server errors shows how many. */
export const ModuleTabs = ({ value, onChange, errors }: ModuleTabsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Tabs.Root value={value} onValueChange={(next) => onChange(next as ModuleName)}>
      <Tabs.List aria-label={formatMessage(mappingMessages.title)}>
        {MODULES.map((module) => {
          const count = errorCount(errors[module]);
          return (
            <Tabs.Trigger key={module} value={module} data-testid={`billy-mapping-tab-${module}`}>
              {formatMessage(moduleLabels[module])}
              {count > 0 ? ` (${count})` : ''}
            </Tabs.Trigger>
          );
        })}
      </Tabs.List>
    </Tabs.Root>
  );
};
