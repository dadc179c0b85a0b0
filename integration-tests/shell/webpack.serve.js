// `npm run start`: the plugin's own webpack config served on :9001 with the CORS headers the
// console's plugin proxy needs, for `npm run start-console` (the real console in a container).
const base = require('../../webpack.config.js');

module.exports = {
  ...base,
  devServer: {
    port: 9001,
    host: '0.0.0.0',
    allowedHosts: 'all',
    hot: false,
    liveReload: false,
    client: false,
    static: false,
    historyApiFallback: false,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, PATCH, OPTIONS',
      'Access-Control-Allow-Headers': 'X-Requested-With, Content-Type, Authorization',
    },
    // The console proxies /api/plugins/<name>/<file> to http://<host>:9001/<file>.
    devMiddleware: { publicPath: '/' },
  },
};
