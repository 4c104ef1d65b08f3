import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

/**
 * An enumeration's value in a list view cell, named as the edit view's Enumeration input names it
 * (the Content Manager's own cell shows the stored value).
 */
export const EnumerationCell = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
  return (
    <Typography textColor="neutral800" data-testid="billy-list-enum" data-value={value}>
      {formatMessage({ id: value, defaultMessage: value })}
    </Typography>
  );
};
