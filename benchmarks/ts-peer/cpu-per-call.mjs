// The peer half of benchmarks/cpu-per-call.sh: the official Sync TypeScript SDK (@sync.so/sdk 0.3.0) making the same
// calls as the .NET client against the same server, in rounds at the same concurrency, reporting this process's CPU
// time (user + system, process.cpuUsage) per call. Medians over rounds. Usage: node cpu-per-call.mjs BASE KEY JOB ROUNDS CALLS CONCURRENCY
import { SyncClient } from "@sync.so/sdk";

const [base, apiKey, jobId, rounds = "20", calls = "2000", concurrency = "16"] = process.argv.slice(2);
const client = new SyncClient({ baseUrl: base.replace(/\/$/, ""), apiKey });
const createBody = {
  model: "lipsync-2",
  input: [
    { type: "video", url: "https://assets.sync.so/docs/example-video.mp4" },
    { type: "audio", url: "https://assets.sync.so/docs/example-audio.wav" },
  ],
};

async function measure(call, n, c) {
  let remaining = n;
  const before = process.cpuUsage();
  const workers = Array.from({ length: c }, async () => {
    while (remaining-- > 0) await call();
  });
  await Promise.all(workers);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function run(name, call) {
  for (let i = 0; i < 3; i++) await measure(call, Number(calls), Number(concurrency));
  const samples = [];
  for (let r = 0; r < Number(rounds); r++) samples.push(await measure(call, Number(calls), Number(concurrency)));
  return { name, cpuMicrosPerCall: median(samples) };
}

const results = [
  await run("get", () => client.generations.get(jobId, { maxRetries: 0 })),
  await run("create", () => client.generations.create(createBody, { maxRetries: 0 })),
];
console.log(JSON.stringify({ sdk: "@sync.so/sdk 0.3.0", node: process.version, results }));
