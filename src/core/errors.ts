/**
 * An expected miss whose text the user may see (a dataset that is not loaded, an expired button…).
 * Adapters show `message` as is; any other error is logged and replaced by one generic line.
 * The message is plain text, Chinese first; adapters escape it for their medium.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
