import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import type { ClusterSnapshot } from '../core/snapshot';
import { I18N_NAMESPACE } from '../i18n';
import { forbiddenResources, pageStateOf } from '../utils/unreadable';
import {
  ErrorState,
  ForbiddenState,
  LoadingState,
  NotInstalledState,
  NotOpenShiftState,
  ReadAccessHelp,
} from './EmptyStates';

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
        <ReadAccessHelp resources={forbidden} />
      </Alert>
    ) : null;
  switch (pageStateOf(snapshot)) {
    case 'loading':
      return <LoadingState />;
    case 'not-openshift':
      return <NotOpenShiftState />;
    case 'forbidden':
      return <ForbiddenState resources={forbidden} />;
    case 'error':
      return (
        <ErrorState
          message={snapshot.cheClusters.state === 'error' ? snapshot.cheClusters.message : ''}
        />
      );
    case 'not-installed':
      return (
        <>
          <NotInstalledState />
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
