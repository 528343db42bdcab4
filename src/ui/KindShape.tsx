import type { EventKind } from '../events/schema.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { KIND_ORDER, KIND_SHAPES, kindName } from './kindShapes.ts';
import './kinds.css';

/** The kind's shape, hidden from screen readers: it always stands beside the kind's name or a label for it. */
export function KindShape({ kind }: { kind: EventKind }) {
  return (
    <svg className={`kind-shape kind-${kind}`} viewBox="0 0 10 10" fillRule="evenodd" aria-hidden="true">
      <path d={KIND_SHAPES[kind].path} />
    </svg>
  );
}

/** The shape and the name of the kind, e.g. on the card: "◆ Treaty or convention". */
export function KindName({ kind }: { kind: EventKind }) {
  const { t } = useTranslator();
  return (
    <span className="kind-name">
      <KindShape kind={kind} /> {kindName(t, kind)}
    </span>
  );
}

/**
 * The key to the shapes and the bands, folded away in one short line under the timeline so that it
 * never takes room from the tracks of a small frame.
 */
export function KindLegend() {
  const { t } = useTranslator();
  return (
    <details className="kind-legend">
      <summary>{t('ui.key')}</summary>
      <ul aria-label={t('ui.kinds')}>
        {KIND_ORDER.map((kind) => (
          <li key={kind}>
            <KindName kind={kind} />
          </li>
        ))}
        <li>
          <span className="kind-name">
            <span className="kind-period-swatch" aria-hidden="true" /> {t('ui.period')}
          </span>
        </li>
      </ul>
    </details>
  );
}
