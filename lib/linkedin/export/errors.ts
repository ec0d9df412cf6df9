import { RapportError } from '@/lib/errors';

/**
 * A file of the export that cannot be read as LinkedIn wrote it. The message
 * names the file and the problem; the whole import stops before any write.
 */
export function exportFileError(fileName: string, problem: string): RapportError {
  return new RapportError('invalid-import', `“${fileName}” ${problem} Nothing was imported.`);
}

/** A CSV that is not one of the export's files Rapport reads: refused alone, passed over inside LinkedIn's zip. */
export class ForeignFileError extends RapportError {
  constructor(fileName: string, problem: string) {
    super('invalid-import', exportFileError(fileName, problem).message);
  }
}
