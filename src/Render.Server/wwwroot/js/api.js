// Calls to the render-ws API. The pages live under /render-ws/view/, so the API is found relative to
// them ('../v1/'): the dashboard keeps working when a proxy serves the service under another prefix.

const apiRoot = new URL('../v1/', document.baseURI);

/** The service answered with an error status; the message is its text/plain body. */
export class ServiceError extends Error {
  constructor(status, message, url) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.url = url;
  }
}

/** The absolute URL of an API path such as 'owners' or 'owner/o/project/p/stacks'. */
export function apiUrl(path, query) {
  const url = new URL(path, apiRoot);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) {
      url.searchParams.set(key, value);
    }
  }
  return url.href;
}

/**
 * Fetches an API path, throwing a ServiceError for an error status (with the service's own message)
 * and for a service that does not answer at all (status 0), so callers handle a single kind of error.
 */
export async function request(path, query) {
  const url = apiUrl(path, query);
  let response;
  try {
    response = await fetch(url);
  } catch (failure) {
    throw new ServiceError(0, `the service did not answer (${failure.message})`, url);
  }
  if (!response.ok) {
    const text = (await response.text()).trim();
    throw new ServiceError(response.status, text || response.statusText || 'no message', url);
  }
  return response;
}

/** GET a JSON answer; null for render's 204 (an absent value). */
export async function getJson(path, query) {
  const response = await request(path, query);
  return response.status === 204 ? null : response.json();
}

const segment = encodeURIComponent;

/** render's {S} path of a stack. */
export function stackPath({ owner, project, stack }) {
  return `owner/${segment(owner)}/project/${segment(project)}/stack/${segment(stack)}`;
}

/** render's {M} path of a match collection. */
export function collectionPath({ owner, name }) {
  return `owner/${segment(owner)}/matchCollection/${segment(name)}`;
}

/** A z value as a path segment: render answers for '3407' and '3407.0' alike. */
export function zSegment(z) {
  return segment(String(z));
}

export { segment };
