import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 22;

/** Billy record ids are opaque 22-character alphanumeric strings ("cSHBqWWITexZvQy29lqpYg"). */
function idFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, ID_LENGTH), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export function newRecordId(): string {
  return idFromBytes(randomBytes(ID_LENGTH));
}

/** A fixed id for a label, so reference data and organizations keep their ids across restarts and state files. */
export function stableId(label: string): string {
  return idFromBytes(createHash('sha256').update(label).digest());
}
