// Runs autocannon on its own thread, so that the load generator does not share an event loop
// with the server under test. Receives the target in workerData, posts back one message.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const { url, headers, body, expectBody, seconds, connections } = workerData;

// autocannon's own latency histogram keeps whole milliseconds; keep the exact 2xx latencies here.
const latencies = [];

const options = { url, method: 'POST', headers, body, expectBody, duration: seconds, connections, timeout: 10 };
const instance = autocannon(options, (err, raw) => {
  if (err) {
    parentPort.postMessage({ error: String(err.stack ?? err) });
    return;
  }
  // Off the main thread autocannon hands back raw counters and encoded histograms rather than its
  // usual summary; the counters are all that is needed.
  const samples = Float64Array.from(latencies);
  parentPort.postMessage(
    {
      result: {
        requestsPerSecond: raw['2xx'] / raw.duration,
        requests: raw.totalCompletedRequests,
        ok: raw['2xx'],
        non2xx: raw.non2xx,
        errors: raw.errors,
        timeouts: raw.timeouts,
        mismatches: raw.mismatches,
        seconds: raw.duration,
        latencies: samples,
      },
    },
    [samples.buffer],
  );
});

instance.on('response', (_client, statusCode, _bytes, ms) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
});
