import { unzipSync } from 'fflate';
import { decodeExportText } from './decode';
import { exportFileError, ForeignFileError } from './errors';
import type { ExportFileKind } from './file-kinds';
import { readExportCsv } from './read-csv';
import { addRecord, emptyRecords, type ExportRecords } from './records';

/** A file the user chose: LinkedIn's zip (either part) or one of its CSV files. */
export interface ExportInput {
  name: string;
  bytes: Uint8Array;
}

/** What became of each file: read (with its row count), or recognised and left out (with why). */
export interface FileReport {
  name: string;
  kind: ExportFileKind | 'unknown';
  rows: number;
}

/**
 * Far larger than any CSV LinkedIn writes for a person (100,000 messages are
 * about 30 MB), and small enough to decode in a worker; refuses zip bombs
 * before they are inflated.
 */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/** Refuses a chosen file by its size alone, before reading it. */
export function checkInputSize(name: string, size: number, zip = /\.zip$/i.test(name)): void {
  if (size > (zip ? MAX_INPUT_BYTES : MAX_CSV_BYTES)) {
    throw exportFileError(name, `is ${Math.round(size / 2 ** 20)} MB: too large to be ${zip ? 'LinkedIn’s export' : 'a file of LinkedIn’s export'} (at most ${(zip ? MAX_INPUT_BYTES : MAX_CSV_BYTES) / 2 ** 20} MB).`);
  }
}

export interface ReadProgress {
  file: string;
  /** Characters parsed in this file so far, and its length. */
  parsed: number;
  total: number;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The CSV files inside a zip; anything else in it is listed as unknown. */
export function unzipExport(input: ExportInput): { csvs: ExportInput[]; others: string[] } {
  const others: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(input.bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        if (!/\.csv$/i.test(file.name)) {
          others.push(baseName(file.name));
          return false;
        }
        if (file.originalSize > MAX_CSV_BYTES) {
          throw exportFileError(input.name, `holds “${baseName(file.name)}”, which is ${Math.round(file.originalSize / 2 ** 20)} MB unpacked: too large to be part of LinkedIn’s export.`);
        }
        return true;
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'invalid-import') throw error;
    throw exportFileError(input.name, `is not a zip file Rapport can open (${(error as Error).message}).`);
  }
  const csvs = Object.entries(entries).map(([path, bytes]) => ({ name: baseName(path), bytes }));
  if (csvs.length === 0 && others.length === 0) throw exportFileError(input.name, 'is an empty zip file.');
  return { csvs, others };
}

/**
 * Reads every chosen file: zips are opened, CSVs decoded and streamed into
 * typed records. Throws on the first file that is malformed or foreign, so
 * nothing is imported from a bad export. Files inside a zip that Rapport does
 * not use are reported, not refused (so are those among several CSVs chosen
 * at once); a lone CSV must be one Rapport reads.
 */
export function readExport(inputs: readonly ExportInput[], onProgress?: (progress: ReadProgress) => void): { records: ExportRecords; files: FileReport[] } {
  const records = emptyRecords();
  const files: FileReport[] = [];
  let foreign: ForeignFileError | undefined;
  for (const input of inputs) {
    if (input.bytes.length === 0) throw exportFileError(input.name, 'is empty.');
    if (isZip(input.bytes)) {
      checkInputSize(input.name, input.bytes.length, true);
      const { csvs, others } = unzipExport(input);
      const before = files.length;
      for (const csv of csvs) {
        try {
          files.push(readOne({ name: `${input.name} › ${csv.name}`, bytes: csv.bytes }, records, onProgress));
        } catch (error) {
          // Other CSVs in the archive (Profile.csv, Skills.csv, …) are none of Rapport's business.
          if (!(error instanceof ForeignFileError)) throw error;
          files.push({ name: `${input.name} › ${csv.name}`, kind: 'unknown', rows: 0 });
        }
      }
      for (const name of others) files.push({ name: `${input.name} › ${name}`, kind: 'unknown', rows: 0 });
      if (!files.slice(before).some((file) => file.kind !== 'unknown')) {
        throw exportFileError(input.name, 'holds none of the files Rapport imports (Connections.csv, messages.csv, Invitations.csv, Endorsement_Given_Info.csv, Recommendations_Given.csv): is it LinkedIn’s data export?');
      }
    } else {
      checkInputSize(input.name, input.bytes.length, false);
      try {
        files.push(readOne(input, records, onProgress));
      } catch (error) {
        // Several CSVs chosen from an unzipped export: the ones Rapport does not read are passed over, as in the zip.
        if (!(error instanceof ForeignFileError) || inputs.length === 1) throw error;
        foreign ??= error;
        files.push({ name: input.name, kind: 'unknown', rows: 0 });
      }
    }
  }
  if (foreign && files.every((file) => file.kind === 'unknown')) throw foreign;
  return { records, files };
}

function readOne(input: ExportInput, records: ExportRecords, onProgress?: (progress: ReadProgress) => void): FileReport {
  const text = decodeExportText(input.bytes, input.name);
  let rows = 0;
  const header = readExportCsv(text, input.name, {
    onRow(cells, row, match) {
      rows = row;
      addRecord(records, cells, row, match, input.name);
    },
    onProgress: (parsed, total) => onProgress?.({ file: input.name, parsed, total }),
  });
  return { name: input.name, kind: header.spec.kind, rows };
}
