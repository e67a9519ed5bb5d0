// The JSON API under /api. Errors come back as {"error": "..."} with a 4xx status.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/<path>?<params>; empty params are left out. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== '') query.set(key, value);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'The Dyad server did not answer (' + e.message + ').');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || response.status + ' ' + response.statusText);
  }
  return body;
}

export const encode = encodeURIComponent;
