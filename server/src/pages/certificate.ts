import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicRequestUrl, type ServerDeps } from '../graphql/context.js';
import { pick, type AppLocale } from '../graphql/localized.js';
import { CERTIFICATE_TEXTS, pageLocale } from './certificate-texts.js';
import { loadCertificates, MAX_CERTIFICATE_ID, type CertificateRecord } from '../services/certificates.js';

/**
 * `GET /certificates/<id>`: a certificate's public page. Whoever holds the id — the member, an
 * employer, a customer the member shows it to — opens it without signing in and reads whether
 * it is genuine; the member prints it or saves it as PDF from the browser. Rendered here, not
 * by the widgets: the page costs the widget bundle nothing but a link.
 */



const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; color: #1c2024; background: #f2f4f6; }
  body { margin: 0; padding: 24px 16px; }
  main { max-width: 44rem; margin: 0 auto; padding: 40px 32px; background: #fff; border: 1px solid #d3d8de; border-radius: 8px; text-align: center; line-height: 1.5; }
  .verdict { margin: 0 0 24px; padding: 8px 12px; border-radius: 6px; font-weight: 600; text-align: start; }
  .valid { background: #e6f4ea; color: #17683a; }
  .invalid { background: #fce8e6; color: #b3261e; }
  h1 { margin: 0 0 24px; font-size: 1.75rem; letter-spacing: 0.02em; }
  .name, .course { margin: 4px 0; font-size: 1.5rem; font-weight: 700; }
  p { margin: 4px 0; }
  dl { display: grid; grid-template-columns: auto auto; justify-content: center; gap: 4px 16px; margin: 32px 0 0; text-align: start; }
  dt { color: #555d66; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; justify-content: center; gap: 12px; margin-top: 32px; }
  a, button { display: inline-flex; align-items: center; box-sizing: border-box; font: inherit; min-height: 32px; padding: 4px 14px; border: 1px solid #0b5cad; border-radius: 8px; background: #fff; color: #0b5cad; cursor: pointer; text-decoration: none; }
  a { background: #0b5cad; color: #fff; }
  @media print { body { padding: 0; background: #fff; } main { border: 0; } .actions { display: none; } }
`;
// `print()` from a button: the one script of the page, allowed by its hash like the style.
const SCRIPT = `document.querySelector('button').addEventListener('click', () => print());`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function renderCertificatePage(locale: AppLocale, programName: string, certificate: CertificateRecord | undefined): string {
  const text = CERTIFICATE_TEXTS[locale];
  const body = certificate
    ? `<p class="verdict valid" role="status">${escapeHtml(text.valid(programName))}</p>
      <h1>${escapeHtml(text.title)}</h1>
      <p>${escapeHtml(text.certifies)}</p>
      <p class="name">${escapeHtml(certificate.memberName)}</p>
      <p>${escapeHtml(text.of(certificate.partnerName))}</p>
      <p>${escapeHtml(text.completed)}</p>
      <p class="course">${escapeHtml(pick(certificate.courseTitle, locale))}</p>
      <dl>
        <dt>${escapeHtml(text.issued)}</dt>
        <dd><time datetime="${certificate.issuedAt.toISOString()}">${escapeHtml(new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(certificate.issuedAt))}</time></dd>
        <dt>${escapeHtml(text.number)}</dt>
        <dd><code>${escapeHtml(certificate.id)}</code></dd>
      </dl>
      <p class="actions">
        <a href="${escapeHtml(`${encodeURIComponent(certificate.id)}.pdf?lang=${locale}`)}" download>${escapeHtml(text.pdf)}</a>
        <button type="button">${escapeHtml(text.print)}</button>
      </p>`
    : `<p class="verdict invalid" role="status">${escapeHtml(text.notFound)}</p>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(certificate ? `${text.title} · ${pick(certificate.courseTitle, locale)}` : text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${certificate ? `<script>${SCRIPT}</script>` : ''}
</body>
</html>
`;
}

// `<id>` for the page, `<id>.pdf` for the file (ids are base64url: never a dot in one).
const PATH = /^\/certificates\/([^/]*?)(\.pdf)?$/;

/**
 * Handles the request when it is for a certificate's page and answers true; false leaves it to
 * the API. Public by design: no token, and `Access-Control-Allow-Origin: *` so a page elsewhere
 * may check a certificate too (there are no credentials to leak).
 */
export function certificatePages(deps: Pick<ServerDeps, 'db' | 'programCache'>) {
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return true;
    }
    serve(deps, request, response, url, match[1]!, Boolean(match[2])).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The certificate could not be checked right now.');
      else response.destroy();
    });
    return true;
  };
}

async function serve(deps: Pick<ServerDeps, 'db' | 'programCache'>, request: IncomingMessage, response: ServerResponse, url: URL, rawId: string, pdf: boolean) {
  let id = '';
  try {
    id = decodeURIComponent(rawId);
  } catch {
    /* not an id: not found */
  }
  const [certificate] = id && id.length <= MAX_CERTIFICATE_ID ? await loadCertificates(deps.db, [id]) : [];
  const program = await deps.programCache.program();
  const locale = pageLocale(url, request.headers['accept-language']);
  const common = {
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
    'access-control-allow-origin': '*',
    vary: 'accept-language',
  };
  if (pdf && certificate) {
    // The page's address without `?lang=`: whoever checks it reads it in their own language.
    const verifyUrl = new URL(`${encodeURIComponent(certificate.id)}`, publicRequestUrl(requestOf(request))).href;
    // pdfkit and the fonts load on the first PDF asked for, not with the server.
    const { certificateFileName, renderCertificatePdf } = await import('./certificate-pdf.js');
    const file = await renderCertificatePdf({ locale, programName: program.name, certificate, verifyUrl });
    response.writeHead(200, {
      ...common,
      'content-type': 'application/pdf',
      'content-length': file.byteLength,
      'content-disposition': `attachment; filename="${certificateFileName(certificate)}"`,
      // A page elsewhere that fetches the file may save it under its name.
      'access-control-expose-headers': 'content-disposition',
      'content-security-policy': "default-src 'none'",
    });
    response.end(request.method === 'HEAD' ? undefined : file);
    return;
  }
  // An unknown id answers the page's "not found", for a PDF too: a browser shows it to the reader.
  const html = renderCertificatePage(locale, program.name, certificate);
  response.writeHead(certificate ? 200 : 404, {
    ...common,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** The headers `publicRequestUrl` reads, as a fetch Request (the API's own requests are those). */
function requestOf(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const name of ['host', 'x-forwarded-proto', 'x-forwarded-host']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), { headers });
}
