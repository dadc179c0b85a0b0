// webpack's share-scope version matching (lib/sharing/semver.js), which ships without types.
declare module 'webpack/lib/sharing/semver' {
  type EncodedRange = (string | number)[];
  export const parseRange: (range: string) => EncodedRange;
  export const rangeToString: (range: EncodedRange) => string;
  export const satisfy: (range: EncodedRange, version: string) => boolean;
}
