import { Button, Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useBlocker } from 'react-router-dom';
import { message } from '../utils/message';

const guardMessages = {
  title: message('unsaved.title', 'Leave without saving?'),
  body: message('unsaved.body', 'Your changes on this page are not saved yet. If you leave now, they are lost.'),
  leave: message('unsaved.leave', 'Leave without saving'),
};

/**
 * Asks before unsaved edits are lost: on a move to another admin page (the router's blocker, as the
 * Content Manager's edit view does) and on a reload or closed tab (the browser's own prompt).
 */
export const UnsavedChangesGuard = ({ dirty }: { dirty: boolean }) => {
  const { formatMessage } = useIntl();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && blocker.reset?.()}>
      <ConfirmDialog
        title={formatMessage(guardMessages.title)}
        variant="danger"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
        endAction={
          <Button variant="danger" onClick={() => blocker.proceed?.()} data-testid="billy-unsaved-leave">
            {formatMessage(guardMessages.leave)}
          </Button>
        }
      >
        <span data-testid="billy-unsaved-guard">{formatMessage(guardMessages.body)}</span>
      </ConfirmDialog>
    </Dialog.Root>
  );
};
