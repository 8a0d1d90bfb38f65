/**
 * A corpus that cannot be used at all (missing folder, nothing readable in it).
 * The message names the path and what to do; it is safe to show to a server admin.
 */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}
