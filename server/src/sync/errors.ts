/** A record the sync cannot carry out, for a reason of its own (not an answer from Billy). */
export class SyncRecordError extends Error {
  override readonly name = 'SyncRecordError';
  constructor(
    readonly reason: 'dependency' | 'invalid',
    message: string
  ) {
    super(message);
  }
}
