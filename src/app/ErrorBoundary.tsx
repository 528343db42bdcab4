import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel.tsx';

interface ErrorBoundaryProps {
  readonly file: string;
  readonly children: ReactNode;
}

/** A bug must end in a readable message, never a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state as { error: Error | null };
    if (!error) return this.props.children;
    return <ErrorPanel file={this.props.file} problems={[{ path: '', message: `unexpected error: ${error.message}` }]} />;
  }
}
