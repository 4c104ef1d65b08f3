import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A white card with a heading, as Strapi's own settings pages group their fields. */
export const SettingsCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);
