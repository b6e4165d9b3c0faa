/** A start-up failure whose message tells the operator what happened and what to do. */
export class StartupError extends Error {}
