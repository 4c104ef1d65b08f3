import { Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

interface SettingRowProps {
  label: string;
  /** `data-testid="billy-value-<name>"` on the value, for tests. */
  name: string;
  children: ReactNode;
}

/** One option of the read view: its label above the value the user chose. */
export const SettingRow = ({ label, name, children }: SettingRowProps) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega" data-testid={`billy-value-${name}`}>
      {children}
    </Typography>
  </Flex>
);
