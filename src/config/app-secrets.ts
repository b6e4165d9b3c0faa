/** Secrets derived once at start-up (see resolveSessionSecret): sessions and signed links use them. */
export class AppSecrets {
  constructor(readonly sessionSecret: string) {}
}
