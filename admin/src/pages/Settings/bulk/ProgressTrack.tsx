import { Box, Flex } from '@strapi/design-system';

interface ProgressTrackProps {
  /** 0–100: the part done without failing */
  percent: number;
  /** 0–100: the part that failed, drawn red after the rest */
  failedPercent?: number;
  label: string;
  /** Green when done, the primary colour while going on. */
  tone: 'primary600' | 'success500';
}

/**
 * A thin bar on a light track: the share done in green (or the primary colour) and the share that
 * failed in red. (The Design System's ProgressBar is drawn light-on-dark, for the upload overlay,
 * and vanishes on a white card.)
 */
export const ProgressTrack = ({ percent, failedPercent = 0, label, tone }: ProgressTrackProps) => (
  <Box
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={Math.min(100, percent + failedPercent)}
    background="neutral150"
    hasRadius
    height="0.8rem"
    width="100%"
    overflow="hidden"
  >
    <Flex height="100%" width="100%">
      <Box background={tone} height="100%" style={{ width: `${percent}%`, transition: 'width 0.4s ease-out' }} data-testid="billy-progress-done" />
      <Box background="danger500" height="100%" style={{ width: `${failedPercent}%`, transition: 'width 0.4s ease-out' }} data-testid="billy-progress-failed" />
    </Flex>
  </Box>
);
