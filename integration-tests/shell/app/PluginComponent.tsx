// Renders a component a plugin extension refers to by `$codeRef`: resolved lazily on first render
// (as the console does), inside Suspense (i18n namespaces, lazy chunks) and an error boundary.
import * as React from 'react';
import { Alert, Bullseye, Spinner } from '@patternfly/react-core';
import type { CodeRef } from './pluginLoader';

type AnyProps = Record<string, unknown>;
const lazyCache = new WeakMap<CodeRef, React.LazyExoticComponent<React.ComponentType<AnyProps>>>();

const lazyFromCodeRef = (ref: CodeRef) => {
  let lazy = lazyCache.get(ref);
  if (!lazy) {
    lazy = React.lazy(async () => {
      const component = await ref();
      if (typeof component !== 'function' && typeof component !== 'object') {
        throw new Error(
          `Code reference did not resolve to a React component (got ${typeof component})`,
        );
      }
      return { default: component as React.ComponentType<AnyProps> };
    });
    lazyCache.set(ref, lazy);
  }
  return lazy;
};

class ErrorBoundary extends React.Component<
  { children: React.ReactNode; pluginName: string },
  { error?: Error }
> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <Alert
          variant="danger"
          isInline
          title="Oh no! Something went wrong."
          data-test="plugin-error-boundary"
        >
          <p>
            {this.props.pluginName}: {this.state.error.message}
          </p>
        </Alert>
      );
    }
    return this.props.children;
  }
}

export const Loading: React.FC = () => (
  <Bullseye>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

export const PluginComponent: React.FC<{
  codeRef: CodeRef;
  pluginName: string;
  props?: AnyProps;
}> = ({ codeRef, pluginName, props }) => {
  const Component = lazyFromCodeRef(codeRef);
  return (
    <ErrorBoundary pluginName={pluginName}>
      <React.Suspense fallback={<Loading />}>
        <Component {...props} />
      </React.Suspense>
    </ErrorBoundary>
  );
};
