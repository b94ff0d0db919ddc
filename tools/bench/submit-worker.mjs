// The load generator of `pnpm bench:submit`, on its own thread so that it does not share an event
// loop with the server under test. Each of `connections` lanes sends one submitOpinion at a time
// over a keep-alive connection until the time is up; then the lanes stop starting new requests and
// the requests still in flight are awaited (so that every opinion the server stores has its answer
// here). Every request is recorded, with its answer, and posted back in one message.
//
// The mix (see README.md beside this file):
// - new opinions from simulated citizens, each with a fresh idempotency key and an address in
//   127.0.0.0/8 sent as X-Forwarded-For; every `perCitizen` opinions the address moves on, so
//   no address comes near the per-address limit;
// - retries: a share of requests re-send the exact body and address of a recent new opinion
//   (possibly still in flight, as a double click or a timed-out form would);
// - over-limit addresses: a share of requests are new opinions from one of a few addresses that
//   have already sent as many opinions as the per-address limit allows (all of them are refused).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, topicId, seconds, connections, retryShare, perCitizen, citizenBase, abuseAddresses, abuseShare, keyPrefix, seed, timeoutMs } =
  workerData;

const MUTATION = 'mutation($i: PublicOpinionInput!) { submitOpinion(input: $i) { receiptCode } }';

// A small seeded generator, so that a run's mix (not its timing) is the same every time.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const address = (n) => `127.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

const SENTENCES = [
  '建议普惠性幼儿园的认定结果每年向社会公布一次。',
  '扶持资金应当向农村和城乡结合部的幼儿园倾斜。',
  '认定条件中的师生比要求能否分城区和乡镇分别设置？',
  '希望明确保教费标准调整的程序，调整前应听取家长意见。',
  '建议对民办幼儿园转为普惠性幼儿园给予过渡期。',
  '第十二条“生均补助”的发放时间建议写明，避免拖欠。',
  '幼儿园教师工资待遇应有最低标准，保障队伍稳定。',
  '建议增加对特殊儿童随园就读的支持措施。',
  '年检不合格的幼儿园应当给予整改期限，而不是直接取消认定。',
  '希望在市政府网站公开各普惠性幼儿园的收费项目和标准。',
];

let sequence = 0;
function opinionBody(key) {
  const n = 1 + Math.floor(random() * 4);
  let content = Array.from({ length: n }, () => pick(SENTENCES)).join('');
  if (random() < 0.05) while (content.length < 1500) content += pick(SENTENCES); // now and then a long one
  content += `（第${sequence}条）`;
  const input = { topicId, content, idempotencyKey: key };
  if (random() < 0.5) input.name = `市民${sequence}`;
  if (random() < 0.3) input.contact = `139${String(sequence).padStart(8, '0')}`;
  return { body: JSON.stringify({ query: MUTATION, variables: { i: input } }), content, name: input.name ?? null, contact: input.contact ?? null };
}

function freshOpinion(kind, addr) {
  sequence += 1;
  const key = `${keyPrefix}${sequence.toString(36).padStart(5, '0')}${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
  return { seq: sequence, kind, key, address: addr, ...opinionBody(key) };
}

// ——— what to send next ———

let citizen = citizenBase;
let citizenUsed = 0;
const recent = []; // the latest new citizen opinions, for retries
const RECENT = 4 * connections;

function nextRequest() {
  if (abuseAddresses.length > 0 && random() < abuseShare) return freshOpinion('abuse', pick(abuseAddresses));
  if (recent.length > 0 && random() < retryShare) {
    const original = pick(recent);
    return { seq: 0, kind: 'retry', key: original.key, address: original.address, body: original.body, retryOf: original.seq };
  }
  if (citizenUsed === perCitizen) {
    citizen += 1;
    citizenUsed = 0;
  }
  citizenUsed += 1;
  const r = freshOpinion('new', address(citizen));
  recent.push(r);
  if (recent.length > RECENT) recent.shift();
  return r;
}

// ——— sending ———

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const target = new URL(url);

function send(body, addr) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': addr },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', (e) => resolve({ status: 0, failure: String(e.message), ms: performance.now() - started }));
        res.on('close', () => {
          if (!res.complete) resolve({ status: 0, failure: 'connection closed during the answer', ms: performance.now() - started });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (e) => resolve({ status: 0, failure: String(e.message), ms: performance.now() - started }));
    req.end(body);
  });
}

/** The answer, reduced to: a receipt, a refusal code, or an error. */
function outcome(res) {
  if (res.failure) return { outcome: 'error', detail: res.failure };
  if (res.status !== 200) return { outcome: 'error', detail: `HTTP ${res.status}: ${res.text.slice(0, 200)}` };
  let parsed;
  try {
    parsed = JSON.parse(res.text);
  } catch {
    return { outcome: 'error', detail: `not JSON: ${res.text.slice(0, 200)}` };
  }
  const receipt = parsed?.data?.submitOpinion?.receiptCode;
  if (parsed.errors?.length) {
    const code = String(parsed.errors[0].extensions?.code ?? 'NO_CODE');
    if (code === 'INTERNAL') return { outcome: 'error', detail: `INTERNAL: ${parsed.errors[0].message}` };
    return { outcome: 'refused', code, detail: parsed.errors[0].message };
  }
  if (typeof receipt !== 'string') return { outcome: 'error', detail: `no receipt: ${res.text.slice(0, 200)}` };
  return { outcome: 'accepted', receipt };
}

let started = 0;
let deadline = 0;
const records = [];
async function perform(r) {
  const at = performance.now() - started;
  const res = await send(r.body, r.address);
  records.push({
    seq: r.seq,
    kind: r.kind,
    key: r.key,
    address: r.address,
    retryOf: r.retryOf ?? null,
    content: r.kind === 'retry' ? null : r.content,
    name: r.name ?? null,
    contact: r.contact ?? null,
    at,
    status: res.status,
    ms: res.ms,
    ...outcome(res),
  });
}

async function lane() {
  while (performance.now() < deadline) await perform(nextRequest());
}

try {
  started = performance.now();
  deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, () => lane()));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ result: { records, seconds: elapsed, citizens: citizen - citizenBase + 1 } });
} catch (e) {
  parentPort.postMessage({ error: String(e?.stack ?? e) });
}
