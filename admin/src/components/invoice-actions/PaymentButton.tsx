import { Button, Checkbox, Field, NumberInput, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { InvoiceActionsView } from '../../../../contracts';
import { useRegisterPaymentMutation } from '../../services/invoiceActionsApi';
import { ActionModal, errorText, newIdempotencyKey } from './ActionModal';
import { actionMessages } from './messages';

interface Draft {
  key: string;
  amount: number | undefined;
  paidOn: string;
  accountId: string;
  confirmOverpayment: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

export const PaymentButton = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatNumber } = useIntl();
  const { toggleNotification } = useNotification();
  const [pay, { isLoading }] = useRegisterPaymentMutation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const balance = invoice.balance ?? 0;
  const overpaid = draft?.amount !== undefined && draft.amount > balance + 0.005;

  const open = () => {
    setError(null);
    const accountId = invoice.cashAccountId ?? invoice.paymentAccounts[0]?.id ?? '';
    setDraft({ key: newIdempotencyKey(), amount: balance > 0 ? balance : undefined, paidOn: today(), accountId, confirmOverpayment: false });
  };

  const confirm = async () => {
    if (!draft || draft.amount === undefined) return;
    setError(null);
    try {
      const result = await pay({
        documentId: invoice.documentId,
        idempotencyKey: draft.key,
        amount: draft.amount,
        paidOn: draft.paidOn,
        accountId: draft.accountId || undefined,
        confirmOverpayment: draft.confirmOverpayment,
      }).unwrap();
      toggleNotification({ type: 'success', message: result.message });
      setDraft(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <>
      <Button fullWidth variant="secondary" onClick={open} data-testid="billy-pay">
        {formatMessage(actionMessages.pay)}
      </Button>
      <ActionModal
        open={draft !== null}
        onOpenChange={(isOpen) => !isOpen && setDraft(null)}
        title={actionMessages.payTitle}
        what={formatMessage(actionMessages.payWhat)}
        error={error}
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
              <NumberInput value={draft.amount} onValueChange={(amount: number | undefined) => setDraft({ ...draft, amount })} step={0.01} />
            </Field.Root>
            <Field.Root name="paidOn">
              <Field.Label>{formatMessage(actionMessages.paidOn)}</Field.Label>
              <TextInput type="date" value={draft.paidOn} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, paidOn: event.target.value })} />
            </Field.Root>
            {invoice.paymentAccounts.length === 0 ? (
              <Typography textColor="danger600">{formatMessage(actionMessages.noAccounts)}</Typography>
            ) : (
              <Field.Root name="account">
                <Field.Label>{formatMessage(actionMessages.account)}</Field.Label>
                <SingleSelect value={draft.accountId} onChange={(value) => setDraft({ ...draft, accountId: String(value) })}>
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
                onCheckedChange={(checked: boolean | 'indeterminate') => setDraft({ ...draft, confirmOverpayment: checked === true })}
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
