// The writers of `pnpm bench:fault`, on their own thread so that they do not share an event loop with
// the server under test. Each of `writers` lanes sends one createDocument at a time, each with a title
// of its own, until the time is up; then the lanes stop starting new requests and the ones in flight
// are awaited. Writers never retry: every request is counted once, as the server answered it. Every
// request is recorded and posted back in one message.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, cookie, writers, timeoutMs, titlePrefix } = workerData;
let stopAt = 0;

const MUTATION = 'mutation($i: DocumentInput!) { createDocument(input: $i) { id } }';
const agent = new http.Agent({ keepAlive: true, maxSockets: writers });
const target = new URL(url);

function send(body) {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, error: e.message }));
      },
    );
    req.on('timeout', () => {
      req.destroy();
      resolve({ status: 0, timeout: true });
    });
    req.on('error', (e) => resolve({ status: 0, error: e.message }));
    req.end(body);
  });
}

async function lane(w, records) {
  for (let seq = 0; Date.now() < stopAt; seq++) {
    const title = `${titlePrefix}${w}-${seq}`;
    const body = JSON.stringify({ query: MUTATION, variables: { i: { kind: 'DEPARTMENT', title, body: '故障测试正文' } } });
    const start = Date.now();
    const res = await send(body);
    const end = Date.now();
    const record = { title, start, end, status: res.status, outcome: 'failed', code: null };
    if (res.timeout) record.outcome = 'timeout';
    else if (res.error) record.code = `network: ${res.error}`;
    else {
      try {
        const parsed = JSON.parse(res.text);
        if (parsed.data?.createDocument?.id && !parsed.errors) record.outcome = 'acknowledged';
        else record.code = parsed.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
      } catch {
        record.code = `HTTP ${res.status} (not JSON)`;
      }
    }
    records.push(record);
  }
}

// the run starts when the main thread says so (starting this thread takes a while)
stopAt = await new Promise((resolve) => {
  parentPort.once('message', (m) => resolve(m.stopAt));
  parentPort.postMessage({ ready: true });
});
try {
  const records = [];
  await Promise.all(Array.from({ length: writers }, (_, w) => lane(w, records)));
  agent.destroy();
  parentPort.postMessage({ records });
} catch (e) {
  parentPort.postMessage({ error: e?.stack ?? String(e) });
}
