/**
 * The host API over HTTP: `POST /api/<method>` with the method's single argument as the JSON body (empty or
 * `null` for methods without one), answered with `{"result": …}`, or with PDF bytes for renderPdf, or with
 * `{"error": "<message fit for the user>"}` and 400 (bad payload), 422 (a file problem the user can fix),
 * 404 (unknown method), 413 (body too large) or 500 (a bug).
 * Source: src/core/host-api.ts (HOST_CHANNELS names the methods); exportFile is absent because the browser
 * downloads exports itself.
 * Assumptions: the caller has already passed the token, Host and Origin checks (server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ParameterError, QnetError } from '../../core/index.js';
import { HOST_CHANNELS, type HostMethod } from '../../core/host-api.js';
import { MAX_TEXT_LENGTH, validateHostPayload } from '../../core/host-payloads.js';
import type { NodeHost } from '../host/index.js';
import { securityHeaders } from './security.js';

/** Methods served over HTTP. */
export const HTTP_METHODS: readonly HostMethod[] = (Object.keys(HOST_CHANNELS) as HostMethod[]).filter(
  (method) => method !== 'exportFile',
);

/** Largest request body: the largest text twice over (JSON escapes) plus room for the other fields. */
export const MAX_BODY_BYTES = 2 * MAX_TEXT_LENGTH + 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.byteLength),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

async function callHost(host: NodeHost, method: HostMethod, payload: unknown): Promise<unknown> {
  switch (method) {
    case 'listExamples':
      return host.listExamples();
    case 'listPresets':
      return host.listPresets();
    case 'openScenario': {
      const path = validateHostPayload('openScenario', payload);
      if (path === undefined) throw new ParameterError('path', 'is required (this host has no open dialog)');
      return host.openScenario(path);
    }
    case 'saveScenario':
      return host.saveScenario(validateHostPayload('saveScenario', payload));
    case 'listRecent':
      return host.listRecent();
    case 'writeAutosave':
      return host.writeAutosave(validateHostPayload('writeAutosave', payload));
    case 'readAutosave':
      return host.readAutosave();
    case 'clearAutosave':
      return host.clearAutosave();
    case 'renderPdf':
      return host.renderPdf(validateHostPayload('renderPdf', payload));
    case 'setDocumentState':
      return host.setDocumentState(validateHostPayload('setDocumentState', payload));
    default:
      throw new HttpError(404, `unknown host method "${method}"`);
  }
}

/** Answers one authenticated `POST /api/<method>`. */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  host: NodeHost,
  method: string,
): Promise<void> {
  try {
    if (!(HTTP_METHODS as readonly string[]).includes(method)) {
      throw new HttpError(404, `unknown host method "${method}"`);
    }
    if (request.method !== 'POST') throw new HttpError(405, 'use POST for /api calls');
    const payload = await readBody(request);
    const hostMethod = method as HostMethod;
    // Validated here for every method (no-argument methods refuse a body) and again, typed, in callHost.
    validateHostPayload(hostMethod, payload);
    const result = await callHost(host, hostMethod, payload);
    if (result instanceof Uint8Array) {
      response.writeHead(200, {
        ...securityHeaders(),
        'Content-Type': 'application/pdf',
        'Content-Length': String(result.byteLength),
        'Cache-Control': 'no-store',
      });
      response.end(result);
      return;
    }
    sendJson(response, 200, { result: result ?? null });
  } catch (error) {
    if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message });
    if (error instanceof ParameterError) return sendJson(response, 400, { error: error.message });
    if (error instanceof QnetError) return sendJson(response, 422, { error: error.message });
    sendJson(response, 500, { error: `internal error: ${(error as Error).message}` });
  }
}
