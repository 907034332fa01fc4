// A command line that cannot be used as given: printed as INVALID_ARGUMENT, exit 2, before any call.
export class UsageError extends Error {}
