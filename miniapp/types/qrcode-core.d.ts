// The encoder of the `qrcode` package without its canvas/SVG renderers and Node entry: the app draws
// the modules itself. Same `create` as the package's main export (typed by @types/qrcode).
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
