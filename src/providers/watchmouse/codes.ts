// The documented WatchMouse codes this folder acts on (the full catalogue is generated/watchmouse/errors.ts).
export const AUTHENTICATION_ERROR = 1000;
export const SESSION_EXPIRED = 1008;
