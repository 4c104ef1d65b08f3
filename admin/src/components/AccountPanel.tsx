import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { MODULE_UIDS, PERMISSIONS } from '../../../contracts';
import { useCustomerAccount } from '../services/overviewApi';
import type { EditViewContext, PanelComponent } from '../utils/contentManager';
import { editViewPath } from '../utils/editViewPath';
import { message } from '../utils/message';

const CUSTOMER_UIDS: string[] = [MODULE_UIDS.organizations, MODULE_UIDS.contacts];
const ACCOUNTING_ACTIONS = [{ action: PERMISSIONS.accountingRead, subject: null }];

const messages = {
  title: message('account.title', 'Account in Billy'),
  outstanding: message('account.outstanding', 'Outstanding'),
  overdue: message('account.overdue', 'Overdue'),
  nothingOpen: message('account.nothingOpen', 'Nothing open: every invoice is paid.'),
  openInvoices: message('account.openInvoices', 'Open invoices'),
  due: message('account.due', 'due {date}'),
  creditNote: message('account.creditNote', 'credit note'),
  unnumbered: message('account.unnumbered', 'Without number'),
  loadFailed: message('account.loadFailed', 'The account could not be loaded.'),
};

const AccountContent = ({ model, documentId }: { model: string; documentId: string }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const account = useCustomerAccount(model, documentId);
  if (account.isLoading) return <Loader small />;
  if (account.isError || !account.data) return <Typography textColor="danger600">{formatMessage(messages.loadFailed)}</Typography>;
  const { totals, openInvoices } = account.data;
  const money = (value: number, currency: string) => formatNumber(value, { style: 'currency', currency });
  if (totals.length === 0) {
    return (
      <Typography textColor="neutral600" data-testid="billy-account-panel" data-state="clear">
        {formatMessage(messages.nothingOpen)}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="billy-account-panel" data-state="open">
      {totals.map((total) => (
        <Flex key={total.currency} direction="column" alignItems="stretch" gap={1} data-testid="billy-account-total" data-currency={total.currency}>
          <Flex justifyContent="space-between">
            <Typography variant="omega">{formatMessage(messages.outstanding)}</Typography>
            <Typography fontWeight="bold" data-testid="billy-account-outstanding">{money(total.outstanding, total.currency)}</Typography>
          </Flex>
          <Flex justifyContent="space-between">
            <Typography variant="omega">{formatMessage(messages.overdue)}</Typography>
            <Typography fontWeight="bold" textColor={total.overdue > 0 ? 'danger600' : 'neutral800'} data-testid="billy-account-overdue">
              {money(total.overdue, total.currency)}
            </Typography>
          </Flex>
        </Flex>
      ))}
      <Box paddingTop={1}>
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage(messages.openInvoices)}
        </Typography>
      </Box>
      {openInvoices.map((invoice) => (
        <Flex key={invoice.documentId} justifyContent="space-between" gap={2} data-testid="billy-account-invoice" data-document-id={invoice.documentId}>
          <Flex direction="column" alignItems="flex-start">
            <Link tag={NavLink} to={editViewPath('invoices', invoice.documentId)} data-testid="billy-account-invoice-link">
              {invoice.invoiceNo ?? formatMessage(messages.unnumbered)}
              {invoice.kind === 'creditNote' ? ` (${formatMessage(messages.creditNote)})` : ''}
            </Link>
            {invoice.dueDate && (
              <Typography variant="pi" textColor={invoice.overdue ? 'danger600' : 'neutral600'} data-testid="billy-account-invoice-due">
                {formatMessage(messages.due, { date: formatDate(new Date(`${invoice.dueDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) })}
              </Typography>
            )}
          </Flex>
          <Typography data-testid="billy-account-invoice-balance">{money(invoice.kind === 'creditNote' ? -invoice.balance : invoice.balance, invoice.currency)}</Typography>
        </Flex>
      ))}
    </Flex>
  );
};

/**
 * Edit-view side panel on organizations and contacts: what the customer owes, what is overdue and
 * the open invoices, from the invoices synced into Strapi. Hidden without accounting.read.
 */
export const AccountPanel: PanelComponent = ({ model, documentId }: EditViewContext) => {
  const { formatMessage } = useIntl();
  const { isLoading, allowedActions } = useRBAC(ACCOUNTING_ACTIONS);
  if (!CUSTOMER_UIDS.includes(model) || !documentId || isLoading || allowedActions.canRead !== true) return null;
  return { title: formatMessage(messages.title), content: <AccountContent model={model} documentId={documentId} /> };
};
