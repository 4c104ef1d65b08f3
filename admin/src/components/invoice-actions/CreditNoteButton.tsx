import { Button, Field, Flex, NumberInput } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { MODULE_UIDS, type InvoiceActionsView } from '../../../../contracts';
import { useCreditInvoiceMutation } from '../../services/invoiceActionsApi';
import { ActionModal, errorText, newIdempotencyKey } from './ActionModal';
import { actionMessages } from './messages';

interface Draft {
  key: string;
  /** quantity to credit by line position; 0 leaves the line out */
  quantities: number[];
}

export const CreditNoteButton = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatNumber } = useIntl();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [credit, { isLoading }] = useCreditInvoiceMutation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = () => {
    setError(null);
    setDraft({ key: newIdempotencyKey(), quantities: invoice.lines.map((line) => line.quantity) });
  };

  const confirm = async () => {
    if (!draft) return;
    setError(null);
    const lines = draft.quantities.flatMap((quantity, index) => (quantity > 0 ? [{ index, quantity }] : []));
    try {
      const result = await credit({ documentId: invoice.documentId, idempotencyKey: draft.key, lines }).unwrap();
      toggleNotification({ type: 'success', message: result.message });
      setDraft(null);
      // Opens the new credit note, where "Approve in Billy" books it.
      if (result.creditNoteDocumentId) navigate(`/content-manager/collection-types/${MODULE_UIDS.invoices}/${result.creditNoteDocumentId}`);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const creditable = formatNumber(invoice.creditableAmount ?? 0, { style: 'currency', currency: invoice.currency });
  return (
    <>
      <Button fullWidth variant="tertiary" onClick={open} data-testid="billy-credit-note">
        {formatMessage(actionMessages.creditNote)}
      </Button>
      <ActionModal
        open={draft !== null}
        onOpenChange={(isOpen) => !isOpen && setDraft(null)}
        title={actionMessages.creditTitle}
        what={formatMessage(actionMessages.creditWhat, { amount: creditable })}
        error={error}
        working={isLoading}
        confirmLabel={actionMessages.creditNote}
        confirmDisabled={!draft?.quantities.some((quantity) => quantity > 0)}
        onConfirm={() => void confirm()}
        testId="billy-credit-dialog"
      >
        {draft && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            {invoice.lines.map((line) => (
              <Field.Root key={line.index} name={`line-${line.index}`}>
                <Field.Label>{formatMessage(actionMessages.creditLine, { description: line.description ?? `#${line.index + 1}`, quantity: line.quantity })}</Field.Label>
                <NumberInput
                  value={draft.quantities[line.index]}
                  onValueChange={(quantity: number | undefined) =>
                    setDraft({ ...draft, quantities: draft.quantities.map((old, index) => (index === line.index ? Math.min(Math.max(quantity ?? 0, 0), line.quantity) : old)) })
                  }
                  data-testid={`billy-credit-line-${line.index}`}
                />
              </Field.Root>
            ))}
          </Flex>
        )}
      </ActionModal>
    </>
  );
};
