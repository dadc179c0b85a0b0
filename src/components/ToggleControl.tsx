import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner, Tooltip } from '@patternfly/react-core';
import type { CheClusterReport } from '../core/results';
import { toggleAvailability } from '../core/toggleAvailability';
import { useCanPatchCheCluster } from '../hooks/useCheClusterPatch';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import { findingText } from './text';

// The dialog (PatternFly's Modal, its portal and focus trap) loads when it first opens.
const ToggleConfirmation = React.lazy(() =>
  import('./ToggleConfirmation').then((m) => ({ default: m.ToggleConfirmation })),
);

/**
 * The switch, shown to everyone. It is usable only when the core allows the change and the user
 * may patch the CheCluster; otherwise it stays focusable (aria-disabled) with the reason in a tooltip.
 */
export const ToggleControl: React.FC<{
  cheClusterReport: CheClusterReport;
  cheCluster: CheCluster | undefined;
}> = ({ cheClusterReport, cheCluster }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { namespace, name } = cheClusterReport.cheCluster;
  const [canPatch, accessLoading] = useCanPatchCheCluster(namespace, name);
  const [open, setOpen] = React.useState(false);
  const enable = !cheClusterReport.requestedEnabled;
  const decision = enable ? cheClusterReport.enable : cheClusterReport.disable;

  const availability = toggleAvailability({
    loaded: !!cheCluster,
    accessLoading,
    canPatch,
    decision,
  });
  const reason = ((): string | null => {
    switch (availability.kind) {
      case 'available':
        return null;
      case 'not-loaded':
        return t('The CheCluster is not loaded yet.');
      case 'checking-access':
        return t('Checking your permissions…');
      case 'not-permitted':
        return t('You are not allowed to patch the CheCluster {{namespace}}/{{name}}.', {
          namespace,
          name,
        });
      case 'blocked':
        return availability.blockers.length
          ? availability.blockers.map((b) => findingText(t, cheClusterReport, b)).join(' ')
          : t('The readiness checks do not allow this change yet.');
    }
  })();
  const label = enable ? t('Turn on nested containers') : t('Turn off nested containers');

  const button = (
    <Button
      variant={enable ? 'primary' : 'secondary'}
      isDanger={!enable}
      isAriaDisabled={reason !== null}
      onClick={() => setOpen(true)}
      data-test="nested-containers-toggle"
      data-action={enable ? 'enable' : 'disable'}
      data-allowed={reason === null}
      data-unverified={availability.kind === 'available' ? availability.unverified.length : 0}
    >
      {label}
    </Button>
  );
  return (
    <>
      {reason === null ? button : <Tooltip content={reason}>{button}</Tooltip>}
      {open && cheCluster && (
        <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
          <ToggleConfirmation
            enable={enable}
            cheClusterReport={cheClusterReport}
            cheCluster={cheCluster}
            onClose={() => setOpen(false)}
          />
        </React.Suspense>
      )}
    </>
  );
};
