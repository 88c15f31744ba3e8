import { HttpException, HttpStatus } from '@nestjs/common';
import { fieldErrorsFromIssues, validationDetail, type Problem } from '@rounds/shared';
import type { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An HTTP error a person can act on; rendered as RFC 9457 problem details. */
export class ApiProblem extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly fieldErrors?: Problem['errors'],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export const badRequest = (detail: string, errors?: Problem['errors']) => new ApiProblem(HttpStatus.BAD_REQUEST, detail, errors);
export const unauthorized = (detail = 'Sign in to continue.') => new ApiProblem(HttpStatus.UNAUTHORIZED, detail);
export const forbidden = (detail: string) => new ApiProblem(HttpStatus.FORBIDDEN, detail);
export const notFound = (detail: string) => new ApiProblem(HttpStatus.NOT_FOUND, detail);
export const conflict = (detail: string) => new ApiProblem(HttpStatus.CONFLICT, detail);
export const gone = (detail: string) => new ApiProblem(HttpStatus.GONE, detail);
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail, undefined, { 'Retry-After': String(retryAfterSeconds) });

/** Turns zod issues into one error per field, e.g. { field: "timeZone", message: "must be an IANA time zone…" }. */
export function fieldErrorsFrom(error: z.ZodError, prefix = ''): NonNullable<Problem['errors']> {
  return fieldErrorsFromIssues(error.issues, prefix);
}

export function validationProblem(error: z.ZodError, where: string): ApiProblem {
  const errors = fieldErrorsFrom(error);
  return badRequest(validationDetail(`The ${where} is not valid`, errors), errors);
}

/** A refusal of named fields, worded for people: "The form cannot be submitted yet: Strengths is required; …". */
export function fieldsProblem(errors: NonNullable<Problem['errors']>, lead = 'The request body is not valid'): ApiProblem {
  return badRequest(validationDetail(lead, errors), errors);
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemBody(status: number, detail: string, instance?: string, errors?: Problem['errors']): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}
