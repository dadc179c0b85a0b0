import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ManagedClusterCommandsNotice } from './ManagedClusterCommandsNotice';

describe('ManagedClusterCommandsNotice', () => {
  it("gives the oc login that points oc at the managed cluster's API server", () => {
    render(
      <ManagedClusterCommandsNotice
        cluster="prod-east"
        apiUrl="https://api.prod-east.example.com:6443"
      />,
    );
    expect(
      screen.getByText('The commands on this page act on the cluster oc is logged in to'),
    ).toBeTruthy();
    const login = screen.getByRole('textbox', { name: 'Log in to prod-east' });
    expect(login).toHaveProperty(
      'value',
      'oc login --server=https://api.prod-east.example.com:6443',
    );
    expect(login).toHaveProperty('readOnly', true);
    expect(screen.getByRole('button', { name: 'Copy: Log in to prod-east' })).toBeTruthy();
  });

  it('still says to log in first when the API server is not known', () => {
    render(<ManagedClusterCommandsNotice cluster="prod-east" />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(
      screen.getByText(/log in to prod-east with oc login and its API server URL\.$/),
    ).toBeTruthy();
  });
});
