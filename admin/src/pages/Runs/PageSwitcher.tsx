import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { Pagination } from '../../../../contracts';
import { runsMessages } from './messages';

/** Previous / next page of a paged list, with where we are; nothing when it all fits on one page. */
export const PageSwitcher = ({ pagination, onPage, testId }: { pagination: Pagination; onPage: (page: number) => void; testId: string }) => {
  const { formatMessage } = useIntl();
  if (pagination.pageCount <= 1) return null;
  return (
    <Flex gap={3} justifyContent="flex-end" data-testid={testId} data-page={pagination.page} data-page-count={pagination.pageCount}>
      <Button variant="tertiary" startIcon={<ChevronLeft />} disabled={pagination.page <= 1} onClick={() => onPage(pagination.page - 1)}>
        {formatMessage(runsMessages.pagePrevious)}
      </Button>
      <Typography textColor="neutral600">{formatMessage(runsMessages.pageOf, { page: pagination.page, pageCount: pagination.pageCount, total: pagination.total })}</Typography>
      <Button variant="tertiary" endIcon={<ChevronRight />} disabled={pagination.page >= pagination.pageCount} onClick={() => onPage(pagination.page + 1)}>
        {formatMessage(runsMessages.pageNext)}
      </Button>
    </Flex>
  );
};
