import { CsvExportSection } from './csv-export-section';
import { LinkedInImportSection } from './linkedin-import-section';

/** Your history in (LinkedIn's data export), your data out (CSV for spreadsheets). */
export function ImportExportSections() {
  return (
    <>
      <LinkedInImportSection />
      <CsvExportSection />
    </>
  );
}
