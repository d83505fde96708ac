// The buttons that save the figures on screen as a file: CSV or XLSX, with Polish headers.
import { useState } from "react";
import { Button } from "react-aria-components";
import { save, type SentFile } from "../../lib/download.ts";
import { texts } from "./texts.ts";

export type ExportFormat = "CSV" | "XLSX";

export function ExportButtons({
  fetchFile,
  names = { csv: texts.exportCsv, xlsx: texts.exportXlsx },
}: {
  fetchFile: (format: ExportFormat) => Promise<SentFile | null>;
  names?: { csv: string; xlsx: string };
}) {
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(true);
    setStatus(texts.exporting);
    try {
      const file = await fetchFile(format);
      if (file) {
        save(file);
        setStatus(texts.exported(file.fileName));
      } else {
        setStatus(texts.exportFailed);
      }
    } catch {
      setStatus(texts.exportFailed);
    }
    setBusy(false);
  };
  return (
    <div className="actions export">
      <Button className="button secondary" onPress={() => void run("CSV")}>
        {names.csv}
      </Button>
      <Button className="button secondary" onPress={() => void run("XLSX")}>
        {names.xlsx}
      </Button>
      <p role="status" className="status-line">
        {status}
      </p>
    </div>
  );
}
