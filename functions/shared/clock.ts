/** Every rule that depends on time reads it from an injected clock, so tests can stand on a boundary. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
