import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What failed, for the message: "the timeline", "this event card". */
  readonly part?: string;
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
    const part = this.props.part ?? 'the timeline';
    return (
      <section className="error-panel" role="alert">
        <h2>Something went wrong in {part}</h2>
        <p>
          This is a fault in the app, not in the data: <code>{error.message}</code>
        </p>
        <p>Reload the page. If it happens again, please report it with the message above.</p>
      </section>
    );
  }
}
