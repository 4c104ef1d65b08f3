/** The request pipeline: control routes, or the traffic layer around Billy's API. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiDispatch } from './api/dispatch';
import { withErrorAnswers } from './api/error-answers';
import { answerControl, isControlRequest } from './control/http';
import { Exchange } from './exchange';
import type { SandboxControl } from './public-types';
import type { SandboxRuntime } from './runtime';
import { withTraffic } from './traffic';

export function createRequestListener(rt: SandboxRuntime, control: SandboxControl): (request: IncomingMessage, response: ServerResponse) => void {
  const api = withTraffic(rt, withErrorAnswers(rt, apiDispatch(rt)));
  return (request, response) => {
    const exchange = new Exchange(request, response);
    const handling = isControlRequest(exchange) ? answerControl(exchange, rt, control) : api(exchange);
    handling
      .catch((error: unknown) => {
        rt.log(`Billy sandbox failed on ${exchange.method} ${exchange.path}: ${error instanceof Error ? error.stack : String(error)}`);
        exchange.answer(500, { error: 'The sandbox failed to handle the request.' });
      })
      .finally(() => exchange.send());
  };
}
