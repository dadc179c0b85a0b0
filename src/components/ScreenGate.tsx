import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import type { ClusterSnapshot } from '../core/snapshot';
import { I18N_NAMESPACE } from '../i18n';
import { forbiddenResources, pageStateOf } from '../utils/unreadable';
import { LoadingState } from './LoadingState';
import type * as EmptyStates from './EmptyStates';

/**
 * One of EmptyStates' components, lazily: they share one chunk, fetched when one shows (a healthy
 * cluster never shows any).
 */
export const emptyState = <K extends keyof typeof EmptyStates>(name: K) =>
  React.lazy(() => import('./EmptyStates').then((m) => ({ default: m[name] })));
const ErrorState = emptyState('ErrorState');
const ForbiddenState = emptyState('ForbiddenState');
const NotInstalledState = emptyState('NotInstalledState');
const NotOpenShiftState = emptyState('NotOpenShiftState');
const ReadAccessHelp = emptyState('ReadAccessHelp');

/**
 * The empty states both screens share; renders `children` once there is something to check,
 * preceded by a notice naming any resource the user may not read.
 */
export const ScreenGate: React.FC<{
  snapshot: ClusterSnapshot;
  /** Shown with the not-installed state (the page keeps the platform checks visible). */
  notInstalledExtra?: React.ReactNode;
  children: React.ReactNode;
}> = ({ snapshot, notInstalledExtra, children }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const forbidden = forbiddenResources(snapshot);
  const notice =
    forbidden.length > 0 ? (
      <Alert
        isInline
        variant="warning"
        title={t('Some checks are unknown: you are not allowed to read these resources')}
        data-test="forbidden-notice"
      >
        {/* The title says it at once; the list and the commands follow with their chunk. */}
        <React.Suspense fallback={null}>
          <ReadAccessHelp resources={forbidden} />
        </React.Suspense>
      </Alert>
    ) : null;
  // A whole-screen state keeps the spinner until its chunk arrives.
  const screen = (state: React.ReactNode) => (
    <React.Suspense fallback={<LoadingState />}>{state}</React.Suspense>
  );
  switch (pageStateOf(snapshot)) {
    case 'loading':
      return <LoadingState />;
    case 'not-openshift':
      return screen(<NotOpenShiftState />);
    case 'forbidden':
      return screen(<ForbiddenState resources={forbidden} />);
    case 'error':
      return screen(
        <ErrorState
          message={snapshot.cheClusters.state === 'error' ? snapshot.cheClusters.message : ''}
        />,
      );
    case 'not-installed':
      return (
        <>
          {screen(<NotInstalledState />)}
          {notice}
          {notInstalledExtra}
        </>
      );
    default:
      return (
        <>
          {notice}
          {children}
        </>
      );
  }
};
