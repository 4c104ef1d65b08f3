export { PLUGIN_ID } from '../../contracts/modules';
