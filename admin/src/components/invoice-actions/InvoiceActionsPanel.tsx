import { Badge, Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MODULE_UIDS, type InvoiceActionsView } from '../../../../contracts';
import { useSyncPermissions } from '../../hooks/useSyncPermissions';
import { useGetInvoiceActionsQuery } from '../../services/invoiceActionsApi';
import type { EditViewContext, PanelComponent } from '../../utils/contentManager';
import { panelLoadErrorText } from './actionWording';
import { ApproveButton } from './ApproveButton';
import { CreditNoteButton } from './CreditNoteButton';
import { DownloadPdfButton } from './DownloadPdfButton';
import { actionMessages, sentStateMessages } from './messages';
import { PaymentButton } from './PaymentButton';
import { SendButton } from './SendButton';
import { useInvoiceActionPermissions } from './useInvoiceActionPermissions';

const InvoiceSummary = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatNumber } = useIntl();
  const money = (amount: number | null) => formatNumber(amount ?? 0, { style: 'currency', currency: invoice.currency });
  const sent = sentStateMessages[invoice.sentState as keyof typeof sentStateMessages];
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="billy-invoice-summary">
      <Flex gap={2} wrap="wrap">
        <Badge active={invoice.state === 'approved'} data-testid="billy-invoice-state">
          {formatMessage(invoice.state === 'approved' ? actionMessages.stateApproved : actionMessages.stateDraft)}
        </Badge>
        {invoice.isPaid && <Badge active>{formatMessage(actionMessages.paid)}</Badge>}
      </Flex>
      {sent && <Typography variant="pi" data-testid="billy-invoice-sent-state">{formatMessage(actionMessages.sentState, { state: formatMessage(sent) })}</Typography>}
      {invoice.state === 'approved' && (
        <Typography variant="pi" data-testid="billy-invoice-balance">
          {formatMessage(actionMessages.balance, { amount: money(invoice.balance), total: money(invoice.grossAmount) })}
        </Typography>
      )}
      {invoice.state === 'approved' && <BookedNote invoice={invoice} />}
    </Flex>
  );
};

/**
 * Billy owns a booked invoice's fields. Strapi 5's Content Manager can make a field read-only only
 * for every document of a type (the edit view configuration), not for one approved invoice, so the
 * panel says it plainly; the sync refuses such an edit as "needs a credit note".
 */
const BookedNote = ({ invoice }: { invoice: InvoiceActionsView }) => {
  const { formatMessage, formatDate } = useIntl();
  const note = invoice.kind === 'creditNote' ? actionMessages.bookedNoteCreditNote : actionMessages.bookedNote;
  const date = invoice.approvedTime ? formatDate(invoice.approvedTime, { dateStyle: 'long' }) : '';
  return (
    <Box background="primary100" borderColor="primary200" hasRadius padding={3} marginTop={1} data-testid="billy-invoice-booked-note">
      <Typography variant="pi" textColor="primary700">
        {formatMessage(note, { dated: date ? 'yes' : 'no', date })}
      </Typography>
    </Box>
  );
};

const PanelContent = ({ documentId }: { documentId: string }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const permissions = useInvoiceActionPermissions();
  const { data: invoice, error, isLoading } = useGetInvoiceActionsQuery(documentId);
  if (isLoading || permissions.loading) return <Loader small>{formatMessage(actionMessages.loading)}</Loader>;
  const loadError = error ? (
    <Typography textColor="danger600" data-testid="billy-invoice-actions-error">
      {panelLoadErrorText(intl, error)}
    </Typography>
  ) : null;
  // A failed re-read (after an action Billy refused, say) keeps the last state and its buttons: an
  // open dialog stays, with its refusal.
  if (!invoice) return loadError;
  if (!invoice.billyId) return <Typography variant="pi" data-testid="billy-invoice-never-synced">{formatMessage(actionMessages.neverSynced)}</Typography>;
  const approved = invoice.state === 'approved';
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="billy-invoice-actions">
      {loadError}
      <InvoiceSummary invoice={invoice} />
      {!approved && permissions.canApprove && <ApproveButton documentId={documentId} currency={invoice.currency} />}
      {invoice.kind === 'invoice' && permissions.canSend && <SendButton invoice={invoice} canApprove={permissions.canApprove} />}
      <DownloadPdfButton documentId={documentId} invoiceNo={invoice.invoiceNo} />
      {approved && invoice.kind === 'invoice' && !invoice.isPaid && permissions.canPay && <PaymentButton invoice={invoice} />}
      {approved && invoice.kind === 'invoice' && (invoice.creditableAmount ?? 0) > 0 && permissions.canApprove && <CreditNoteButton invoice={invoice} />}
      {invoice.webUrl && (
        <Link href={invoice.webUrl} isExternal data-testid="billy-invoice-open">
          {formatMessage(actionMessages.openInBilly)}
        </Link>
      )}
    </Flex>
  );
};

/**
 * Edit-view side panel of an invoice or credit note: its state in Billy and the actions on it
 * (approve, send, PDF, payment, credit note, open in Billy), each button only for those allowed.
 */
export const InvoiceActionsPanel: PanelComponent = ({ model, documentId }: EditViewContext) => {
  const { formatMessage } = useIntl();
  const permissions = useSyncPermissions();
  if (model !== MODULE_UIDS.invoices || !documentId || permissions.loading || !permissions.canRead) return null;
  return { title: formatMessage(actionMessages.title), content: <PanelContent documentId={documentId} /> };
};
