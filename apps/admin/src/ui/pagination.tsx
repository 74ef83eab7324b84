import { useI18n } from '../i18n';
import type { usePager } from './pager';

/** The part of an API connection (a page of a list) that paging needs. */
export interface PagedConnection {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

export function Pagination(props: {
  pager: ReturnType<typeof usePager>;
  pageSize: number;
  connection: PagedConnection;
}) {
  const { t, formatNumber } = useI18n();
  const { pager } = props;
  const { hasNextPage, endCursor } = props.connection.pageInfo;
  const pages = Math.max(1, Math.ceil(props.connection.totalCount / props.pageSize));
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
        aria-disabled={!hasNextPage || undefined}
        onClick={() => hasNextPage && pager.next(endCursor)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
