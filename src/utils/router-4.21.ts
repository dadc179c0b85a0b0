/**
 * router.ts for the 4.20/4.21 consoles: their react-router-dom-v5-compat (react-router 6's API),
 * which the console renders plugin routes with and shares with plugins.
 */
export { Link, useLocation } from 'react-router-dom-v5-compat';
