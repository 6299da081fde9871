/** Why a wire document (or one item in it) was refused, in words for the person who sent it. */
export class WireError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 | 503 = 400,
  ) {
    super(message);
    this.name = 'WireError';
  }
}
