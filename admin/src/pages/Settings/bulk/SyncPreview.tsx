import { Button, Flex, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { bulkMessages } from './messages';
import { useSyncPreview, type PreviewState } from './useSyncPreview';

const PreviewText = ({ state }: { state: PreviewState }) => {
  const { formatMessage } = useIntl();
  switch (state.kind) {
    case 'done':
      return (
        <Typography
          variant="pi"
          data-testid="billy-preview-result"
          data-created={state.summary.created}
          data-updated={state.summary.updated}
          data-conflicts={state.summary.conflicts}
          data-run-id={state.summary.runId}
        >
          {formatMessage(bulkMessages.previewResult, { ...state.summary })}
        </Typography>
      );
    case 'busy':
      return <Typography variant="pi" textColor="warning600" data-testid="billy-preview-result">{formatMessage(bulkMessages.previewBusy)}</Typography>;
    case 'failed':
      return <Typography variant="pi" textColor="danger600" data-testid="billy-preview-result">{formatMessage(bulkMessages.previewFailed, { message: state.message })}</Typography>;
    default:
      return <Typography variant="pi" textColor="neutral600">{formatMessage(bulkMessages.previewHint)}</Typography>;
  }
};

/** "Preview" before a bulk sync: what a sync would create, update and where it would conflict. */
export const SyncPreview = ({ disabled }: { disabled: boolean }) => {
  const { formatMessage } = useIntl();
  const { state, preview } = useSyncPreview();
  return (
    <Flex gap={3} alignItems="center" wrap="wrap" data-testid="billy-preview">
      <Button variant="tertiary" startIcon={<Eye />} onClick={() => void preview()} loading={state.kind === 'running'} disabled={disabled} data-testid="billy-preview-button">
        {formatMessage(bulkMessages.previewButton)}
      </Button>
      <PreviewText state={state} />
    </Flex>
  );
};
