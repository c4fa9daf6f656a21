/**
 * Why joining failed, as a code the caller can act on (retry on 'busy', ask for a new code on
 * 'code-used', reconnect later on 'unreachable') without reading the sentence, which is the
 * message and is for people.
 */
export type PairingFailure =
  | 'code-format'
  | 'wrong-code'
  | 'busy'
  | 'stopped'
  | 'code-used'
  | 'resume-unknown'
  | 'resume-refused'
  | 'nothing-listening'
  | 'unreachable'
  | 'not-chairside'
  | 'lost'
  | 'versions-differ'
  | 'same-role'
  | 'interference';

export class PairingError extends Error {
  constructor(
    readonly failure: PairingFailure,
    sentence: string,
    options?: ErrorOptions,
  ) {
    super(sentence, options);
    this.name = 'PairingError';
  }
}
