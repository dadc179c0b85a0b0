/**
 * The console's router, for in-console links and the current path. The 4.22 console shares
 * react-router 7; the 4.20/4.21 build swaps this file for router-4.21.ts (webpack.config.js),
 * since those consoles share react-router 5, whose hooks do not see the v6 routes the console
 * renders plugin pages in. Both export the same two names with the same meaning.
 */
export { Link, useLocation } from 'react-router';
