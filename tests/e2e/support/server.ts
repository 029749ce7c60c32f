import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = (rel: string) => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));

/** A private copy of the release build on its own static server, so a test can "deploy" a new version. */
export class DeployedCopy {
  readonly dir: string;
  private proc?: ChildProcess;
  constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'standsafe-deploy-'));
    cpSync(root('dist'), this.dir, { recursive: true });
  }
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start() {
    this.proc = spawn('node', [root('scripts/static-server.mjs'), this.dir, String(this.port)], { stdio: 'pipe' });
    await new Promise<void>((ok, fail) => {
      this.proc!.stdout!.on('data', (d) => String(d).includes('serving') && ok());
      this.proc!.on('exit', (code) => fail(new Error(`server exited ${code}`)));
    });
  }
  stop() {
    this.proc?.kill();
  }
}
