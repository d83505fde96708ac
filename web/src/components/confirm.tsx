// Asking before a step that cannot be undone (discarding a draft, closing a procedure): the
// question takes the focus and is announced; "no" is as easy to reach as "yes".
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "react-aria-components";

export function Confirm(props: { question: string; yes: string; no: string; onYes: () => void; onNo: () => void }) {
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  // What asked (the button pressed): "no" gives the focus back to it, never to the page's body.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    question.current?.focus();
  }, []);
  const no = () => {
    const back = opener.current;
    props.onNo();
    window.requestAnimationFrame(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    });
  };
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1} role="alert">
        {props.question}
      </p>
      <div className="actions">
        <Button className="button danger" onPress={props.onYes}>
          {props.yes}
        </Button>
        <Button className="button secondary" onPress={no}>
          {props.no}
        </Button>
      </div>
    </div>
  );
}

/** A draft form's buttons: send, and discard the draft after asking. */
export function DraftActions(props: {
  sending: boolean;
  texts: {
    submit: string;
    sending: string;
    discard: string;
    discardQuestion: string;
    discardYes: string;
    discardNo: string;
  };
  onDiscard: () => void;
}) {
  const t = props.texts;
  const [asking, setAsking] = useState(false);
  return (
    <>
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={props.sending}>
          {props.sending ? t.sending : t.submit}
        </Button>
        <Button className="button secondary" onPress={() => setAsking(true)}>
          {t.discard}
        </Button>
      </div>
      {asking && (
        <Confirm
          question={t.discardQuestion}
          yes={t.discardYes}
          no={t.discardNo}
          onYes={() => {
            setAsking(false);
            props.onDiscard();
          }}
          onNo={() => setAsking(false)}
        />
      )}
    </>
  );
}
