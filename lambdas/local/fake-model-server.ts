/**
 * A scripted stand-in for an OpenAI-compatible server on 127.0.0.1 (port 0): the bench's model, and
 * the tests' misbehaving one. It answers each POST /chat/completions with what the script returns.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { approxTokens } from '../core/digest/grounded';

/** The chat request as the server received it. */
export interface ChatRequest {
  model?: string;
  messages: { role: string; content: string }[];
  max_tokens?: number;
  response_format?: { type: string };
}

/** What to send back: a status and JSON body, or no answer at all (to test timeouts). */
export type ScriptedReply = { status: number; body: unknown } | 'hang';

export interface FakeModelServer {
  /** The API base, e.g. http://127.0.0.1:43121/v1. */
  url: string;
  requests: ChatRequest[];
  stop(): Promise<void>;
}

/** A chat completion carrying `content`, with the usage counts given. */
export function completion(content: string, usage?: { prompt_tokens: number; completion_tokens: number }) {
  return {
    status: 200,
    body: { choices: [{ message: { role: 'assistant', content } }], ...(usage ? { usage } : {}) },
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the server; `script` sees each request and its 0-based number. */
export async function startFakeModelServer(
  script: (request: ChatRequest, index: number) => ScriptedReply,
): Promise<FakeModelServer> {
  const requests: ChatRequest[] = [];
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(await bodyOf(req)) as ChatRequest;
    requests.push(request);
    const reply = script(request, requests.length - 1);
    if (reply === 'hang') return;
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SOURCES_BLOCK = /<sources>\n([\s\S]*?)\n<\/sources>/u;

/**
 * A well-behaved model for the bench and the end-to-end tests: it answers with the story's first
 * two source sentences, verbatim and cited, and counts tokens as about four characters each.
 */
export function echoSources(request: ChatRequest): ScriptedReply {
  const system = request.messages.find((m) => m.role === 'system')?.content ?? '';
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  const lines = SOURCES_BLOCK.exec(user)?.[1]?.split('\n') ?? [];
  const sources = lines.map((l) => JSON.parse(l) as { n: number; text: string });
  const content = JSON.stringify({
    whatsNew: sources.slice(0, 2).map((s) => ({ text: s.text, cites: [s.n] })),
    background: [],
  });
  return completion(content, {
    prompt_tokens: approxTokens(system + user),
    completion_tokens: approxTokens(content),
  });
}
