// The operators' sign-in: the platform's single sign-on (or, in the demo, an operator to sign in
// as). Loaded only on the console's route, never with the staff's sign-in.
import { useEffect } from "react";
import { ROUTES } from "../../lib/route.ts";
import { DevSignIn } from "../signin/DevSignIn.tsx";
import { texts } from "./texts.ts";

export function OperatorSignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  useEffect(() => {
    document.title = texts.signInTitle;
  }, []);
  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{texts.signInTitle}</h1>
      <p>{texts.signInIntro}</p>
      <p>
        <a
          className="button primary"
          href={`/auth/login?operators=true&return_to=${encodeURIComponent(ROUTES.operator)}`}
        >
          {texts.ssoButton}
        </a>
      </p>
      <DevSignIn scope={{ operators: "true" }} onSignedIn={onSignedIn} />
      <p>
        <a href={ROUTES.start}>{texts.backToMunicipalities}</a>
      </p>
    </section>
  );
}
