// The console's login form: shows ?error / ?logout, and puts the CSRF token
// from the XSRF-TOKEN cookie into the form's _csrf field when it is submitted.
// Standalone on purpose: the login page may only load its own script and style.

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
let retried = false;

form.addEventListener('submit', async (event) => {
  csrf.value = cookie('XSRF-TOKEN');
  if (csrf.value || retried) return;
  // No token yet (a cached page, cookies cleared): any request to the service sets the cookie.
  event.preventDefault();
  retried = true;
  try {
    await fetch('/api/agent/me', { credentials: 'same-origin' });
  } catch { /* offline: the submit below fails visibly */ }
  csrf.value = cookie('XSRF-TOKEN');
  form.submit();
});
