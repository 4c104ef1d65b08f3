import { Badge, Box, Button, Dialog, Flex, Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, Plus } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { FieldMappingPair, ModuleName } from '../../../../contracts';
import type { ModuleErrors } from './mappingErrors';
import { samePairs, type Catalogue } from './mappingDraft';
import { moduleLabels } from '../../utils/moduleLabels';
import { MappingRow } from './MappingRow';
import { mappingMessages } from './messages';
import type { PairOption } from './PairSelect';

interface ModuleMappingProps {
  module: ModuleName;
  catalogue: Catalogue;
  pairs: FieldMappingPair[];
  errors: ModuleErrors | undefined;
  readOnly: boolean;
  onChangeRow: (index: number, changes: Partial<FieldMappingPair>) => void;
  onAddRow: () => void;
  onRemoveRow: (index: number) => void;
  onReset: () => void;
}

/** One module's table of field pairs, with Add and Reset to default; the server's messages on their rows. */
export const ModuleMapping = ({ module, catalogue, pairs, errors, readOnly, onChangeRow, onAddRow, onRemoveRow, onReset }: ModuleMappingProps) => {
  const { formatMessage } = useIntl();
  const isDefault = samePairs(pairs, catalogue.defaults[module]);
  const strapiOptions: PairOption[] = catalogue.strapiFields[module].map((field) => ({ value: field.name, label: `${field.name} (${field.type})` }));
  const billyOptions: PairOption[] = catalogue.billyFields[module].map((field) => ({
    value: field.name,
    label: field.required
      ? formatMessage(mappingMessages.required, { name: field.name })
      : field.readOnly
        ? formatMessage(mappingMessages.readOnlyField, { name: field.name })
        : field.name,
  }));
  const header = (text: string) => (
    <Th>
      <Typography variant="sigma">{text}</Typography>
    </Th>
  );
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid={`billy-mapping-${module}`}>
      <Flex justifyContent="space-between" gap={3} wrap="wrap">
        <Badge data-testid="billy-mapping-module-mode" data-default={String(isDefault)}>
          {formatMessage(isDefault ? mappingMessages.moduleDefault : mappingMessages.moduleCustom)}
        </Badge>
        {!readOnly && (
          <Flex gap={2}>
            <Dialog.Root>
              <Dialog.Trigger>
                <Button variant="tertiary" startIcon={<ArrowClockwise />} disabled={isDefault} data-testid="billy-mapping-reset">
                  {formatMessage(mappingMessages.reset)}
                </Button>
              </Dialog.Trigger>
              <ConfirmDialog title={formatMessage(mappingMessages.resetTitle)} onConfirm={onReset} variant="danger">
                <span data-testid="billy-mapping-reset-confirm">{formatMessage(mappingMessages.resetBody, { module: formatMessage(moduleLabels[module]) })}</span>
              </ConfirmDialog>
            </Dialog.Root>
            <Button variant="secondary" startIcon={<Plus />} onClick={onAddRow} data-testid="billy-mapping-add">
              {formatMessage(mappingMessages.addRow)}
            </Button>
          </Flex>
        )}
      </Flex>
      {errors && errors.module.length > 0 && (
        <Box background="danger100" hasRadius padding={3} data-testid="billy-mapping-module-errors">
          {errors.module.map((text) => (
            <Typography key={text} tag="p" variant="pi" textColor="danger700">
              {text}
            </Typography>
          ))}
        </Box>
      )}
      {pairs.length === 0 ? (
        <Typography textColor="neutral600">{formatMessage(mappingMessages.empty)}</Typography>
      ) : (
        <Table colCount={5} rowCount={pairs.length + 1}>
          <Thead>
            <Tr>
              {header(formatMessage(mappingMessages.strapiField))}
              {header(formatMessage(mappingMessages.billyField))}
              {header(formatMessage(mappingMessages.direction))}
              {header(formatMessage(mappingMessages.transform))}
              {header(formatMessage(mappingMessages.actions))}
            </Tr>
          </Thead>
          <Tbody>
            {pairs.map((pair, index) => (
              <MappingRow
                key={index}
                index={index}
                pair={pair}
                strapiOptions={strapiOptions}
                billyOptions={billyOptions}
                transforms={catalogue.transforms}
                errors={errors?.rows[index]}
                readOnly={readOnly}
                onChange={(changes) => onChangeRow(index, changes)}
                onRemove={() => onRemoveRow(index)}
              />
            ))}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
