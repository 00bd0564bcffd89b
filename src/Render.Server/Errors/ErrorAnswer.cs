namespace Render.Server.Errors;

/// <summary>
/// What the service answers for a failed request: the status, the plain-text body, and whether the
/// failure is the server's (logged with its exception under the incident id the body names).
/// </summary>
internal readonly record struct ErrorAnswer(int Status, string Message, bool IsServerFault);
