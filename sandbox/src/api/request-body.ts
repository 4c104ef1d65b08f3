/** Request bodies: a JSON object with the singular record name at its root (`{"contact": {...}}`). */
import type { IncomingMessage } from 'node:http';
import { invalidRequestBody } from '../errors';
import { isJsonObject, type JsonObject } from '../fields';

export async function readJsonObject(request: IncomingMessage): Promise<JsonObject> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw invalidRequestBody();
  }
  if (!isJsonObject(parsed)) throw invalidRequestBody();
  return parsed;
}

export function rootRecord(body: JsonObject, singular: string): JsonObject {
  const record = body[singular];
  if (!isJsonObject(record)) throw invalidRequestBody(`The request body must hold the record as an object under "${singular}".`);
  return record;
}
