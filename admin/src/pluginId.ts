export { PLUGIN_ID } from '../../contracts/modules';

/** The settings page under Settings › Billy, relative to /settings: not a prefix of the run log's or the mapping's address. */
export const SETTINGS_PATH = `billy/connection`;
