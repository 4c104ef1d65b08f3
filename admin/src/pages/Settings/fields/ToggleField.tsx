import { Field, Toggle } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { messages } from '../messages';

interface ToggleFieldProps {
  name: string;
  label: MessageDescriptor;
  hint: MessageDescriptor;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on / off switch (approve invoices, sync on save). */
export const ToggleField = ({ name, label, hint, error, checked, onChange }: ToggleFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name={name} id={`billy-${name}`} error={error} hint={formatMessage(hint)}>
      <Field.Label>{formatMessage(label)}</Field.Label>
      <Toggle
        name={name}
        checked={checked}
        onLabel={formatMessage(messages.on)}
        offLabel={formatMessage(messages.off)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};
