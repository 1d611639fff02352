/**
 * The retext plugin entry (`textwash/retext`). Placeholder until the repair issue lands.
 */
export {}
