import { use } from 'react';
import { renderProblem, type Problem } from '../events/problems.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';

/** Each problem on its line, in the reader's language (its catalog is fetched only now that there are problems). */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const catalog = use(useTranslator().problemCatalog());
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{renderProblem(catalog, problem)}</code>
        </li>
      ))}
    </ul>
  );
}
