import * as React from 'react';
import { PF_CLASSES as pf } from './patternflyClasses';

/**
 * What PatternFly's default PageSection renders (a main section and its body wrapper), without
 * the Page module it imports for its context: that brings Page, its sidebar and the Drawer
 * (~7 KB gzip) to every 4.20/4.21 console, which share no PatternFly with plugins.
 */
export const MainSection: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <section className={pf.pageMainSection}>
    <div className={pf.pageMainBody}>{children}</div>
  </section>
);
