/**
 * Module declarations for vite's asset and worker imports used by the app, so `tsc` understands them.
 */
declare module '*?url' {
  const url: string;
  export default url;
}

/** The package version, injected by vite (`define` in vite.config.ts). */
declare const __QNET_VERSION__: string;

declare module '*.css' {}
