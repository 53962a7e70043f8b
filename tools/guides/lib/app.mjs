// Starts Proxima with Maven on a free loopback port and a fresh data folder, and stops it again.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Maven compiles the application before it starts, so the first start takes minutes.
const START_TIMEOUT_MS = 15 * 60 * 1000;

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForApplication(url, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Maven stopped with exit code ${child.exitCode} before the application responded.`);
    }
    try {
      const response = await fetch(url + '/camunda/app/welcome/default/', { redirect: 'manual' });
      if (response.status < 500) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  throw new Error(`The application did not respond on ${url} within ${START_TIMEOUT_MS / 60000} minutes.`);
}

/**
 * Starts `mvn -o spring-boot:run` in the repository with PROXIMA_DATA_DIR set to a new temporary
 * folder, so that the run begins from the demo data. Maven runs offline: its dependencies must be in
 * ~/.m2 already (any earlier `mvn verify` puts them there). The log goes to `logStream`.
 */
export async function startApplication(repositoryRoot, logStream) {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'proxima-guides-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('mvn', [ '-o', '-q', 'spring-boot:run',
    `-Dspring-boot.run.arguments=--server.port=${port} --server.address=127.0.0.1` ], {
    cwd: repositoryRoot,
    env: { ...process.env, PROXIMA_DATA_DIR: dataDir },
    detached: true,
    stdio: [ 'ignore', 'pipe', 'pipe' ]
  });
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  console.log(`Starting Proxima on ${url} with the data folder ${dataDir} (log: ${logStream.path})`);
  try {
    await waitForApplication(url, child);
  } catch (error) {
    await stopApplication({ child, dataDir });
    throw error;
  }
  return { url, child, dataDir };
}

/** Stops Maven and the application it started (one process group), then deletes the data folder. */
export async function stopApplication({ child, dataDir }) {
  if (child && child.exitCode === null) {
    const exited = new Promise(resolve => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    const timeout = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 30000);
    await exited;
    clearTimeout(timeout);
  }
  if (dataDir) {
    await rm(dataDir, { recursive: true, force: true });
  }
}
