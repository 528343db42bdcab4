import { Suspense } from 'react';
import type { Problem } from '../events/problems.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Problems that did not stop the data from loading (unknown fields), for whoever edits the file. */
export function DataWarnings({ file, warnings }: { file: string; warnings: readonly Problem[] }) {
  const { t } = useTranslator();
  if (warnings.length === 0) return null;
  return (
    <details className="app-warnings">
      <summary>{t('app.dataWarnings', { file, count: warnings.length })}</summary>
      <Suspense>
        <ProblemList problems={warnings} />
      </Suspense>
    </details>
  );
}
