import { useI18n } from '../i18n';
import type { usePager } from './pager';

export function Pagination(props: {
  pager: ReturnType<typeof usePager>;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const { pager } = props;
  const pages = Math.max(1, Math.ceil(props.totalCount / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!pager.hasPrevious || undefined}
        onClick={() => pager.hasPrevious && pager.previous()}
      >
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">
        {t('pagination.status', { page: formatNumber(pager.page), pages: formatNumber(pages) })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!props.hasNextPage || undefined}
        onClick={() => props.hasNextPage && pager.next(props.endCursor)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
