import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { actionMessages } from './messages';

/** A new key per dialog: the server answers a repeat of it (double click, retry) instead of acting twice. */
export const newIdempotencyKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

interface ActionModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: MessageDescriptor;
  /** What will happen in Billy, said before the user confirms. */
  what: ReactNode;
  children?: ReactNode;
  error: string | null;
  working: boolean;
  confirmLabel: MessageDescriptor;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  /** a second way to confirm ("Approve and send") */
  extraAction?: ReactNode;
  testId: string;
}

/** The confirmation dialog every invoice action shares: what Billy will do, the inputs, the refusal if any. */
export const ActionModal = ({ open, onOpenChange, title, what, children, error, working, confirmLabel, confirmDisabled, onConfirm, extraAction, testId }: ActionModalProps) => {
  const { formatMessage } = useIntl();
  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content data-testid={testId}>
        <Modal.Header>
          <Modal.Title>{formatMessage(title)}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>{what}</Typography>
            {children}
            {error && (
              <Typography textColor="danger600" data-testid={`${testId}-error`} role="alert">
                {error}
              </Typography>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={() => onOpenChange(false)}>
            {formatMessage(actionMessages.cancel)}
          </Button>
          <Flex gap={2}>
            {extraAction}
            <Button onClick={onConfirm} loading={working} disabled={working || confirmDisabled} data-testid={`${testId}-confirm`}>
              {formatMessage(working ? actionMessages.working : confirmLabel)}
            </Button>
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
