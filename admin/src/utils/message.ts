import type { MessageDescriptor } from 'react-intl';
import { getTranslation } from './getTranslation';

/** A message descriptor whose id is prefixed with the plugin id; the default is the English text. */
export const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });
