import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('offers a YAML remedy behind a button, then shows the whole object as YAML', async () => {
    render(<Remedy remedy={yamlRemedy} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    const show = screen.getByRole('button', { name: 'Show the YAML' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(show);
    const text = await screen.findByText(/^apiVersion: security\.openshift\.io\/v1/);
    expect(text.textContent).toBe(
      'apiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\n',
    );
    expect(screen.queryByRole('button', { name: 'Show the YAML' })).toBeNull();
  });
});
