/**
 * `react-dom` for the 4.20/4.21 build, which must bundle PatternFly: PatternFly imports react-dom
 * only for `createPortal` (Popper, Modal), and those consoles do not share react-dom with plugins,
 * so the real package would bring a second renderer (~40 KB gzip) to make one plain object.
 * A portal is a React element that the renderer which meets it (the console's react-dom) mounts
 * into `containerInfo`; its shape and type symbol are what react-dom 17 and 18 build
 * (react-reconciler ReactPortal.js createPortal, shared/ReactSymbols.js REACT_PORTAL_TYPE).
 * webpack.config.js aliases `react-dom` here for that build only; anything else imported from it
 * fails the build.
 */
import type { ReactNode, ReactPortal } from 'react';

const REACT_PORTAL_TYPE = Symbol.for('react.portal');

export const createPortal = (
  children: ReactNode,
  container: Element | DocumentFragment,
  key?: string | null,
): ReactPortal =>
  ({
    $$typeof: REACT_PORTAL_TYPE,
    key: key == null ? null : String(key),
    children,
    containerInfo: container,
    implementation: null,
  }) as unknown as ReactPortal;
