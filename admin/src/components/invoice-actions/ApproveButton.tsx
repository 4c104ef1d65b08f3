import { Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useApproveInvoiceMutation } from '../../services/invoiceActionsApi';
import { ActionModal } from './ActionModal';
import { actionMessages } from './messages';
import { useActionDialog } from './useActionDialog';

export const ApproveButton = ({ documentId, currency }: { documentId: string; currency: string }) => {
  const { formatMessage } = useIntl();
  const [approve, { isLoading }] = useApproveInvoiceMutation();
  const dialog = useActionDialog('approve', currency);

  return (
    <>
      <Button fullWidth variant="default" onClick={() => dialog.open({})} data-testid="billy-approve">
        {formatMessage(actionMessages.approve)}
      </Button>
      <ActionModal
        {...dialog.modal}
        title={actionMessages.approveTitle}
        what={formatMessage(actionMessages.approveWhat)}
        working={isLoading}
        confirmLabel={actionMessages.approve}
        onConfirm={() => void dialog.confirm(({ key }) => approve({ documentId, idempotencyKey: key }).unwrap())}
        testId="billy-approve-dialog"
      />
    </>
  );
};
