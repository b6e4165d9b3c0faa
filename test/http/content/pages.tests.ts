import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('public pages (HTTP, real database)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });

  afterAll(() => test.close());

  it('serves the home page in German with the layout landmarks', async () => {
    const response = await test.http.get('/').expect(200).expect('Content-Type', /html/);
    expect(response.text).toContain('<html lang="de">');
    expect(response.text).toContain('href="#inhalt"');
    expect(response.text).toContain('<main id="inhalt"');
    expect(response.text).toContain('Starker Wirtschaftsstandort');
    expect(response.text).toContain('href="/seiten/leichte-sprache"');
    expect(response.text).toContain('href="/seiten/gebaerdensprache"');
    expect(response.text).toContain('href="/seiten/barrierefreiheit#barriere-melden"');
  });

  it('sets no cookie for visitors who only read; a page with a form sets only the CSRF cookie', async () => {
    for (const path of [
      '/',
      '/kek',
      '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten',
      '/prioritaeten',
      '/presse',
    ]) {
      const response = await test.http.get(path).expect(200);
      expect([path, response.headers['set-cookie']]).toEqual([path, undefined]);
    }
    const login = await test.http.get('/konto/anmelden').expect(200);
    expect(login.headers['set-cookie']?.[0]).toMatch(/^kek\.csrf=/);
    expect(login.text).toMatch(/name="_csrf" value="[\w.-]{20,}"/);
  });

  it('sends a strict Content-Security-Policy and no inline script', async () => {
    const response = await test.http.get('/kek').expect(200);
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(response.text).not.toMatch(/\sstyle="/);
    expect(response.headers['x-request-id']).toMatch(/^[\w-]+$/);
  });

  it('shows the structure of the concept on /kek', async () => {
    const response = await test.http.get('/kek').expect(200);
    expect(response.text).toContain('Ziel, Inhalt und Aufbau des KEK');
    expect(response.text).toContain(
      'href="/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten"',
    );
    expect(response.text).toContain('href="/kek/querschnittsthemen/digitalisierung"');
    expect(response.text).toContain('href="/kek/teilraeume/schweriner-umland"');
    expect(
      response.text.match(/href="\/kek\/[a-z-]+\/[a-z0-9-]+"/g)?.length,
    ).toBeGreaterThanOrEqual(49);
  });

  it('shows a field with SWOT (emphasis kept), goals, sub-goals, approaches and regional focus', async () => {
    const response = await test.http.get('/kek/nachhaltiger-lebensraum').expect(200);
    for (const heading of ['Stärken', 'Schwächen', 'Chancen', 'Risiken']) {
      expect(response.text).toContain(`>${heading}</h3>`);
    }
    expect(response.text).toContain(
      '<strong>Hohe Flächenanteile naturnaher und unzerschnittener Landschaftsräume</strong>',
    );
    expect(response.text).toContain('Landesraumentwicklungsprogramm von 2016');
    expect(response.text).toContain('Regionale Schwerpunkte für Handlungsansätze');
    expect(response.text).toContain('href="/kek/teilraeume/oestlicher-teil"');
  });

  it('shows an approach with its path, measures, projects, ideas, themes and neighbours', async () => {
    const response = await test.http
      .get(
        '/kek/starker-wirtschaftsstandort/weiterentwicklung-und-sicherung-qualitaet-infrastruktur',
      )
      .expect(200);
    const html = response.text;
    expect(html).toContain(
      '<h1 class="kern-heading-x-large">Weiterentwicklung und Sicherung der Qualität der Infrastruktur</h1>',
    );
    expect(html).toContain('aria-label="Brotkrumennavigation"');
    expect(html).toContain('Die Wirtschaftsstruktur ist vielfältig und begünstigt Innovationen.');
    expect(html).toContain('Der Landkreis bietet den Unternehmen attraktive Standortbedingungen.');
    expect(html).toMatch(
      /project--running">\s*<svg class="project-icon project-icon--running"[^]*?<\/svg>\s*Laufende Umsetzung von Projekten zum Breitbandausbau/,
    );
    expect(html).toMatch(
      /project--idea">\s*<svg class="project-icon project-icon--idea"[^]*?<\/svg>\s*Kostenloses WLAN/,
    );
    expect(html).toContain('href="/kek/querschnittsthemen/digitalisierung"');
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
  });

  it('refuses an approach under the wrong field and unknown slugs with a German 404 page', async () => {
    for (const url of [
      '/kek/lebenswerte-orte/vernetzung-von-produzenten',
      '/kek/gibt-es-nicht',
      '/kek/starker-wirtschaftsstandort/gibt-es-nicht',
      '/kek/querschnittsthemen/gibt-es-nicht',
      '/kek/teilraeume/gibt-es-nicht',
      '/seiten/gibt-es-nicht',
      '/voellig/unbekannt',
    ]) {
      const response = await test.http.get(url).expect(404);
      expect(response.text).toContain('Seite nicht gefunden');
      expect(response.text).toContain('<html lang="de">');
    }
  });

  it('shows a cross-cutting theme with its approaches and a region with its focus per field', async () => {
    const theme = await test.http.get('/kek/querschnittsthemen/digitalisierung').expect(200);
    expect(theme.text).toContain('Die Digitalisierung wird mit ihren Potenzialen');
    expect(theme.text).toContain(
      'href="/kek/starker-wirtschaftsstandort/weiterentwicklung-und-sicherung-qualitaet-infrastruktur"',
    );
    const region = await test.http.get('/kek/teilraeume/schweriner-umland').expect(200);
    expect(region.text).toContain('Handlungsfeld „Starker Wirtschaftsstandort“');
    expect(region.text).toContain('Handlungsfeld „Lebenswerte Orte“');
    expect(region.text).toContain('<strong>Hochschulen in räumlicher Nähe</strong>');
  });

  it.each([
    ['projektablauf', '12. Oktober 2017'],
    ['impressum', '§ 18 Abs. 2 MStV'],
    ['datenschutz', 'Art. 13'],
    ['barrierefreiheit', 'id="barriere-melden"'],
    ['netiquette', 'Netiquette'],
    ['leichte-sprache', 'Leichte Sprache'],
    ['gebaerdensprache', 'Gebärdensprache'],
  ])('serves the static page /seiten/%s', async (slug, expected) => {
    const response = await test.http.get(`/seiten/${slug}`).expect(200);
    expect(response.text).toContain(expected);
  });

  it('finds the infrastructure approach when searching for "Breitband", with the hit highlighted', async () => {
    const response = await test.http.get('/suche').query({ q: 'Breitband' }).expect(200);
    expect(response.text).toContain(
      'href="/kek/starker-wirtschaftsstandort/weiterentwicklung-und-sicherung-qualitaet-infrastruktur"',
    );
    expect(response.text).toMatch(/<mark>Breitband\w*<\/mark>/);
    expect(response.text).toContain('Handlungsansatz › Starker Wirtschaftsstandort');
  });

  it.each(['%', "'", '<script>alert(1)</script>', "Breitband' OR 1=1 --", '& | ! :*', ''])(
    'handles the search input %j safely',
    async (query) => {
      const response = await test.http.get('/suche').query({ q: query }).expect(200);
      expect(response.text).not.toContain('<script>alert(1)</script>');
      if (query.includes('<script>')) expect(response.text).toContain('&lt;script&gt;');
    },
  );

  it('treats a repeated q parameter as no query instead of failing', async () => {
    await test.http.get('/suche?q=a&q=b').expect(200);
  });

  it('answers bad input with a German 4xx page, never a 500', async () => {
    const json = await test.http
      .post('/suche')
      .set('Content-Type', 'application/json')
      .send('{kaputt')
      .expect(415);
    expect(json.text).toContain('Format nicht unterstützt');
    const oversize = await test.http
      .post('/suche')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(`q=${'a'.repeat(3_000_000)}`)
      .expect(413);
    expect(oversize.text).toContain('Die gesendeten Daten sind zu groß.');
    expect(oversize.text).toContain('Ihre Eingaben sind nicht verloren');
    const undecodable = await test.http.get('/kek/%E0%A4%A').expect(400);
    expect(undecodable.text).toContain('Die Adresse enthält Zeichen');
    await test.http.get('/seiten/%00').expect(400);
    await test.http.get('/suche?q=Breitband%00').expect(400);
    const approach = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';
    for (const page of ['99999999999999999999', '-3', '1e400', '2.5']) {
      await test.http.get(`${approach}?seite=${page}`).expect(200);
    }
  });

  it('reports health with the database state', async () => {
    const response = await test.http.get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves KERN and the project stylesheet from the app itself', async () => {
    await test.http.get('/static/kern/kern.min.css').expect(200).expect('Content-Type', /css/);
    await test.http.get('/static/kern/fonts/fira-sans.css').expect(200);
    await test.http.get('/static/css/portal.css').expect(200);
    await test.http.get('/static/js/read-aloud.js').expect(200);
  });

  it('runs at production speed by default: cached templates, assets kept a week under a content hash', async () => {
    expect(test.app.getHttpAdapter().getInstance().enabled('view cache')).toBe(true);
    const home = await test.http.get('/').expect(200);
    const stylesheet = /href="(\/static\/css\/portal\.css\?v=[\w-]{10})"/.exec(home.text)?.[1];
    expect(stylesheet).toBeDefined();
    const asset = await test.http.get(stylesheet!).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=604800');
  });

  it('renders pages from templates compiled once exactly as live reload renders them from disk', async () => {
    const live = await startTestApp({ LIVE_RELOAD: 'true' }, { databaseUrl: test.databaseUrl });
    const field = '/kek/starker-wirtschaftsstandort';
    const pages = ['/', '/kek', field, `${field}/vernetzung-von-produzenten`, '/presse'];
    const withoutToken = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '_csrf');
    try {
      for (const path of [...pages, '/konto/anmelden', '/gibt-es-nicht']) {
        const [compiled, reread] = await Promise.all([test, live].map((app) => app.http.get(path)));
        expect([path, compiled.status]).toEqual([path, reread.status]);
        expect(withoutToken(compiled.text)).toBe(withoutToken(reread.text));
      }
    } finally {
      await live.close();
    }
  });

  it('asks browsers for HTTPS only when the portal is served over HTTPS', async () => {
    const plain = await test.http.get('/').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const secure = await startTestApp({ BASE_URL: 'https://beteiligung.example' });
    try {
      const page = await secure.http.get('/').expect(200);
      expect(page.headers['strict-transport-security']).toContain('max-age=');
      expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
