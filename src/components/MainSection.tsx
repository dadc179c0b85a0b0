import * as React from 'react';
import { css } from '@patternfly/react-styles';
import styles from '@patternfly/react-styles/css/components/Page/page';

/**
 * What PatternFly's default PageSection renders (a main section and its body wrapper), without
 * the Page module it imports for its context: that brings Page, its sidebar and the Drawer
 * (~7 KB gzip) to every 4.20/4.21 console, which share no PatternFly with plugins.
 */
export const MainSection: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <section className={css(styles.pageMainSection)}>
    <div className={css(styles.pageMainBody)}>{children}</div>
  </section>
);
