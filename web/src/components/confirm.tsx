// Asking before a step that cannot be undone (discarding a draft, closing a procedure): the
// question takes the focus and is announced; "no" is as easy to reach as "yes".
import { useEffect, useId, useRef } from "react";
import { Button } from "react-aria-components";

export function Confirm(props: { question: string; yes: string; no: string; onYes: () => void; onNo: () => void }) {
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1} role="alert">
        {props.question}
      </p>
      <div className="actions">
        <Button className="button danger" onPress={props.onYes}>
          {props.yes}
        </Button>
        <Button className="button secondary" onPress={props.onNo}>
          {props.no}
        </Button>
      </div>
    </div>
  );
}
