// Mirrors the console SDK's HttpError (console-dynamic-plugin-sdk/src/utils/error/http-error.ts):
// `message` from the Status body, `code` = HTTP status, `response` = the fetch Response
// (so `err.response.status` works), `json` = the parsed Status body.
export class HttpError extends Error {
  public constructor(
    message: string,
    public code?: number,
    public response?: Response,
    public json?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export class TimeoutError extends Error {
  public constructor(
    public url: string,
    public ms: number,
  ) {
    super(`Call to ${url} timed out after ${ms}ms.`);
    this.name = 'TimeoutError';
  }
}

/** The console's NoModelError: returned as loadError when discovery finished without the kind. */
export class NoModelError extends Error {
  public constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}

/** Marker the console uses to retry a request once it got 429 Too Many Requests. */
export class RetryError extends Error {}
