import { Box, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { CurrencyOverview, OverviewCustomer } from '../../../../contracts';
import { editViewPath } from '../../utils/editViewPath';
import { messages } from './messages';
import { MonthlyChart } from './MonthlyChart';

const Figure = ({ label, value, tone, testId }: { label: string; value: string; tone?: string; testId: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid={testId}>
    <Typography variant="sigma" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="alpha" textColor={tone ?? 'neutral800'} tag="p">
      {value}
    </Typography>
  </Box>
);

const Card = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
    <Box paddingBottom={3}>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
    </Box>
    {children}
  </Box>
);

export const CustomerName = ({ customer }: { customer: OverviewCustomer | null }) => {
  const { formatMessage } = useIntl();
  if (!customer) return <Typography textColor="neutral600">{formatMessage(messages.noCustomer)}</Typography>;
  const name = customer.name === null ? formatMessage(messages.hiddenName) : customer.name || customer.documentId;
  return <Link tag={NavLink} to={editViewPath(customer.module, customer.documentId)}>{name}</Link>;
};

/** One currency's figures: the totals, aging, the monthly chart, top debtors and the overdue invoices. */
export const CurrencySection = ({ overview }: { overview: CurrencyOverview }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const money = (value: number) => formatNumber(value, { style: 'currency', currency: overview.currency });
  const buckets = [
    [messages.bucket1to30, overview.overdueBuckets.days1to30],
    [messages.bucket31to60, overview.overdueBuckets.days31to60],
    [messages.bucket61to90, overview.overdueBuckets.days61to90],
    [messages.bucketOver90, overview.overdueBuckets.over90],
  ] as const;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="billy-overview-currency" data-currency={overview.currency}>
      <Typography variant="beta" tag="h2">
        {overview.currency}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Figure label={formatMessage(messages.outstanding)} value={money(overview.outstanding)} testId="billy-overview-outstanding" />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Figure label={formatMessage(messages.overdue)} value={money(overview.overdue)} tone={overview.overdue > 0 ? 'danger600' : undefined} testId="billy-overview-overdue" />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Figure label={formatMessage(messages.paidLast30Days)} value={money(overview.paidLast30Days)} tone="success600" testId="billy-overview-paid" />
        </Grid.Item>
      </Grid.Root>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Card title={formatMessage(messages.buckets)}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              {buckets.map(([label, amount]) => (
                <Flex key={label.id} justifyContent="space-between">
                  <Typography>{formatMessage(label)}</Typography>
                  <Typography fontWeight="bold" textColor={amount > 0 ? 'danger600' : 'neutral800'}>
                    {money(amount)}
                  </Typography>
                </Flex>
              ))}
            </Flex>
          </Card>
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Card title={formatMessage(messages.invoicedByMonth)}>
            <MonthlyChart months={overview.invoicedByMonth} currency={overview.currency} />
          </Card>
        </Grid.Item>
      </Grid.Root>
      <Card title={formatMessage(messages.topDebtors)}>
        {overview.topDebtors.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage(messages.noDebtors)}</Typography>
        ) : (
          <Table colCount={3} rowCount={overview.topDebtors.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{formatMessage(messages.customer)}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage(messages.outstanding)}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage(messages.overdue)}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {overview.topDebtors.map((debtor) => (
                <Tr key={debtor.customer ? `${debtor.customer.module}:${debtor.customer.documentId}` : 'none'} data-testid="billy-overview-debtor">
                  <Td><CustomerName customer={debtor.customer} /></Td>
                  <Td><Typography>{money(debtor.outstanding)}</Typography></Td>
                  <Td><Typography textColor={debtor.overdue > 0 ? 'danger600' : 'neutral800'}>{money(debtor.overdue)}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Card>
      <Card title={formatMessage(messages.overdueInvoices)}>
        {overview.overdueInvoices.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage(messages.noneOverdue)}</Typography>
        ) : (
          <>
            <Table colCount={5} rowCount={overview.overdueInvoices.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{formatMessage(messages.invoiceNo)}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage(messages.customer)}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage(messages.dueDate)}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage(messages.daysOverdue)}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage(messages.balance)}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {overview.overdueInvoices.map((invoice) => (
                  <Tr key={invoice.documentId} data-testid="billy-overview-overdue-invoice">
                    <Td><Link tag={NavLink} to={editViewPath('invoices', invoice.documentId)}>{invoice.invoiceNo ?? formatMessage(messages.unnumbered)}</Link></Td>
                    <Td><CustomerName customer={invoice.customer} /></Td>
                    <Td><Typography>{formatDate(new Date(`${invoice.dueDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })}</Typography></Td>
                    <Td><Typography textColor="danger600">{formatNumber(invoice.daysOverdue)}</Typography></Td>
                    <Td><Typography>{money(invoice.balance)}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {overview.overdueInvoiceCount > overview.overdueInvoices.length && (
              <Box paddingTop={2}>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(messages.overdueInvoicesMore, { shown: overview.overdueInvoices.length, count: overview.overdueInvoiceCount })}
                </Typography>
              </Box>
            )}
          </>
        )}
      </Card>
    </Flex>
  );
};
