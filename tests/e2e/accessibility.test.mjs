// Accessible and mobile (issue 13 #5): every page each demo account can reach
// by following links from its home page passes axe-core (WCAG 2.1 A and AA
// rules) with no serious or critical violation, answers without an error
// (a link shown to an account leads somewhere it may go), and at a
// 375-pixel-wide viewport never scrolls sideways (wide tables scroll inside
// themselves). The pages are crawled breadth first, one page per route
// pattern (ids folded), downloads left out. And the main flow works with the
// keyboard alone: log in, skip to the content, open what waits, act on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startServer, launchBrowser, newPage, screenshotOnFailure } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeScript = require.resolve('axe-core/axe.min.js');
const PASSWORD = 'ThiDua@2023';
const ACCOUNTS = ['anonymous', 'admin', 'lanhdao', 'thuongtruc', 'hoidong', 'thutruong', 'canbo', 'nhanvien', 'uyvien1'];
// Files, not pages; and the one link that ends the session.
const NOT_A_PAGE = /\.(pdf|xlsx|docx|zip|json|p7s|png|cer|svg)(\?|$)|\/dang-xuat|\/xuat(\?|$)|\/mau(\?|$)|\/tep(\?|$)|\/minh-chung\//;
const MAX_PAGES = 150;

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const routePattern = (href) => href.replace(/[?#].*$/, '').replace(/\/\d+(?=\/|$)/g, '/{n}');

async function logIn(page, account) {
  await page.goto(`${server.baseUrl}/dang-nhap`);
  await page.fill('#username', account);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.notEqual(new URL(page.url()).pathname, '/dang-nhap', `${account} logged in`);
}

async function axeViolations(page) {
  await page.addScriptTag({ path: axeScript });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function sidewaysAtPhoneWidth(page) {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    return await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

test('the axe check finds a violation when there is one', async () => {
  const page = await newPage(browser, { bypassCSP: true });
  try {
    await page.setContent('<!doctype html><html lang="vi"><title>t</title><main><img src="x.png"><button></button></main></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    assert.ok(ids.includes('image-alt') && ids.includes('button-name'), `found ${ids}`);
  } finally {
    await page.context().close();
  }
});

for (const account of ACCOUNTS) {
  test(`every page ${account} reaches passes axe, answers and fits a phone`, async () => {
    // The pages' CSP allows no inline script; axe is injected as one.
    const page = await newPage(browser, { bypassCSP: true });
    const problems = [];
    let pages = 0;
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      if (account !== 'anonymous') await logIn(page, account);
      const seen = new Set();
      const queue = [account === 'anonymous' ? '/cong-khai' : '/'];
      while (queue.length && pages < MAX_PAGES) {
        const href = queue.shift();
        const key = routePattern(href);
        if (seen.has(key)) continue;
        seen.add(key);
        let response;
        try {
          response = await page.goto(`${server.baseUrl}${href}`);
        } catch (err) {
          if (/Download is starting/.test(err.message)) continue;  // an attachment behind a plain link
          throw err;
        }
        pages++;
        if (!response || response.status() >= 400) {
          problems.push(`${href}: answered ${response?.status()}`);
          continue;
        }
        if (!(response.headers()['content-type'] || '').startsWith('text/html')) continue;
        for (const v of await axeViolations(page)) {
          problems.push(`${href}: ${v.impact} ${v.id} (${v.nodes.length}) at ${v.nodes[0].target}: ${v.help}`);
        }
        const sideways = await sidewaysAtPhoneWidth(page);
        if (sideways > 0) problems.push(`${href}: ${sideways} px wider than a 375-pixel screen`);
        const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
        for (const link of links) {
          if (!link || !link.startsWith('/') || link.startsWith('//') || NOT_A_PAGE.test(link)) continue;
          if (!seen.has(routePattern(link))) queue.push(link);
        }
      }
      assert.ok(pages >= (account === 'anonymous' ? 3 : 10), `${account} reached ${pages} pages`);
      assert.deepEqual(problems, [], `${account}: ${problems.length} problems on ${pages} pages`);
    } catch (err) {
      await screenshotOnFailure(page, `a11y-${account}`);
      throw err;
    } finally {
      await page.context().close();
    }
  });
}

test('the keyboard alone logs in, skips to the content and opens what waits', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${server.baseUrl}/dang-nhap`);
    // Tab from the top of the page to the user name field.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id) === 'username') break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'username');
    await page.keyboard.type('thuongtruc');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/');

    // The first Tab lands on the skip link, visibly focused; Enter moves focus to the content.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { text: el.textContent.trim(), outline: style.outlineStyle, width: el.getBoundingClientRect().width };
    });
    assert.equal(skip.text, 'Bỏ qua đến nội dung chính');
    assert.ok(skip.outline !== 'none' && skip.width > 0, `skip link visible when focused: ${JSON.stringify(skip)}`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'noi-dung');

    // Tab to the first item of the work list and open it with Enter.
    let target = null;
    for (let i = 0; i < 40 && !target; i++) {
      await page.keyboard.press('Tab');
      target = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.worklist') && el.tagName === 'A' ? el.getAttribute('href') : null;
      });
    }
    assert.ok(target, 'a work item is reachable by Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused link shows where focus is');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, target);
    assert.ok((await page.textContent('h1')).length > 0);
  } catch (err) {
    await screenshotOnFailure(page, 'a11y-keyboard');
    throw err;
  } finally {
    await page.context().close();
  }
});
