import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Flex, FlexItem, TextInput } from '@patternfly/react-core';
import type { RowState } from '../../core/fleet/fleetRow';
import type { FleetView } from '../../core/fleet/fleetView';
import type { Verdict } from '../../core/results';
import { I18N_NAMESPACE } from '../../i18n';
import { stateText } from '../text';
import { NativeSelect } from './NativeSelect';

export interface FleetToolbarProps {
  view: FleetView;
  onView: (view: FleetView) => void;
  versions: string[];
  reading: number;
  total: number;
  onRefresh: () => void;
  onExport: (format: 'json' | 'markdown') => void;
}

export const FleetToolbar: React.FC<FleetToolbarProps> = ({
  view,
  onView,
  versions,
  reading,
  total,
  onRefresh,
  onExport,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const verdicts: { value: Verdict | ''; label: string }[] = [
    { value: '', label: t('Any verdict') },
    { value: 'ready', label: t('Ready') },
    { value: 'ready-with-warnings', label: t('Ready, with warnings') },
    { value: 'not-ready', label: t('Not ready') },
    { value: 'unavailable', label: t('Not available on this cluster') },
    { value: 'unknown', label: t('Unknown: data missing') },
  ];
  const states: RowState[] = ['enabled', 'disabled', 'enabling', 'disabling', 'mixed'];
  return (
    <Flex
      alignItems={{ default: 'alignItemsCenter' }}
      spaceItems={{ default: 'spaceItemsSm' }}
      data-test="fleet-toolbar"
    >
      <FlexItem>
        <TextInput
          type="search"
          aria-label={t('Search clusters by name')}
          placeholder={t('Search by name')}
          value={view.search}
          onChange={(_e, search) => onView({ ...view, search })}
          data-test="fleet-search"
        />
      </FlexItem>
      <FlexItem>
        <NativeSelect
          label={t('Verdict')}
          value={view.verdict}
          options={verdicts}
          onChange={(verdict) => onView({ ...view, verdict })}
          dataTest="fleet-filter-verdict"
        />
      </FlexItem>
      <FlexItem>
        <NativeSelect<FleetView['state']>
          label={t('Nested containers')}
          value={view.state}
          options={[
            { value: '', label: t('Any state') },
            ...states.map((s) => ({ value: s, label: stateText(t, s) })),
            { value: 'none', label: t('No CheCluster') },
          ]}
          onChange={(state) => onView({ ...view, state })}
          dataTest="fleet-filter-state"
        />
      </FlexItem>
      <FlexItem>
        <NativeSelect
          label={t('OpenShift version')}
          value={view.version}
          options={[
            { value: '', label: t('Any OpenShift version') },
            ...versions.map((v) => ({
              value: v,
              label: t('OpenShift {{version}}', { version: v }),
            })),
          ]}
          onChange={(version) => onView({ ...view, version })}
          dataTest="fleet-filter-version"
        />
      </FlexItem>
      <FlexItem>
        <Button variant="secondary" onClick={onRefresh} data-test="fleet-refresh">
          {t('Read again')}
        </Button>
      </FlexItem>
      <FlexItem>
        <Button variant="link" onClick={() => onExport('json')} data-test="fleet-export-json">
          {t('Download JSON')}
        </Button>
        <Button
          variant="link"
          onClick={() => onExport('markdown')}
          data-test="fleet-export-markdown"
        >
          {t('Download Markdown')}
        </Button>
      </FlexItem>
      <FlexItem
        align={{ default: 'alignRight' }}
        data-test="fleet-progress"
        data-reading={reading}
        data-total={total}
      >
        {reading > 0
          ? t('Reading {{reading}} of {{total}} clusters…', {
              reading: String(reading),
              total: String(total),
            })
          : t('{{total}} clusters read', { total: String(total) })}
      </FlexItem>
    </Flex>
  );
};
