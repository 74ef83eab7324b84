// Every page's h1. It names the page in the document title and, after an in-app navigation,
// takes the focus, so that a screen reader announces the new page and the next Tab starts at
// its content (a single-page app otherwise leaves the focus on the link that was followed).
import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

export function PageHeading(props: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${props.title} · Regie`;
  }, [props.title]);

  useEffect(() => {
    // The page a person lands on keeps the browser's own start position.
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {props.children ?? props.title}
    </h1>
  );
}
