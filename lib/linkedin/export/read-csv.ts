import Papa from 'papaparse';
import { exportFileError, ForeignFileError } from './errors';
import { IGNORED_KINDS, isAmbiguousRecommendations, matchHeader, type HeaderMatch } from './file-kinds';

/** LinkedIn puts at most a short `Notes:` preamble above the header row. */
const MAX_PREAMBLE_ROWS = 20;
/** Parse in slices so progress can be reported and rows are mapped as they come. */
const CHUNK_CHARS = 1 << 20;

export interface ReadCsvOptions {
  /** Called for every data row after the header: the cells and the 1-based data row number. */
  onRow?: (cells: string[], row: number, header: HeaderMatch) => void;
  /** Characters parsed so far, out of the text's length. */
  onProgress?: (parsed: number, total: number) => void;
}

/** The 2018 Shares.csv is tab-separated; everything else uses commas. Decided from the first line. */
export function sniffDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || 4096);
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/**
 * Streams `text` through papaparse: finds the header row by its names (past
 * any `Notes:` preamble), then hands each data row to `onRow`. Files of kinds
 * Rapport does not import stop after the header. Any CSV syntax error (an
 * unterminated quote, say) stops everything with the file and row named.
 */
export function readExportCsv(text: string, fileName: string, options: ReadCsvOptions = {}): HeaderMatch {
  let header: HeaderMatch | null = null;
  let preambleRows = 0;
  let dataRows = 0;
  let failure: Error | null = null;
  let stopped = false;
  let firstRow: string[] | undefined;

  Papa.parse<string[]>(text, {
    delimiter: sniffDelimiter(text),
    skipEmptyLines: 'greedy',
    chunkSize: CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      if (stopped) return;
      for (const cells of results.data) {
        if (!header) {
          firstRow ??= cells;
          header = matchHeader(cells, fileName);
          if (header && !isImported(header)) {
            // Nothing to read in it: stop at the header, whatever its rows hold.
            stopped = true;
            break;
          }
          if (!header && ++preambleRows > MAX_PREAMBLE_ROWS) {
            failure = notAnExportFile(fileName, firstRow);
            break;
          }
          continue;
        }
        dataRows++;
        try {
          options.onRow?.(cells, dataRows, header);
        } catch (error) {
          failure = error as Error;
          break;
        }
      }
      const syntaxError = results.errors.find((error: Papa.ParseError) => error.type === 'Quotes');
      if (!failure && !stopped && syntaxError) {
        const detail = syntaxError.code === 'MissingQuotes' ? 'a quoted field is never closed (an unterminated quote)' : syntaxError.message.toLowerCase();
        failure = exportFileError(fileName, `is not valid CSV: ${detail}, after data row ${dataRows}.`);
      }
      if (failure || stopped) {
        stopped = true;
        parser.abort();
      } else options.onProgress?.(results.meta.cursor, text.length);
    },
    // Parsing a string is synchronous: every row has been handed over when Papa.parse returns.
    complete() {},
  });
  if (failure) throw failure;
  const found = header as HeaderMatch | null;
  if (!found) throw notAnExportFile(fileName, firstRow);
  return found;
}

function isImported(header: HeaderMatch): boolean {
  return !(IGNORED_KINDS as readonly string[]).includes(header.spec.kind);
}

function notAnExportFile(fileName: string, firstRow: string[] | undefined): Error {
  if (firstRow && isAmbiguousRecommendations(firstRow)) {
    return new ForeignFileError(fileName, 'holds recommendations, but its name does not say whether they were given or received: keep LinkedIn’s name (Recommendations_Given.csv).');
  }
  const seen = firstRow ? ` (its first row is “${firstRow.join(',').slice(0, 80)}”)` : ' (it is empty)';
  return new ForeignFileError(fileName, `is not a file of LinkedIn’s data export that Rapport can read: no header row such as “First Name,Last Name,URL,…,Connected On” was found${seen}.`);
}
