// The previous and next buttons of a list paged by cursors (not in `lists.tsx`, which the
// sign-in screen's script carries).
import { Button } from "react-aria-components";

/** A list paged by cursors: `pages` holds the cursor of each page up to this one (null for the
 * first), so "previous" goes back one and "next" follows the page's end. */
export function Paging(props: {
  pages: readonly (string | null)[];
  setPages: (change: (pages: (string | null)[]) => (string | null)[]) => void;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null } | null;
  previous: string;
  next: string;
}) {
  const end = props.pageInfo?.hasNextPage ? props.pageInfo.endCursor : null;
  return (
    <div className="actions paging">
      {props.pages.length > 1 && (
        <Button className="button secondary" onPress={() => props.setPages((p) => p.slice(0, -1))}>
          {props.previous}
        </Button>
      )}
      {end && (
        <Button className="button secondary" onPress={() => props.setPages((p) => [...p, end])}>
          {props.next}
        </Button>
      )}
    </div>
  );
}
