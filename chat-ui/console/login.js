// The console's login form: shows ?error / ?logout, and logs in with the CSRF
// token from the XSRF-TOKEN cookie. The form is posted with fetch, the token in
// the X-XSRF-TOKEN header as well as the _csrf field (a header is read as the
// raw cookie value whichever CSRF request handler the server uses), then the
// page goes where the server redirected. Without that (an old browser, an
// unexpected answer) the plain form post is the fallback.
// Standalone on purpose: anonymously, the login page may only load login.js and console.css.

function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return '';
}

const params = new URLSearchParams(location.search);
document.getElementById('error').hidden = !params.has('error');
document.getElementById('logged-out').hidden = !params.has('logout');

const form = document.getElementById('login-form');
const csrf = document.getElementById('csrf');
const submit = form.querySelector('button[type="submit"]');
let fallback = false;

async function token() {
  let value = cookie('XSRF-TOKEN');
  if (!value) {
    // No token yet (a cached page, cookies cleared): any request to the service sets the cookie.
    await fetch('/api/agent/me', { credentials: 'same-origin' }).catch(() => {});
    value = cookie('XSRF-TOKEN');
  }
  return value;
}

form.addEventListener('submit', async (event) => {
  if (fallback) return;
  event.preventDefault();
  submit.disabled = true;
  csrf.value = await token();
  try {
    const res = await fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': csrf.value },
      body: new URLSearchParams(new FormData(form)),
    });
    const url = new URL(res.url || '/console/', location.href);
    if (url.pathname === '/console/login.html' || res.status === 403) {
      // Wrong user or password (?error), or a refused token: show the error on this page.
      document.getElementById('logged-out').hidden = true;
      document.getElementById('error').hidden = false;
      history.replaceState(null, '', '/console/login.html?error');
      submit.disabled = false;
      document.getElementById('password').select();
      return;
    }
    location.assign(url.pathname.startsWith('/console/') ? url.href : '/console/');
  } catch {
    fallback = true;
    submit.disabled = false;
    form.submit();
  }
});
