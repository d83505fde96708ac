// Buttons that fetch a document the API makes (a PDF in base64) when pressed and save it, saying
// what happened in a status line. Documents are made on request, never with the screen's data.
import { useState } from "react";
import { Button } from "react-aria-components";
import { save, type SentFile } from "../lib/download.ts";

const said = {
  fetching: "Przygotowywanie dokumentu…",
  saved: (name: string) => `Zapisano dokument ${name}.`,
  failed: "Nie udało się przygotować dokumentu. Spróbuj ponownie.",
};

export type DocumentButton = { label: string; fetch: () => Promise<SentFile | null | undefined> };

/** One button per document, and the status line they share. */
export function DocumentButtons({ documents }: { documents: readonly DocumentButton[] }) {
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (d: DocumentButton) => {
    if (busy) return;
    setBusy(true);
    setStatus(said.fetching);
    try {
      const file = await d.fetch();
      if (file) {
        save(file);
        setStatus(said.saved(file.fileName));
      } else {
        setStatus(said.failed);
      }
    } catch {
      setStatus(said.failed);
    }
    setBusy(false);
  };
  if (documents.length === 0) return null;
  return (
    <div className="actions documents">
      {documents.map((d) => (
        <Button key={d.label} className="button secondary" onPress={() => void run(d)}>
          {d.label}
        </Button>
      ))}
      <p role="status" className="status-line">
        {status}
      </p>
    </div>
  );
}
