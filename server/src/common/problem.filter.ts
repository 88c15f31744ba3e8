import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isPoolTimeout } from '../database/pg-errors.js';
import { redactUrl } from '../logging/logger.js';
import { ApiProblem, PROBLEM_CONTENT_TYPE, problemBody } from './problem.js';

/** Renders every error as application/problem+json; unexpected ones are logged and kept vague. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    sendProblem(response, request, exception, this.logger);
  }
}

export function sendProblem(response: Response, request: Request, exception: unknown, logger: Logger): void {
  const { status, detail, errors, headers } = describe(exception);
  const path = redactUrl(request.originalUrl);
  // A refusal the code chose (video not configured, shutting down) is no error, and an overloaded pool is a
  // warning; only what nobody foresaw is logged as an error, with its stack.
  if (exception instanceof ApiProblem) {
    if (status >= 500) logger.debug({ path, status }, detail);
  } else if (isPoolTimeout(exception)) logger.warn({ path }, 'request refused: no database connection in time');
  else if (status >= 500) logger.error({ err: exception, path }, 'request failed');
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problemBody(status, detail, request.originalUrl, errors)));
}

interface Described {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
  headers: Record<string, string>;
}

function describe(exception: unknown): Described {
  if (exception instanceof ApiProblem) {
    return { status: exception.getStatus(), detail: exception.detail, errors: exception.fieldErrors, headers: exception.headers };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, detail: status === 404 ? 'No such API route: check the method and path.' : exception.message, headers: {} };
  }
  // Errors raised by Express middleware (body parsing) carry a status and a type.
  const bodyError = exception as { status?: number; type?: string; limit?: number } | null;
  if (bodyError && typeof bodyError.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
    return { status: bodyError.status, detail: bodyErrorDetail(bodyError), headers: {} };
  }
  if (isPoolTimeout(exception)) {
    return {
      status: 503,
      detail:
        'Rounds is very busy right now and could not reach its database in time; nothing was changed. Try again in a moment.',
      headers: { 'Retry-After': '2' },
    };
  }
  return { status: 500, detail: 'Something went wrong on our side. Please try again; the error has been logged.', headers: {} };
}

function bodyErrorDetail(error: { status?: number; type?: string; limit?: number }): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is too large: the limit is ${Math.round((error.limit ?? 0) / 1024)} KB.`;
    case 'entity.too.deep':
      return 'The request body nests arrays or objects too deeply: no request needs more than a few levels.';
    case 'entity.parse.failed':
      return 'The request body is not valid JSON.';
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'The request body must be UTF-8 JSON.';
    default:
      return 'The request could not be read.';
  }
}
