import { Button, Field, Flex, NumberInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { MODULE_UIDS, type InvoiceActionsView } from '../../../../contracts';
import { useCreditInvoiceMutation } from '../../services/invoiceActionsApi';
import { ActionModal } from './ActionModal';
import { actionMessages } from './messages';
import { useActionDialog } from './useActionDialog';

interface Draft {
  /** quantity to credit by line position; 0 leaves the line out */
  quantities: number[];
}

export const CreditNoteButton = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatNumber } = useIntl();
  const navigate = useNavigate();
  const [credit, { isLoading }] = useCreditInvoiceMutation();
  const dialog = useActionDialog<Draft>('creditNote', invoice.currency);
  const { draft, edit } = dialog;

  const open = () => dialog.open({ quantities: invoice.lines.map((line) => line.quantity) });

  const confirm = async () => {
    const result = await dialog.confirm(({ key, quantities }) =>
      credit({ documentId: invoice.documentId, idempotencyKey: key, lines: quantities.flatMap((quantity, index) => (quantity > 0 ? [{ index, quantity }] : [])) }).unwrap()
    );
    // Opens the new credit note, where "Approve in Billy" books it.
    if (result?.creditNoteDocumentId) navigate(`/content-manager/collection-types/${MODULE_UIDS.invoices}/${result.creditNoteDocumentId}`);
  };

  const creditable = formatNumber(invoice.creditableAmount ?? 0, { style: 'currency', currency: invoice.currency });
  return (
    <>
      <Button fullWidth variant="tertiary" onClick={open} data-testid="billy-credit-note">
        {formatMessage(actionMessages.creditNote)}
      </Button>
      <ActionModal
        {...dialog.modal}
        title={actionMessages.creditTitle}
        what={formatMessage(actionMessages.creditWhat, { amount: creditable })}
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
                    edit({ quantities: draft.quantities.map((old, index) => (index === line.index ? Math.min(Math.max(quantity ?? 0, 0), line.quantity) : old)) })
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
