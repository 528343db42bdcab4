import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

/** A bug must end in a readable message, never a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="error-panel" role="alert" aria-labelledby="unexpected-error-title">
        <h2 id="unexpected-error-title">Something went wrong in the timeline</h2>
        <p>
          This is a fault in the app, not in the data: <code>{error.message}</code>
        </p>
        <p>Reload the page. If it happens again, please report it with the message above.</p>
      </section>
    );
  }
}
