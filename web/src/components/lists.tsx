// What every list screen shows around its table, in the screen's words.
import { Button } from "react-aria-components";

/** The list could not be loaded: said as an alert, with a button to try again. */
export function LoadError(props: { text: string; retry: string; onRetry: () => void }) {
  return (
    <p role="alert">
      {props.text}{" "}
      <Button className="button secondary" onPress={props.onRetry}>
        {props.retry}
      </Button>
    </p>
  );
}
