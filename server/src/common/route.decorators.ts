import {
  applyDecorators,
  Body,
  createParamDecorator,
  Delete,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  Patch,
  PipeTransform,
  Post,
  Put,
  Query,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { fieldLabel, findUnstorableText, type Endpoint, uuidSchema } from '@rounds/shared';
import type { Request } from 'express';
import type { z } from 'zod';
import { badRequest, fieldsProblem, notFound, validationProblem } from './problem.js';
import { RequestBodyGuard } from './request-body.js';

export const ACCESS_METADATA = 'rounds:access';
export const WITHOUT_SESSION_METADATA = 'rounds:without-session';

const METHOD_DECORATORS = { GET: Get, POST: Post, PATCH: Patch, PUT: Put, DELETE: Delete } as const;

/**
 * Binds a handler to its contract in shared: method, path, success status, who may call it, and whether it
 * takes a body (and how large).
 */
export function Route(endpoint: Endpoint) {
  return applyDecorators(
    METHOD_DECORATORS[endpoint.method](endpoint.path),
    HttpCode(endpoint.status),
    SetMetadata(ACCESS_METADATA, endpoint.access),
    UseGuards(new RequestBodyGuard(endpoint)),
  );
}

/**
 * The handler never looks at who is calling, so the session guard does not read the cookie for it: a liveness
 * probe or a metrics scrape then works without the database, whatever cookie the caller sends.
 */
export const WithoutSession = () => SetMetadata(WITHOUT_SESSION_METADATA, true);

class ZodBodyPipe implements PipeTransform {
  constructor(
    private readonly schema: z.ZodType,
    private readonly optional = false,
  ) {}

  transform(received: unknown) {
    const value = received === undefined && this.optional ? {} : received;
    if (value === undefined) {
      throw badRequest('This request needs a JSON body: send it with Content-Type: application/json.');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw badRequest('The request body must be a JSON object, like {"name": "…"}.');
    }
    rejectUnstorableText(value, 'request body');
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) throw validationProblem(parsed.error, 'request body');
    return parsed.data;
  }
}

/** The request body, validated with the endpoint's shared schema. */
export function ValidBody(endpoint: Endpoint) {
  if (!endpoint.body) throw new Error(`${endpoint.method} ${endpoint.path} declares no body schema`);
  return Body(new ZodBodyPipe(endpoint.body, endpoint.bodyOptional));
}

class ZodQueryPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown) {
    rejectUnstorableText(value, 'query string');
    const parsed = this.schema.safeParse(value ?? {});
    if (!parsed.success) throw validationProblem(parsed.error, 'query string');
    return parsed.data;
  }
}

/** The query string, validated with the endpoint's shared schema (unknown parameters are refused). */
export function ValidQuery(endpoint: Endpoint) {
  if (!endpoint.query) throw new Error(`${endpoint.method} ${endpoint.path} declares no query schema`);
  return Query(new ZodQueryPipe(endpoint.query));
}

/** Strings PostgreSQL cannot store (NUL, unpaired surrogates) are refused before any schema or query sees them. */
function rejectUnstorableText(value: unknown, where: string): void {
  const errors = findUnstorableText(value);
  if (errors.length) {
    throw fieldsProblem(errors, `The ${where} is not valid`);
  }
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

class TokenPipe implements PipeTransform {
  transform(value: unknown) {
    if (typeof value !== 'string' || !TOKEN_SHAPE.test(value)) {
      throw notFound('This invitation link is not valid: check that you copied all of it.');
    }
    return value;
  }
}

/** An invitation token from the path; anything not shaped like one is simply an unknown link. */
export const TokenParam = (name: string) => Param(name, new TokenPipe());

class UuidPipe implements PipeTransform {
  constructor(private readonly name: string) {}

  transform(value: unknown) {
    if (!uuidSchema.safeParse(value).success) {
      const words = fieldLabel(this.name);
      throw badRequest(`The ${words.charAt(0).toLowerCase()}${words.slice(1)} in the path must be a UUID.`, [
        { field: this.name, message: 'must be a UUID' },
      ]);
    }
    return value as string;
  }
}

/** A path parameter that must be a UUID (a 400 that says so, rather than a database error). */
export const UuidParam = (name: string) => Param(name, new UuidPipe(name));

export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Request>();
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
});
