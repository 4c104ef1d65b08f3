import { IconButton, Td, Tr } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { FIELD_DIRECTIONS, type FieldMappingPair, type FieldTransform } from '../../../../contracts';
import type { PairPart } from './mappingErrors';
import { directionLabels, mappingMessages, transformLabels } from './messages';
import { PairSelect, type PairOption } from './PairSelect';

const NO_TRANSFORM = 'none';

interface MappingRowProps {
  index: number;
  pair: FieldMappingPair;
  strapiOptions: PairOption[];
  billyOptions: PairOption[];
  transforms: FieldTransform[];
  errors: Partial<Record<PairPart, string>> | undefined;
  readOnly: boolean;
  onChange: (changes: Partial<FieldMappingPair>) => void;
  onRemove: () => void;
}

/** One field pair: Strapi field, Billy field, direction, transform, and a remove button. */
export const MappingRow = ({ index, pair, strapiOptions, billyOptions, transforms, errors, readOnly, onChange, onRemove }: MappingRowProps) => {
  const { formatMessage } = useIntl();
  const row = index + 1;
  const cellLabel = (column: string) => formatMessage(mappingMessages.rowLabel, { column, row });
  const name = (part: PairPart) => `mapping-${index}-${part}`;
  const directionOptions = FIELD_DIRECTIONS.map((value) => ({ value, label: formatMessage(directionLabels[value]) }));
  const transformOptions = [
    { value: NO_TRANSFORM, label: formatMessage(mappingMessages.noTransform) },
    ...transforms.map((value) => ({ value, label: transformLabels[value] ? formatMessage(transformLabels[value]) : value })),
  ];
  const invalid = Boolean(errors && Object.keys(errors).length > 0);
  return (
    <Tr data-testid={`billy-mapping-row-${index}`} data-invalid={String(invalid)} data-strapi-field={pair.strapiField} data-billy-field={pair.billyField}>
      <Td>
        <PairSelect
          label={cellLabel(formatMessage(mappingMessages.strapiField))}
          name={name('strapiField')}
          value={pair.strapiField}
          options={strapiOptions}
          placeholder={formatMessage(mappingMessages.choose)}
          error={errors?.strapiField}
          disabled={readOnly}
          onChange={(strapiField) => onChange({ strapiField })}
        />
      </Td>
      <Td>
        <PairSelect
          label={cellLabel(formatMessage(mappingMessages.billyField))}
          name={name('billyField')}
          value={pair.billyField}
          options={billyOptions}
          placeholder={formatMessage(mappingMessages.choose)}
          error={errors?.billyField}
          disabled={readOnly}
          onChange={(billyField) => onChange({ billyField })}
        />
      </Td>
      <Td>
        <PairSelect
          label={cellLabel(formatMessage(mappingMessages.direction))}
          name={name('direction')}
          value={pair.direction}
          options={directionOptions}
          error={errors?.direction}
          disabled={readOnly}
          onChange={(direction) => onChange({ direction: direction as FieldMappingPair['direction'] })}
        />
      </Td>
      <Td>
        <PairSelect
          label={cellLabel(formatMessage(mappingMessages.transform))}
          name={name('transform')}
          value={pair.transform ?? NO_TRANSFORM}
          options={transformOptions}
          error={errors?.transform}
          disabled={readOnly}
          onChange={(transform) => onChange({ transform: transform === NO_TRANSFORM ? undefined : (transform as FieldTransform) })}
        />
      </Td>
      <Td>
        {!readOnly && (
          <IconButton label={formatMessage(mappingMessages.removeRow, { row })} variant="ghost" onClick={onRemove} data-testid={`billy-mapping-remove-${index}`}>
            <Trash />
          </IconButton>
        )}
      </Td>
    </Tr>
  );
};
