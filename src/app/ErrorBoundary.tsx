import { Component, type ReactNode } from 'react';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { withElements } from '../i18n/withElements.tsx';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What failed, for the message: the timeline (the default) or an event card. */
  readonly part?: 'timeline' | 'card';
  /** A change of this value (e.g. another event) tries the children again. */
  readonly resetKey?: string;
}

/** A bug must end in a readable message, never a blank page, and take down no more than its part. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Crash part={this.props.part ?? 'timeline'} error={error} />;
  }
}

function Crash({ part, error }: { part: 'timeline' | 'card'; error: Error }) {
  const { t } = useTranslator();
  return (
    <section className="error-panel" role="alert">
      <h2>{t(part === 'card' ? 'app.crash.card' : 'app.crash.timeline')}</h2>
      <p>{withElements(t, 'app.crash.fault', { message: <code>{error.message}</code> })}</p>
      <p>{t('app.crash.reload')}</p>
    </section>
  );
}
