// Starts Debian's Firefox ESR with the built Firefox zip installed as a temporary add-on, and
// serves the demo webmail at the real webmail URLs, for the Firefox smoke test.
// Playwright cannot drive Firefox ESR 153 (its BiDi path sends commands that ESR lacks) and
// cannot fetch its own patched Firefox here, so this speaks WebDriver BiDi itself
// (W3C WebDriver BiDi; ../shared/docs/e2e.md §5). Plain JavaScript, like browser.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX_INSTALL_HINT = 'sudo apt-get install -y firefox-esr   # Debian/Ubuntu';

/** The browser binary: $BOUNCE_NAVI_FIREFOX, else Debian's /usr/bin/firefox-esr. */
export function findFirefox() {
  const candidate = process.env.BOUNCE_NAVI_FIREFOX || '/usr/bin/firefox-esr';
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `Firefox was not found at ${candidate}.\nInstall it with:\n  ${FIREFOX_INSTALL_HINT}\n` +
        'or point BOUNCE_NAVI_FIREFOX at a Firefox binary.',
    );
  }
  return candidate;
}

/** The Firefox package `wxt zip -b firefox` made for this version: what a user (or AMO) installs. */
export function findFirefoxZip() {
  const { name, version } = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8'));
  const zip = path.resolve('.output', `${name}-${version}-firefox.zip`);
  if (!fs.existsSync(zip)) throw new Error(`The Firefox package is not built (${zip}): run \`npx wxt zip -b firefox\` (npm test does it for you).`);
  return zip;
}

// Firefox's own traffic (update checks, remote settings, captive-portal probes, ...) is not
// seen by BiDi interception. It is switched off, and every proxy points at a closed loopback
// port, so whatever is left fails on this machine before any DNS lookup (an HTTP proxy
// resolves names itself). MOZ_REMOTE_SETTINGS_DEVTOOLS lets the settings server be overridden.
const PROFILE_PREFS = {
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.region.network.url': '',
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  // No /favicon.ico request of Firefox's own beside the page's.
  'browser.chrome.site_icons': false,
};

/** A WebDriver BiDi connection: commands answer promises, events go to `onEvent`. */
async function connectBidi(url, onEvent) {
  if (typeof WebSocket !== 'function') throw new Error('No global WebSocket: node 20 needs --experimental-websocket.');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`Cannot connect to ${url}`)), { once: true });
  });
  let lastId = 0;
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return onEvent(message);
    pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
    else waiting.resolve(message.result);
  });
  return {
    send(method, params = {}) {
      const id = ++lastId;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    close: () => socket.close(),
  };
}

