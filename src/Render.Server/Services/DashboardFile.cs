using Microsoft.Net.Http.Headers;

namespace Render.Server.Services;

/// <summary>One file of the dashboard: its bytes, content type and strong ETag.</summary>
internal sealed record DashboardFile(byte[] Content, string ContentType, EntityTagHeaderValue ETag);
