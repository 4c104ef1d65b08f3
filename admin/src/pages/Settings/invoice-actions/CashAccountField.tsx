import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { invoiceActionMessages as messages } from './messages';
import { accountLabel, useCashAccounts } from './useCashAccounts';

/** The select's value for "no default account" (a Billy id is never this). */
const NO_DEFAULT = 'no-default';

interface CashAccountFieldProps {
  value: string | null;
  onChange: (cashAccountId: string | null) => void;
  connected: boolean;
  error?: string;
}

/** The account a registered payment is booked on, from Billy's payment-enabled accounts. */
export const CashAccountField = ({ value, onChange, connected, error }: CashAccountFieldProps) => {
  const { formatMessage } = useIntl();
  const { accounts, loading, failure } = useCashAccounts(connected);
  const listed = value === null || accounts.some((account) => account.id === value);
  // A saved choice the list does not hold: gone from Billy, or not known without the list.
  const unlistedLabel = connected && !loading && !failure ? messages.cashAccountGone : messages.cashAccountChosenNotConnected;
  const hint = !connected
    ? formatMessage(messages.cashAccountNeedsConnection)
    : failure
      ? formatMessage(messages.cashAccountLoadFailed, { message: failure })
      : formatMessage(loading ? messages.cashAccountLoading : messages.cashAccountHint);

  return (
    <Field.Root name="cashAccountId" id="billy-cashAccountId" error={error} hint={hint}>
      <Field.Label>{formatMessage(messages.cashAccountLabel)}</Field.Label>
      <SingleSelect
        name="cashAccountId"
        value={value ?? NO_DEFAULT}
        disabled={!connected || loading}
        onChange={(selected) => onChange(selected === NO_DEFAULT ? null : String(selected))}
        data-testid="billy-field-cashAccountId"
      >
        <SingleSelectOption value={NO_DEFAULT}>{formatMessage(messages.cashAccountAsk)}</SingleSelectOption>
        {accounts.map((account) => (
          <SingleSelectOption key={account.id} value={account.id}>
            {accountLabel(account)}
          </SingleSelectOption>
        ))}
        {!listed && value && <SingleSelectOption value={value}>{formatMessage(unlistedLabel)}</SingleSelectOption>}
      </SingleSelect>
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};
