// A board's breach log (art. 33(5) GDPR) as CSV or XLSX, fetched with the person's token: every
// incident that affected the board with its decision on notifying the authority.
import { useState } from 'react';
import type { ApiProblem } from '../api/api-problem';
import { downloadWithToken } from '../files/download';
import { exportFilename } from '../files/export-filename';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';

export function BreachLogDownloads({ board }: { board: { id: string; name: string } }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  const download = async (format: 'csv' | 'xlsx') => {
    if (busy) return;
    setBusy(format);
    setProblem(null);
    setSaid(null);
    const filename = exportFilename('register-datalekken', board.name, format);
    const answer = await downloadWithToken(
      `/api/boards/${board.id}/breach-log.${format}`,
      filename,
    );
    setBusy(null);
    if (!answer.ok) setProblem(answer.problem);
    else setSaid(t('incidents.breachLog.downloaded', { filename }));
  };

  return (
    <section className="panel" aria-labelledby="incidents-breach-log">
      <h2 id="incidents-breach-log">{t('incidents.breachLog.title')}</h2>
      <p>{t('incidents.breachLog.intro')}</p>
      <div className="download-actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void download(format)}
          >
            {busy === format
              ? t('incidents.breachLog.downloading')
              : t(`incidents.breachLog.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className={said ? 'notice notice--success' : 'visually-hidden'}>
        {said ?? ''}
      </p>
      <ProblemMessage problem={problem} />
    </section>
  );
}
