import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { Remedy as RemedyResult } from '../core/results';
import { Remedy } from './Remedy';

const command: RemedyResult = {
  kind: 'oc',
  code: 'recreate-managed-scc',
  text: 'oc delete scc container-run',
};
const yamlRemedy: RemedyResult = {
  kind: 'yaml',
  code: 'scc-expected',
  value: { apiVersion: 'security.openshift.io/v1', kind: 'SecurityContextConstraints' },
};

describe('Remedy', () => {
  it('shows a command at once, read-only', () => {
    render(<Remedy remedy={command} />);
    expect(screen.getByDisplayValue('oc delete scc container-run')).toHaveProperty(
      'readOnly',
      true,
    );
  });

  it('shows a YAML remedy as YAML once its printer has loaded', async () => {
    render(<Remedy remedy={yamlRemedy} />);
    const text = await screen.findByDisplayValue(/^apiVersion: security\.openshift\.io\/v1/);
    expect((text as HTMLInputElement).value).toContain('kind: SecurityContextConstraints');
  });
});
