using Render.Imaging.Codecs.Loading;
using Render.Model.Limits;

namespace Render.Server.Security;

/// <summary>
/// Makes the service's <see cref="InputLimits"/> and image roots those of every request it serves,
/// so that the import services and the bounding-box derivation check bodies against the
/// configured limits, and tile validation answers for a file outside the roots exactly as for a
/// missing one (issue 21: <c>/etc/shadow</c> and a missing file must look alike).
/// </summary>
internal sealed class RequestPolicies(RequestDelegate next, RenderServerOptions options, ImageAccessPolicy images)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Set inside this async method: the values flow into the request and revert when it ends.
        InputLimits.Current = options.Limits;
        ImageAccessPolicy.Current = images;
        await next(context).ConfigureAwait(false);
    }
}
