// oidc-provider ships no types; the test provider types what it uses itself.
declare module 'oidc-provider';
