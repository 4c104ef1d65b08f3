import { Button, Checkbox, Field, NumberInput, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { InvoiceActionsView } from '../../../../contracts';
import { useRegisterPaymentMutation } from '../../services/invoiceActionsApi';
import { ActionModal } from './ActionModal';
import { actionMessages } from './messages';
import { useActionDialog } from './useActionDialog';

interface Draft {
  amount: number | undefined;
  paidOn: string;
  accountId: string;
  confirmOverpayment: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

export const PaymentButton = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatNumber } = useIntl();
  const [pay, { isLoading }] = useRegisterPaymentMutation();
  const dialog = useActionDialog<Draft>('payment', invoice.currency);
  const { draft, edit } = dialog;
  const balance = invoice.balance ?? 0;
  const overpaid = draft?.amount !== undefined && draft.amount > balance + 0.005;

  const open = () =>
    dialog.open({ amount: balance > 0 ? balance : undefined, paidOn: today(), accountId: invoice.cashAccountId ?? invoice.paymentAccounts[0]?.id ?? '', confirmOverpayment: false });

  const confirm = () =>
    dialog.confirm(({ key, amount, paidOn, accountId, confirmOverpayment }) =>
      pay({ documentId: invoice.documentId, idempotencyKey: key, amount: amount ?? 0, paidOn, accountId: accountId || undefined, confirmOverpayment }).unwrap()
    );

  return (
    <>
      <Button fullWidth variant="secondary" onClick={open} data-testid="billy-pay">
        {formatMessage(actionMessages.pay)}
      </Button>
      <ActionModal
        {...dialog.modal}
        title={actionMessages.payTitle}
        what={formatMessage(actionMessages.payWhat)}
        working={isLoading}
        confirmLabel={actionMessages.pay}
        confirmDisabled={!draft?.amount || !draft.accountId || (overpaid && !draft.confirmOverpayment)}
        onConfirm={() => void confirm()}
        testId="billy-pay-dialog"
      >
        {draft && (
          <>
            <Field.Root name="amount">
              <Field.Label>{formatMessage(actionMessages.amount, { currency: invoice.currency })}</Field.Label>
              <NumberInput value={draft.amount} onValueChange={(amount: number | undefined) => edit({ amount })} step={0.01} />
            </Field.Root>
            <Field.Root name="paidOn">
              <Field.Label>{formatMessage(actionMessages.paidOn)}</Field.Label>
              <TextInput type="date" value={draft.paidOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => edit({ paidOn: event.target.value })} />
            </Field.Root>
            {invoice.paymentAccounts.length === 0 ? (
              <Typography textColor="danger600">{formatMessage(actionMessages.noAccounts)}</Typography>
            ) : (
              <Field.Root name="account">
                <Field.Label>{formatMessage(actionMessages.account)}</Field.Label>
                <SingleSelect value={draft.accountId} onChange={(value) => edit({ accountId: String(value) })}>
                  {invoice.paymentAccounts.map((account) => (
                    <SingleSelectOption key={account.id} value={account.id}>
                      {account.accountNo ? `${account.accountNo} ${account.name}` : account.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            )}
            {overpaid && (
              <Checkbox
                checked={draft.confirmOverpayment}
                onCheckedChange={(checked: boolean | 'indeterminate') => edit({ confirmOverpayment: checked === true })}
                data-testid="billy-pay-overpayment"
              >
                {formatMessage(actionMessages.overpayment, { balance: formatNumber(balance, { style: 'currency', currency: invoice.currency }) })}
              </Checkbox>
            )}
          </>
        )}
      </ActionModal>
    </>
  );
};
