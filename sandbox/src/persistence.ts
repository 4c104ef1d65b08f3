/** The optional state file: read at start, written shortly after changes and on close. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PersistedState } from './store';

/** Bursts of writes (a seed, a sync run) cost one file write. */
const SAVE_DELAY_MS = 50;

export function loadStateFile(file: string): PersistedState | undefined {
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<PersistedState>;
  if (state.version !== 1 || !Array.isArray(state.organizations)) throw new Error(`${file} is not a Billy sandbox state file.`);
  return state as PersistedState;
}

export class StateFileWriter {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly snapshot: () => PersistedState,
    private readonly log: (line: string) => void,
  ) {}

  scheduleSave(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Writes now, cancelling any scheduled save. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.save();
  }

  private save(): Promise<void> {
    const json = JSON.stringify(this.snapshot(), null, 2);
    // Writes run one after another; rename makes each one atomic, so a crash never leaves half a file.
    this.writing = this.writing
      .then(async () => {
        await mkdir(dirname(this.file), { recursive: true });
        await writeFile(`${this.file}.tmp`, json);
        await rename(`${this.file}.tmp`, this.file);
      })
      .catch((error: unknown) => this.log(`Could not save the sandbox state to ${this.file}: ${String(error)}`));
    return this.writing;
  }
}
