// Calls to Proxima's REST API with HTTP Basic, for the data that the walk-throughs need but do not show.

export function apiClient(baseUrl) {
  return async function call(userId, method, path, body, password = userId) {
    const headers = {
      Authorization: 'Basic ' + Buffer.from(`${userId}:${password}`).toString('base64'),
      'Accept-Language': 'fr-FR',
      Accept: 'application/json'
    };
    let payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(baseUrl + path, { method, headers, body: payload });
    const text = await response.text();
    let data = text;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text.
    }
    if (!response.ok) {
      throw new Error(`${method} ${path} as ${userId} failed with ${response.status}: ${text.slice(0, 500)}`);
    }
    return data;
  };
}
