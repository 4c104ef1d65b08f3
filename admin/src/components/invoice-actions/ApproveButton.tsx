import { Button } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useApproveInvoiceMutation } from '../../services/invoiceActionsApi';
import { ActionModal, errorText, newIdempotencyKey } from './ActionModal';
import { actionMessages } from './messages';

export const ApproveButton = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [approve, { isLoading }] = useApproveInvoiceMutation();
  const [dialog, setDialog] = useState<{ key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (!dialog) return;
    setError(null);
    try {
      const result = await approve({ documentId, idempotencyKey: dialog.key }).unwrap();
      toggleNotification({ type: 'success', message: result.message });
      setDialog(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <>
      <Button fullWidth variant="default" onClick={() => setDialog({ key: newIdempotencyKey() })} data-testid="billy-approve">
        {formatMessage(actionMessages.approve)}
      </Button>
      <ActionModal
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        title={actionMessages.approveTitle}
        what={formatMessage(actionMessages.approveWhat)}
        error={error}
        working={isLoading}
        confirmLabel={actionMessages.approve}
        onConfirm={() => void confirm()}
        testId="billy-approve-dialog"
      />
    </>
  );
};
