import type { Metadata } from "next";
import { MAX_IMPORT_BYTES, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from "@/lib/domain/csv-tallies";
import { ImportForm } from "./import-form";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const metadata: Metadata = { title: "Import tallies" };

export default async function ImportTalliesPage() {
  return withDeskAccess("tally:import", async () => {
    return (
      <>
        <h1>Import tallies</h1>
        <p>
          A CSV file with a header row and one row per reporting unit and candidate. Columns:{" "}
          {REQUIRED_COLUMNS.map((c) => (
            <code key={c}>{c} </code>
          ))}
          and optionally{" "}
          {OPTIONAL_COLUMNS.map((c) => (
            <code key={c}>{c} </code>
          ))}
          . Name races, units and candidates by slug or by name (a race as “Office, Seat”). Counts are absolute, not increments.
        </p>
        <p className="small muted">
          A check reads every row and lists each problem with its line; nothing is written. An import writes the whole file
          or nothing, and importing the same file again changes nothing. A file that lowers a count must be sent as a correction.
        </p>
        <ImportForm maxBytes={MAX_IMPORT_BYTES} />
      </>
    );
  });
}
