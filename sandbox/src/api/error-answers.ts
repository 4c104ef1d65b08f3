/** Renders anything the API throws as a Billy error body. */
import { billyErrorBody, BillyHttpError, RecordValidationError, validationErrorBody } from '../errors';
import type { Handler } from '../exchange';
import type { SandboxRuntime } from '../runtime';

export function withErrorAnswers(rt: SandboxRuntime, handler: Handler): Handler {
  return async (exchange) => {
    try {
      await handler(exchange);
    } catch (error) {
      if (error instanceof RecordValidationError) {
        const status = rt.switches.validationStatus;
        exchange.answer(status, validationErrorBody(error, status));
      } else if (error instanceof BillyHttpError) {
        for (const [name, value] of Object.entries(error.headers)) exchange.setHeader(name, value);
        exchange.answer(error.status, billyErrorBody(error.status, error.errorCode, error.message));
      } else {
        rt.log(`Billy sandbox internal error on ${exchange.method} ${exchange.path}: ${error instanceof Error ? error.stack : String(error)}`);
        exchange.answer(500, billyErrorBody(500, 'INTERNAL_ERROR', 'An internal error occurred.'));
      }
    }
  };
}
