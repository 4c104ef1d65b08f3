import { Button, Field, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { InvoiceActionsView } from '../../../../contracts';
import { useSendInvoiceMutation } from '../../services/invoiceActionsApi';
import { ActionModal } from './ActionModal';
import { actionMessages } from './messages';
import { useActionDialog } from './useActionDialog';

interface Draft {
  contactPersonId: string;
  subject: string;
  body: string;
}

export const SendButton = ({ invoice, canApprove }: { invoice: InvoiceActionsView; canApprove: boolean }) => {
  const { formatMessage } = useIntl();
  const [send, { isLoading }] = useSendInvoiceMutation();
  const dialog = useActionDialog<Draft>('send', invoice.currency);
  const { draft, edit } = dialog;
  const recipients = invoice.contactPersons.filter((person) => person.email);
  const isDraft = invoice.state !== 'approved';

  const open = () => {
    const primary = recipients.find((person) => person.isPrimary) ?? recipients[0];
    dialog.open({ contactPersonId: primary?.id ?? '', subject: invoice.email.subject, body: invoice.email.body });
  };

  const confirm = (approveFirst: boolean) =>
    dialog.confirm(({ key, contactPersonId, subject, body }) =>
      send({ documentId: invoice.documentId, idempotencyKey: key, contactPersonId: contactPersonId || undefined, subject, body, approveFirst }).unwrap()
    );

  return (
    <>
      <Button fullWidth variant="secondary" onClick={open} data-testid="billy-send">
        {formatMessage(actionMessages.send)}
      </Button>
      <ActionModal
        {...dialog.modal}
        title={actionMessages.sendTitle}
        what={formatMessage(actionMessages.sendWhat)}
        working={isLoading}
        confirmLabel={actionMessages.send}
        confirmDisabled={isDraft || recipients.length === 0}
        onConfirm={() => void confirm(false)}
        extraAction={
          isDraft && canApprove && recipients.length > 0 ? (
            <Button variant="secondary" onClick={() => void confirm(true)} disabled={isLoading} data-testid="billy-send-dialog-approve-and-send">
              {formatMessage(actionMessages.approveAndSend)}
            </Button>
          ) : null
        }
        testId="billy-send-dialog"
      >
        {isDraft && <Typography textColor="warning600">{formatMessage(actionMessages.sendDraft)}</Typography>}
        {recipients.length === 0 ? (
          <Typography textColor="danger600" data-testid="billy-send-no-recipient">
            {formatMessage(actionMessages.noRecipient)}
          </Typography>
        ) : (
          draft && (
            <>
              <Field.Root name="recipient">
                <Field.Label>{formatMessage(actionMessages.recipient)}</Field.Label>
                <SingleSelect value={draft.contactPersonId} onChange={(value) => edit({ contactPersonId: String(value) })}>
                  {recipients.map((person) => (
                    <SingleSelectOption key={person.id} value={person.id}>
                      {person.name ? `${person.name} <${person.email}>` : person.email}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root name="subject">
                <Field.Label>{formatMessage(actionMessages.subject)}</Field.Label>
                <TextInput name="subject" value={draft.subject} onChange={(event: React.ChangeEvent<HTMLInputElement>) => edit({ subject: event.target.value })} />
              </Field.Root>
              <Field.Root name="body">
                <Field.Label>{formatMessage(actionMessages.body)}</Field.Label>
                <Textarea name="body" value={draft.body} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => edit({ body: event.target.value })} />
              </Field.Root>
            </>
          )
        )}
      </ActionModal>
    </>
  );
};
