import type { RecordDisplayState } from '../../../contracts';

// The rule is shared with the server, which applies it for the list view's Billy column.
export { changedSinceSync, displayStateOf, type RecordDisplayState } from '../../../contracts';

/** States the panel keeps re-reading: a push (on save, or a run) is still to come or going on. */
export const isSettling = (state: RecordDisplayState) => state === 'changed' || state === 'pending';
