// Forward-only cursors (the API's connections) turned into previous/next pages: the cursors of
// the pages seen so far are kept, so "previous" is the cursor before the current one.
import { useCallback, useState } from 'react';

export function usePager() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((list) => [...list, endCursor]);
  }, []);
  const previous = useCallback(
    () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    [],
  );
  const restart = useCallback(() => setCursors([null]), []);
  return { after, page: cursors.length, hasPrevious: cursors.length > 1, next, previous, restart };
}
