import { fireEvent, render, screen } from '@testing-library/react';
import { createPortal as realCreatePortal } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { createPortal } from './reactDomPortal';

describe('the createPortal stand-in of the 4.20/4.21 build', () => {
  it('builds the element react-dom builds', () => {
    const container = document.createElement('div');
    const children = <span>in the portal</span>;
    expect(createPortal(children, container, 'k')).toEqual(
      realCreatePortal(children, container, 'k'),
    );
    expect(createPortal(children, container)).toEqual(realCreatePortal(children, container));
  });

  it('is mounted by the page’s renderer into its container, and events reach the React parent', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onClick = vi.fn();
    const { unmount } = render(
      <div data-test="app" onClick={onClick}>
        {createPortal(<button type="button">Copy</button>, container)}
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Copy' });
    expect(container.contains(button)).toBe(true);
    expect(screen.getByTestId('app').contains(button)).toBe(false);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    unmount();
    expect(container.contains(button)).toBe(false);
    container.remove();
  });
});
