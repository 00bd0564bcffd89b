using System.Globalization;
using Render.Model.Json;
using Render.Model.Rendering;

namespace Render.Cli.Commands;

/// <summary>
/// The little of render-ws's HTTP API <c>render section</c> reads: a layer's (or a box's) render
/// parameters. Kept inside the command so that a shared client can replace it.
/// </summary>
internal sealed class SectionSource(HttpClient http, string baseUrl, string owner, string project, string stack)
{
    private readonly string _stackUrl = $"{baseUrl.TrimEnd('/')}/owner/{Uri.EscapeDataString(owner)}/project/{Uri.EscapeDataString(project)}/stack/{Uri.EscapeDataString(stack)}";

    /// <summary>The parameters of layer <paramref name="z"/> at <paramref name="scale"/>, limited to <paramref name="bounds"/> when given.</summary>
    public async Task<RenderParameters> GetAsync(double z, double scale, SectionBounds? bounds, CancellationToken cancellationToken)
    {
        var zText = z.ToString("R", CultureInfo.InvariantCulture);
        var scaleText = scale.ToString("R", CultureInfo.InvariantCulture);
        var url = bounds is { } b
            ? FormattableString.Invariant($"{_stackUrl}/z/{zText}/box/{b.MinX},{b.MinY},{b.Width},{b.Height},{scaleText}/render-parameters")
            : $"{_stackUrl}/z/{zText}/render-parameters?scale={scaleText}";
        using var response = await http.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body.Trim()}");
        }

        var parsed = RenderJson.Parse<RenderParameters>(body);
        return parsed.Success ? parsed.Value! : throw new InvalidOperationException($"GET {url} did not answer render parameters: {parsed.Error}");
    }
}
