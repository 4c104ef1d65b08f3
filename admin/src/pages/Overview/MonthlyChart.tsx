import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { InvoicedMonth } from '../../../../contracts';
import { messages } from './messages';

const CHART_HEIGHT = 160;

/**
 * Net and gross invoiced per month as paired bars, drawn with the Design System's own boxes and theme
 * colours; the same figures are in a visually hidden table for screen readers.
 */
export const MonthlyChart = ({ months, currency }: { months: InvoicedMonth[]; currency: string }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const highest = Math.max(1, ...months.map((month) => Math.max(month.net, month.gross)));
  const money = (value: number) => formatNumber(value, { style: 'currency', currency, maximumFractionDigits: 0 });
  const monthLabel = (month: string) => formatDate(new Date(`${month}-01T00:00:00Z`), { month: 'short', timeZone: 'UTC' });
  const bar = (value: number, color: string) => (
    <Box background={color} width="1.2rem" height={`${Math.max(0, Math.round((value / highest) * CHART_HEIGHT))}px`} hasRadius title={money(value)} />
  );
  return (
    <Box>
      <Flex gap={2} alignItems="flex-end" height={`${CHART_HEIGHT + 4}px`} aria-hidden data-testid="billy-overview-chart">
        {months.map((month) => (
          <Flex key={month.month} direction="column" alignItems="center" gap={1} flex="1">
            <Flex gap={1} alignItems="flex-end">
              {bar(month.net, 'primary600')}
              {bar(month.gross, 'primary200')}
            </Flex>
          </Flex>
        ))}
      </Flex>
      <Flex gap={2} aria-hidden>
        {months.map((month) => (
          <Box key={month.month} flex="1" textAlign="center">
            <Typography variant="pi" textColor="neutral600">
              {monthLabel(month.month)}
            </Typography>
          </Box>
        ))}
      </Flex>
      <Flex gap={4} paddingTop={2} aria-hidden>
        <Flex gap={1} alignItems="center">
          <Box background="primary600" width="1rem" height="1rem" hasRadius />
          <Typography variant="pi">{formatMessage(messages.net)}</Typography>
        </Flex>
        <Flex gap={1} alignItems="center">
          <Box background="primary200" width="1rem" height="1rem" hasRadius />
          <Typography variant="pi">{formatMessage(messages.gross)}</Typography>
        </Flex>
      </Flex>
      <VisuallyHidden>
        <table>
          <caption>{formatMessage(messages.chartLabel, { currency })}</caption>
          <thead>
            <tr>
              <th>{formatMessage(messages.month)}</th>
              <th>{formatMessage(messages.net)}</th>
              <th>{formatMessage(messages.gross)}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <td>{month.month}</td>
                <td>{money(month.net)}</td>
                <td>{money(month.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
};
