import type { Context, Next } from 'koa';
import { PluginHttpError } from '../http-errors';

/** Route middleware of every plugin route: answers a PluginHttpError in Strapi's error shape. */
const httpErrors = () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof PluginHttpError)) throw error;
    ctx.status = error.status;
    ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
  }
};

export default httpErrors;
