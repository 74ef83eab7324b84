// A table's frame: on a narrow screen (a 390 px phone) a wide table scrolls sideways inside it
// rather than pushing the whole page sideways. Only while it does scroll is the frame a named
// region in the Tab order, so that a keyboard user can scroll it with the arrow keys (WCAG
// 2.1.1; axe's scrollable-region-focusable) without an extra Tab stop on a wide screen.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export function TableFrame(props: {
  /** What the table shows, as its caption says it: the scrolling region's name. */
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => setScrolls(frame.scrollWidth > frame.clientWidth + 1);
    measure();
    // jsdom (the component tests) has no ResizeObserver; there nothing ever scrolls.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={`table-frame${props.className ? ` ${props.className}` : ''}`}
      {...(scrolls
        ? {
            role: 'region',
            tabIndex: 0,
            'aria-label': t('tableFrame.label', { table: props.label }),
          }
        : {})}
    >
      {props.children}
    </div>
  );
}
