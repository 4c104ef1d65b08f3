import type { Core } from '@strapi/strapi';
// STRAPI_LOG_LEVEL=warn keeps test output quiet.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({ level: env('STRAPI_LOG_LEVEL', 'http') });
