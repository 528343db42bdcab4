import { useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import './copyButton.css';

export interface CopyButtonProps {
  /** The text to put on the clipboard, or a function giving it at the time of the click. */
  readonly text: string | (() => string);
  readonly children: string;
  /** Names the button when its visible label is not enough on its own (e.g. "Copy APA citation"). */
  readonly label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies with one click and says so. The clipboard can be refused (an iframe without
 * `allow="clipboard-write"`, an old browser): then the reader is told to copy by hand.
 */
export function CopyButton({ text, children, label }: CopyButtonProps) {
  const { t } = useTranslator();
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    const value = typeof text === 'function' ? text() : text;
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={copy} aria-label={label}>
        {children}
      </button>
      <span role="status" className="copy-button-status">
        {state === 'copied' && t('ui.copied')}
        {state === 'failed' && t('ui.copyFailed')}
      </span>
    </span>
  );
}
