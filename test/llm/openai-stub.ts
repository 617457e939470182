// An OpenAI-compatible server on 127.0.0.1 for tests: chat completions and embeddings answered by a script.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: string | null; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string } }>;
}

export interface EmbeddingsRequestBody {
  model: string;
  input: string | string[];
  encoding_format?: string;
}

export type ChatReply =
  | { content: string }
  | { toolCalls: Array<{ name: string; args: Record<string, unknown> }> }
  | { status: number; body?: unknown }
  | 'hang';

export interface OpenAIStub {
  /** Base URL to give the client (ends in /v1). */
  baseURL: string;
  chatRequests: ChatRequestBody[];
  embeddingRequests: EmbeddingsRequestBody[];
  close(): Promise<void>;
}

export interface OpenAIStubScript {
  chat?: (body: ChatRequestBody, n: number) => ChatReply;
  embed?: (text: string, model: string) => number[];
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startOpenAIStub(script: OpenAIStubScript): Promise<OpenAIStub> {
  const chatRequests: ChatRequestBody[] = [];
  const embeddingRequests: EmbeddingsRequestBody[] = [];
  const hanging = new Set<ServerResponse>();
  let callId = 0;

  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    if (req.url === '/v1/chat/completions' && script.chat) {
      const chat = body as ChatRequestBody;
      chatRequests.push(chat);
      const reply = script.chat(chat, chatRequests.length);
      if (reply === 'hang') {
        hanging.add(res);
        return;
      }
      if ('status' in reply) return send(res, reply.status, reply.body ?? { error: { message: 'scripted failure', type: 'server_error' } });
      const message =
        'content' in reply
          ? { role: 'assistant', content: reply.content }
          : {
              role: 'assistant',
              content: null,
              tool_calls: reply.toolCalls.map((c) => ({
                id: `call_${++callId}`,
                type: 'function',
                function: { name: c.name, arguments: JSON.stringify(c.args) },
              })),
            };
      return send(res, 200, {
        id: `chatcmpl-${chatRequests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: chat.model,
        choices: [{ index: 0, message, finish_reason: 'content' in reply ? 'stop' : 'tool_calls' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }
    if (req.url === '/v1/embeddings' && script.embed) {
      const request = body as EmbeddingsRequestBody;
      embeddingRequests.push(request);
      const inputs = Array.isArray(request.input) ? request.input : [request.input];
      return send(res, 200, {
        object: 'list',
        model: request.model,
        data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: script.embed!(text, request.model) })),
        usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
      });
    }
    send(res, 404, { error: { message: `no route ${req.url}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    chatRequests,
    embeddingRequests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The passages of the last search_knowledge result in an OpenAI-format conversation. */
export function lastPassages(body: ChatRequestBody): Array<{ id: string; date: string; text: string }> {
  const tool = [...body.messages].reverse().find((m) => m.role === 'tool');
  if (!tool?.content) return [];
  return (JSON.parse(tool.content) as { passages?: Array<{ id: string; date: string; text: string }> }).passages ?? [];
}
