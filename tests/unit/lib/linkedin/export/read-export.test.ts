import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkInputSize, readExport, MAX_CSV_BYTES } from '@/lib/linkedin/export/read-export';
import { buildImportPlan } from '@/lib/linkedin/export/plan';
import { csv } from '../../../helpers/linkedin-import';
import { CONNECTIONS, EXPORT_FILES, exportZip } from '../../../../fixtures/linkedin-export/synthetic-export';

// Synthetic files (invented people) in the layouts of ../shared/docs/linkedin-export.md, 2018 to 2025.

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ROW = 'Ada,Lovelace-Test,https://www.linkedin.com/in/ada-lovelace-test,,"Engines, Ltd",Analyst,12 Mar 2024';
const ADA = { name: 'Ada Lovelace-Test', url: 'https://www.linkedin.com/in/ada-lovelace-test', company: 'Engines, Ltd', position: 'Analyst', connectedAt: '2024-03-12T00:00:00.000Z' };

function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let offset = 0;
  if (bom) {
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) {
    bytes[offset + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[offset + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const connectionsOf = (text: string | Uint8Array, name = 'Connections.csv') =>
  readExport([{ name, bytes: typeof text === 'string' ? strToU8(text) : text }]).records.connections.map(({ file: _f, row: _r, ...rest }) => rest);

describe('reading Connections.csv in every layout', () => {
  it.each([
    ['no preamble (2018)', `${HEADER}\n${ROW}\n`],
    ['the Notes: preamble with a blank line (2021)', `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n${HEADER}\n${ROW}\n`],
    ['a preamble whose quoted note spans lines', `Notes:\n"First line of the note,\nsecond line, with ""quotes"""\n\n${HEADER}\n${ROW}\n`],
    ['a preamble without the blank line', `Notes:\n"Some note"\n${HEADER}\n${ROW}\n`],
    ['a UTF-8 BOM', `\uFEFF${HEADER}\n${ROW}\n`],
    ['a BOM before the preamble', `\uFEFFNotes:\n"note"\n\n${HEADER}\n${ROW}\n`],
    ['CRLF line endings', `${HEADER}\r\n${ROW}\r\n`],
    ['no final line break', `${HEADER}\n${ROW}`],
    ['every field quoted', `${HEADER.split(',').map((h) => `"${h}"`).join(',')}\n"Ada","Lovelace-Test","https://www.linkedin.com/in/ada-lovelace-test","","Engines, Ltd","Analyst","12 Mar 2024"\n`],
    ['columns in another order, and extra trailing columns', `Connected On,Position,Company,URL,Last Name,First Name,Email Address,Tags\n12 Mar 2024,Analyst,"Engines, Ltd",https://www.linkedin.com/in/ada-lovelace-test,Lovelace-Test,Ada,,x\n`],
    ['blank lines between rows', `${HEADER}\n\n${ROW}\n\n`],
  ])('with %s', (_, text) => {
    expect(connectionsOf(text)).toEqual([ADA]);
  });

  it('reads localised (German) headers, with or without the preamble', () => {
    const german = 'Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am\nAda,Lovelace-Test,https://www.linkedin.com/in/ada-lovelace-test,,"Engines, Ltd",Analyst,12 Mär 2024\nBen,Brandt,https://de.linkedin.com/in/ben-brandt,,Werk,Leiter,02.05.2025\n';
    expect(connectionsOf(german)).toEqual([ADA, { name: 'Ben Brandt', url: 'https://de.linkedin.com/in/ben-brandt', company: 'Werk', position: 'Leiter', connectedAt: '2025-05-02T00:00:00.000Z' }]);
    expect(connectionsOf(`Notes:\n"Hinweis"\n\n${german}`)).toHaveLength(2);
  });

  it('reads UTF-16LE files, tab-separated or not, with or without a BOM', () => {
    expect(connectionsOf(utf16le(`${HEADER}\r\n${ROW}\r\n`))).toEqual([ADA]);
    expect(connectionsOf(utf16le(`${HEADER.replaceAll(',', '\t')}\n${ROW.replace('"Engines, Ltd"', 'Engines, Ltd').replaceAll(',https', '\thttps').replace('Ada,', 'Ada\t').replace(',,', '\t\t').replace(',Analyst,', '\tAnalyst\t')}\n`, false))).toEqual([ADA]);
  });

  it('keeps quoted line breaks inside a field', () => {
    expect(connectionsOf(`${HEADER}\nAda,Lovelace-Test,https://www.linkedin.com/in/ada-lovelace-test,,"Engines,\nLtd",Analyst,12 Mar 2024\n`)[0]?.company).toBe('Engines,\nLtd');
  });
});

it('reports progress through a large file, ending at its length', () => {
  const text = `${HEADER}\n${`${ROW}\n`.repeat(40_000)}`;
  const seen: number[] = [];
  readExport([csv('Connections.csv', text)], (progress) => {
    expect(progress).toMatchObject({ file: 'Connections.csv', total: text.length });
    seen.push(progress.parsed);
  });
  expect(seen.length).toBeGreaterThan(2);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  expect(seen.at(-1)).toBe(text.length);
});

describe('LinkedIn’s zip', () => {
  it('reads the known files inside, whatever folder they are in, and lists the rest as unused', () => {
    const zip = zipSync({ 'Basic_LinkedInDataExport_11-27-2026/Connections.csv': strToU8(CONNECTIONS), 'Basic_LinkedInDataExport_11-27-2026/Profile.csv': strToU8(EXPORT_FILES['Profile.csv']!), 'Basic_LinkedInDataExport_11-27-2026/Rich_Media/': new Uint8Array(), 'README.txt': strToU8('hi') });
    const { records, files } = readExport([{ name: 'export.zip', bytes: zip }]);
    expect(records.connections).toHaveLength(4);
    expect(files).toEqual([
      { name: 'export.zip › Connections.csv', kind: 'connections', rows: 4 },
      { name: 'export.zip › Profile.csv', kind: 'unknown', rows: 0 },
      { name: 'export.zip › README.txt', kind: 'unknown', rows: 0 },
    ]);
  });

  it('reads both parts of a large export, the second repeating files of the first, into one plan without duplicates', () => {
    const part1 = exportZip({ 'Connections.csv': EXPORT_FILES['Connections.csv']!, 'messages.csv': EXPORT_FILES['messages.csv']! });
    const part2 = exportZip(EXPORT_FILES);
    const both = buildImportPlan(readExport([{ name: 'part1.zip', bytes: part1 }, { name: 'part2.zip', bytes: part2 }]).records);
    const alone = buildImportPlan(readExport([{ name: 'part2.zip', bytes: part2 }]).records);
    expect(both.contacts).toEqual(alone.contacts);
    expect(both.touchpoints).toEqual(alone.touchpoints);
  });
});

describe('malformed or foreign input is refused with the file and the problem named', () => {
  it.each([
    ['a CSV with a wrong header', csv('Connections.csv', 'Name,Email\nAda,ada@example.com\n'), /^“Connections\.csv” is not a file of LinkedIn’s data export that Rapport can read: .*“Name,Email”.*Nothing was imported\.$/],
    ['an empty file', csv('Connections.csv', ''), /^“Connections\.csv” is empty\. Nothing was imported\.$/],
    ['only a preamble', csv('Connections.csv', 'Notes:\n"Nothing else"\n'), /“Connections\.csv” is not a file of LinkedIn’s data export/],
    ['an unterminated quote', csv('Connections.csv', `${HEADER}\n${ROW}\nBea,"Marlowe,https://www.linkedin.com/in/bea,,,,3 Jan 2025\nCem,Y,https://www.linkedin.com/in/cem-y,,,,15 Feb 2025\n`), /^“Connections\.csv” is not valid CSV: a quoted field is never closed \(an unterminated quote\), after data row \d+\. Nothing was imported\.$/],
    ['binary garbage', { name: 'Connections.csv', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256) }, /^“Connections\.csv” is not a text file/],
    ['a text file with NUL bytes', { name: 'messages.csv', bytes: strToU8('CONVERSATION ID,FROM\u0000\u0000\u0000') }, /^“messages\.csv” is not a text file \(it contains binary data\)/],
    ['an empty zip', { name: 'export.zip', bytes: zipSync({}) }, /^“export\.zip” is an empty zip file\. Nothing was imported\.$/],
    ['a zip without LinkedIn’s files', { name: 'holiday.zip', bytes: zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]), 'Notes.csv': strToU8('a,b\n1,2\n') }) }, /^“holiday\.zip” holds none of the files Rapport imports/],
    ['a truncated zip', { name: 'export.zip', bytes: exportZip().slice(0, 300) }, /^“export\.zip” is not a zip file Rapport can open/],
    ['a date in an unknown format', csv('Connections.csv', `${HEADER}\nAda,Lovelace-Test,https://www.linkedin.com/in/ada-lovelace-test,,,,2024.03.12\n`), /^“Connections\.csv” has a date Rapport does not recognise in data row 1: “2024\.03\.12”/],
    ['an impossible date', csv('messages.csv', 'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE\nc1,Ada,https://www.linkedin.com/in/ada-x,Bo,2024-02-31 10:00:00 UTC\n'), /^“messages\.csv” has a date Rapport does not recognise in data row 1: “2024-02-31 10:00:00 UTC”/],
    ['recommendations under a name that does not say given or received', csv('recs.csv', 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nAda,L,,,Hi,"1/2/25, 4:10 PM",VISIBLE\n'), /“recs\.csv” holds recommendations, but its name does not say whether they were given or received/],
    ['a broken file inside the zip', { name: 'export.zip', bytes: exportZip({ ...EXPORT_FILES, 'Invitations.csv': 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nA,B,"yesterday",,OUTGOING,x,y\n' }) }, /^“export\.zip › Invitations\.csv” has a date Rapport does not recognise in data row 1: “yesterday”/],
  ])('%s', (_, input, message) => {
    expect(() => readExport([input])).toThrow(message);
  });

  it('a 50 MB file broken in its last row is refused whole (and quickly)', () => {
    const row = 'Ada,Lovelace-Test,https://www.linkedin.com/in/ada-lovelace-test,,"Engines, Ltd",Analyst,12 Mar 2024\n';
    const count = Math.ceil((50 * 2 ** 20) / row.length);
    const text = `${HEADER}\n${row.repeat(count)}Bea,"Marlowe,https://www.linkedin.com/in/bea,,,,3 Jan 2025\n`;
    expect(text.length).toBeGreaterThan(50 * 2 ** 20);
    const started = performance.now();
    expect(() => readExport([csv('Connections.csv', text)])).toThrow(/“Connections\.csv” is not valid CSV: a quoted field is never closed/);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it.each([
    ['Connections.csv', 300 * 2 ** 20, /^“Connections\.csv” is 300 MB: too large to be a file of LinkedIn’s export \(at most 256 MB\)\./],
    ['Complete_LinkedInDataExport.zip', 1100 * 2 ** 20, /^“Complete_LinkedInDataExport\.zip” is 1100 MB: too large to be LinkedIn’s export \(at most 1024 MB\)\./],
  ])('%s of %i bytes is refused by its size, before it is read', (name, size, message) => {
    expect(() => checkInputSize(name, size)).toThrow(message);
    expect(() => checkInputSize(name, 30 * 2 ** 20)).not.toThrow();
  });

  it('a zip entry too large to be LinkedIn’s is refused before it is inflated', () => {
    // fflate reads the declared size from the zip's directory; forge it to just over the limit.
    const zip = zipSync({ 'Connections.csv': strToU8(CONNECTIONS) });
    const view = new DataView(zip.buffer);
    for (let offset = zip.length - 22; offset >= 0; offset--) {
      if (view.getUint32(offset, true) === 0x02014b50) {
        view.setUint32(offset + 24, MAX_CSV_BYTES + 1, true);
        break;
      }
    }
    expect(() => readExport([{ name: 'bomb.zip', bytes: zip }])).toThrow(/“bomb\.zip” holds “Connections\.csv”, which is \d+ MB unpacked: too large/);
  });
});