/** Spawns Firefox with the remote agent on a free port; answers its BiDi address. */
function spawnFirefox(profileDir) {
  const child = spawn(findFirefox(), ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port=0'], {
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const address = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its remote agent:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before its remote agent started:\n${output}`));
    });
  });
  return { child, address };
}

const base64 = (body) => Buffer.from(body).toString('base64');

/**
 * Launches Firefox with the extension and the same fixture handlers as the Chromium harness
 * (routes.mjs): every request is intercepted before it is sent; a handler's answer is served,
 * anything else fails and is listed in `blocked`.
 * @param {{ handlers: import('./routes.mjs').FixtureHandler[] }} options
 */
export async function launchFirefoxWithExtension({ handlers }) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-firefox-'));
  const prefs = Object.entries(PROFILE_PREFS).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  fs.writeFileSync(path.join(profileDir, 'user.js'), `${prefs.join('\n')}\n`);
  const { child, address } = spawnFirefox(profileDir);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  /** @type {{ url: string, context: string, navigation: boolean }[]} */
  const requests = [];
  /** @type {string[]} */
  const blocked = [];
  /** @type {Awaited<ReturnType<typeof connectBidi>>} */
  let bidi;
  /**
   * The sidebar and the compose panel live in closed shadow roots, which a page script cannot
   * reach. WebDriver BiDi serialises a node's shadow root whatever its mode (includeShadowTree
   * "all"), and a function called with that root as its argument runs in the page: it defines a
   * `shadowRoot` getter on the host, for the tests' expressions. The extension is untouched; the
   * test that checks what the page sees asks before any reveal (pageSeesShadowRoot).
   * @param {string} context
   */
  const revealClosedRoots = async (context) => {
    const found = await bidi.send('script.evaluate', {
      expression: `[...document.querySelectorAll('bounce-navi-sidebar, bounce-navi-compose')]`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    for (const node of found.result?.value ?? []) {
      const shadow = node.value?.shadowRoot;
      if (!shadow?.sharedId || shadow.value?.mode !== 'closed') continue;
      await bidi.send('script.callFunction', {
        functionDeclaration: `(root) => { Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root }); }`,
        arguments: [{ sharedId: shadow.sharedId }],
        target: { context },
        awaitPromise: false,
      });
    }
  };

  async function answer(params) {
    const { url, request } = params.request;
    requests.push({ url, context: params.context, navigation: params.navigation !== null });
    // A navigation is what Playwright calls a 'document' request.
    const fixtureRequest = { resourceType: () => (params.navigation !== null ? 'document' : 'fetch') };
    for (const handler of handlers) {
      const response = handler(new URL(url), fixtureRequest);
      if (!response) continue;
      const headers = { 'content-type': response.contentType ?? 'text/html; charset=utf-8', ...response.headers };
      return bidi.send('network.provideResponse', {
        request,
        statusCode: response.status ?? 200,
        reasonPhrase: 'Fixture',
        headers: Object.entries(headers).map(([name, value]) => ({ name, value: { type: 'string', value } })),
        body: { type: 'base64', value: base64(response.body) },
      });
    }
    blocked.push(url);
    return bidi.send('network.failRequest', { request });
  }

  try {
    bidi = await connectBidi(`${await address}/session`, (message) => {
      if (message.method === 'network.beforeRequestSent' && message.params.isBlocked) {
        answer(message.params).catch((error) => blocked.push(`${message.params.request.url} (${error.message})`));
      }
    });
    const session = await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: findFirefoxZip() } });
    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });

    return {
      version: String(session.capabilities.browserVersion),
      requests,
      blocked,
      /**
       * Opens `url` in a new tab; answers the tab's id and the requests it made.
       * @param {string} url
       * @returns {Promise<{ context: string, requests: () => typeof requests }>}
       */
      async open(url) {
        /** @type {{ context: string }} */
        const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return { context, requests: () => requests.filter((r) => r.context === context) };
      },
      /**
       * Evaluates an expression in the page. Our closed shadow roots are revealed to it first
       * (revealClosedRoots), so it reads `host.shadowRoot` as the Chromium tests do.
       * @param {string} context
       * @param {string} expression
       * @returns {Promise<unknown>}
       */
      async evaluate(context, expression) {
        await revealClosedRoots(context);
        const result = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
        if (result.type === 'exception') throw new Error(`In the page: ${result.exceptionDetails.text}`);
        return result.result.value;
      },
      /**
       * Whether the page itself sees our host's shadow root (no reveal): null when it is closed.
       * @param {string} context
       */
      async pageSeesShadowRoot(context) {
        const result = await bidi.send('script.evaluate', {
          expression: `(() => { const host = document.querySelector('bounce-navi-sidebar'); return host ? String(host.shadowRoot) : 'no host'; })()`,
          target: { context },
          awaitPromise: false,
        });
        return result.result?.value;
      },
      /** @param {string} context @param {string} file */
      async screenshot(context, file) {
        const { data } = await bidi.send('browsingContext.captureScreenshot', { context });
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, Buffer.from(data, 'base64'));
      },
      /** @param {string} context */
      closeTab: (context) => bidi.send('browsingContext.close', { context }),
      close: () => shutDown(),
    };
  } catch (error) {
    await shutDown();
    throw error;
  }

  async function shutDown() {
    await bidi?.send('browser.close').catch(() => undefined);
    bidi?.close();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    if (child.exitCode === null && child.signalCode === null) await exited;
    clearTimeout(timer);
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}
