// What a part of the console shows until its query answers: that it loads, or that it failed,
// with a button to try again.
import { LoadError } from "../../components/lists.tsx";
import { texts } from "./texts.ts";

export function Pending({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return error ? (
    <LoadError text={texts.loadError} retry={texts.retry} onRetry={onRetry} />
  ) : (
    <p role="status">{texts.loading}</p>
  );
}
