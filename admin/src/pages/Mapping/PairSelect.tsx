import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

export interface PairOption {
  value: string;
  label: string;
}

interface PairSelectProps {
  /** Accessible name, e.g. "Billy field, row 3". */
  label: string;
  name: string;
  value: string;
  options: PairOption[];
  placeholder?: string;
  error?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** One cell of a mapping row: a select with the server's message for that part of the pair under it. */
export const PairSelect = ({ label, name, value, options, placeholder, error, disabled, onChange }: PairSelectProps) => (
  <Field.Root name={name} error={error}>
    <SingleSelect
      aria-label={label}
      name={name}
      size="S"
      value={value === '' ? undefined : value}
      placeholder={placeholder}
      disabled={disabled}
      onChange={(selected) => onChange(String(selected))}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Error />
  </Field.Root>
);
