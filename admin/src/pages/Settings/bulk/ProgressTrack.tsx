import { Box } from '@strapi/design-system';

interface ProgressTrackProps {
  /** 0–100 */
  percent: number;
  label: string;
  /** Red when something failed, green when done, the primary colour while going on. */
  tone: 'primary600' | 'success500' | 'danger500';
}

/**
 * A thin bar on a light track. (The Design System's ProgressBar is drawn light-on-dark, for the
 * upload overlay, and vanishes on a white card.)
 */
export const ProgressTrack = ({ percent, label, tone }: ProgressTrackProps) => (
  <Box
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={percent}
    background="neutral150"
    hasRadius
    height="0.8rem"
    width="100%"
    overflow="hidden"
  >
    <Box background={tone} height="100%" hasRadius style={{ width: `${percent}%`, transition: 'width 0.4s ease-out' }} />
  </Box>
);
