import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Only TARO_APP_* variables reach the app. Taro reads them from .env files;
 * these defaults (overridable from the shell) let both targets build without one.
 */
const APP_ENV_DEFAULTS = {
  TARO_APP_API_BASE: 'http://127.0.0.1:3000/api/v1',
  TARO_APP_WECHAT_OAUTH_BASE: 'http://127.0.0.1:3001',
  TARO_APP_WECHAT_APPID: 'wx_onetrip_dev',
  // Where the H5 app is published (the BFF's PUBLIC_H5_URL): the mini-program's own QR codes point there.
  TARO_APP_PUBLIC_H5_URL: 'http://127.0.0.1:10086',
} as const;

function appEnv(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, fallback] of Object.entries(APP_ENV_DEFAULTS)) values[key] = process.env[key] || fallback;
  // The H5 cashier page is the WeChat Pay simulator's, which runs in the same mock server as OAuth.
  values.TARO_APP_WECHAT_PAY_H5_BASE =
    process.env.TARO_APP_WECHAT_PAY_H5_BASE ||
    values.TARO_APP_WECHAT_OAUTH_BASE ||
    APP_ENV_DEFAULTS.TARO_APP_WECHAT_OAUTH_BASE;
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)]));
}

// The workspace `shared` package ships TypeScript source; Taro compiles node_modules only when told.
const sharedSource = path.resolve(__dirname, '../../shared/src');
const hashed = (dir: string, ext: string) => `${dir}/[name].[contenthash:8].${ext}`;

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'onetrip-miniapp',
    date: '2026-11-01',
    // 1px in our styles is one CSS pixel on both targets (pxtransform is off).
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: appEnv(),
    defineConstants: {},
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSource] },
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      webpackChain(chain) {
        // Taro splits initial chunks only: without this group every lazily loaded page
        // carries its own copy of the H5 component wrappers and our shared modules.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              pageShared: {
                name: 'page-shared',
                chunks: 'async',
                minChunks: 2,
                priority: 50,
                reuseExistingChunk: true,
                enforce: true,
              },
            },
          },
        });
      },
      compile: { include: [sharedSource] },
      output: { filename: hashed('js', 'js'), chunkFilename: hashed('js', 'js') },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: hashed('css', 'css'),
        chunkFilename: hashed('css', 'css'),
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
