import { Badge, Flex } from '@strapi/design-system';
import { CheckCircle, Clock, CrossCircle, Pencil, WarningCircle } from '@strapi/icons';
import type { ComponentType, SVGProps } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import type { RecordDisplayState } from '../utils/recordState';

const tone: Record<RecordDisplayState, { background: string; text: string; icon: ComponentType<SVGProps<SVGSVGElement>> }> = {
  never: { background: 'neutral150', text: 'neutral700', icon: Clock },
  pending: { background: 'secondary100', text: 'secondary700', icon: Clock },
  changed: { background: 'warning100', text: 'warning700', icon: Pencil },
  synced: { background: 'success100', text: 'success700', icon: CheckCircle },
  failed: { background: 'danger100', text: 'danger700', icon: CrossCircle },
  needsCreditNote: { background: 'warning100', text: 'warning700', icon: WarningCircle },
};

/** The record's sync state: an icon, a colour and its name (never colour alone). */
export const SyncStateBadge = ({ state }: { state: RecordDisplayState }) => {
  const { formatMessage } = useIntl();
  const { background, text, icon: Icon } = tone[state];
  return (
    <Flex gap={1} alignItems="center" data-testid="billy-sync-light" data-state={state}>
      <Badge backgroundColor={background} textColor={text} data-testid="billy-sync-state" data-state={state}>
        <Flex gap={1} alignItems="center">
          <Icon aria-hidden width="1.2rem" height="1.2rem" />
          {formatMessage({ id: getTranslation(`state.${state}`), defaultMessage: state })}
        </Flex>
      </Badge>
    </Flex>
  );
};
