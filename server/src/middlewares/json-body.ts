import type { Context, Next } from 'koa';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Route middleware of every plugin route: a write's body is JSON or absent. Form-encoded or text
 * bodies are answered 415 rather than read as if they were settings or a sync request.
 */
const jsonBody = () => async (ctx: Context, next: Next) => {
  // An empty body (Content-Length: 0) is no body, whatever its type says.
  const hasBody = (ctx.request.length ?? 0) > 0 || Boolean(ctx.get('transfer-encoding'));
  if (WRITES.has(ctx.method) && hasBody && !ctx.is('application/json')) {
    ctx.status = 415;
    ctx.body = {
      data: null,
      error: { status: 415, name: 'UnsupportedMediaTypeError', message: 'Send the body as JSON (Content-Type: application/json)', details: { contentType: ctx.request.type } },
    };
    return;
  }
  await next();
};

export default jsonBody;
