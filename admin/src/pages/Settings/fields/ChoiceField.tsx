import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';

interface ChoiceFieldProps<Value extends string> {
  name: string;
  label: MessageDescriptor;
  hint?: MessageDescriptor;
  /** Shown under the field in place of the hint (a server validation message). */
  error?: string;
  required?: boolean;
  placeholder?: MessageDescriptor;
  value: Value | null;
  /** Every value the field offers, with its label, in display order. */
  options: Record<Value, MessageDescriptor>;
  onChange: (value: Value) => void;
  disabled?: boolean;
  children?: ReactNode;
}

/** A labelled single select over a fixed set of values (sync mode, direction, priority, …). */
export const ChoiceField = <Value extends string>({
  name,
  label,
  hint,
  error,
  required,
  placeholder,
  value,
  options,
  onChange,
  disabled,
  children,
}: ChoiceFieldProps<Value>) => {
  const { formatMessage } = useIntl();
  const values = Object.keys(options) as Value[];
  return (
    <Field.Root name={name} id={`billy-${name}`} error={error} hint={hint ? formatMessage(hint) : undefined} required={required}>
      <Field.Label>{formatMessage(label)}</Field.Label>
      <SingleSelect
        name={name}
        value={value ?? undefined}
        placeholder={placeholder ? formatMessage(placeholder) : undefined}
        onChange={(selected) => onChange(String(selected) as Value)}
        disabled={disabled}
        data-testid={`billy-field-${name}`}
      >
        {values.map((option) => (
          <SingleSelectOption key={option} value={option}>
            {formatMessage(options[option])}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
      <Field.Hint />
      {children}
    </Field.Root>
  );
};
