using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Server.Http;
using Render.Server.Services;

namespace Render.Server.Endpoints;

/// <summary>render's ValidationService (JSON checks) and DeploymentConfigurationService (server facts).</summary>
internal static class ServiceEndpoints
{
    public static void MapServiceEndpoints(this IEndpointRouteBuilder api, RenderServerOptions options)
    {
        api.MapPut("/owner/{owner}/validate-json/render", (HttpRequest request, CancellationToken ct) =>
            ValidateAsync(request, "org.janelia.alignment.RenderParameters instance", text =>
            {
                var parameters = RenderJson.Parse<RenderParameters>(text).GetValueOrThrow();
                foreach (var tile in parameters.TileSpecs)
                {
                    TileValidation.Validate(tile);
                }

                return $"{{x={parameters.X}, y={parameters.Y}, width={parameters.Width}, height={parameters.Height}, scale={parameters.Scale}, tileSpecs={parameters.TileSpecs.Count}}}";
            }, ct));
        api.MapPut("/owner/{owner}/validate-json/tile", (HttpRequest request, CancellationToken ct) =>
            ValidateAsync(request, "org.janelia.alignment.spec.TileSpec instance", text =>
            {
                var tile = RenderJson.Parse<TileSpec>(text).GetValueOrThrow();
                TileValidation.Validate(tile);
                return tile.TileId ?? "null";
            }, ct));
        api.MapPut("/owner/{owner}/validate-json/tile-array", (HttpRequest request, CancellationToken ct) =>
            ValidateAsync(request, "array of org.janelia.alignment.spec.TileSpec instances", text =>
                $"array of {RenderJson.Parse<List<TileSpec>>(text).GetValueOrThrow().Count} tile specifications", ct));
        api.MapPut("/owner/{owner}/validate-json/transform", (HttpRequest request, CancellationToken ct) =>
            ValidateAsync(request, "org.janelia.alignment.spec.TransformSpec instance", text =>
            {
                var spec = RenderJson.Parse<TransformSpec>(text).GetValueOrThrow();
                TileValidation.ValidateTransform(spec);
                return $"{spec.Type} transform spec {spec.Id ?? "(no id)"}";
            }, ct));
        api.MapPut("/owner/{owner}/validate-json/transform-array", (HttpRequest request, CancellationToken ct) =>
            ValidateAsync(request, "array of org.janelia.alignment.spec.TransformSpec instances", text =>
            {
                var specs = RenderJson.Parse<List<TransformSpec>>(text).GetValueOrThrow();
                var byId = specs.Where(spec => spec.Id is not null).GroupBy(spec => spec.Id!, StringComparer.Ordinal)
                    .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);
                var resolver = new TransformSpecResolver(byId);
                foreach (var spec in specs)
                {
                    TileValidation.ValidateTransform(resolver.Resolve(spec));
                }

                return $"array of {specs.Count} transform specifications";
            }, ct));

        api.MapGet("/namedFilterSpecLists", () => Results.Bytes(NamedFilterLists.ToJson(), "application/json"));
        api.MapGet("/serverProperties", () => RenderResults.Json(options.Describe()));
        api.MapGet("/versionInfo", () => RenderResults.Json(VersionInfo()));
        api.MapDelete("/imageProcessorCache/allEntries", () => RenderResults.Done());
    }

    /// <summary>
    /// The build's version: its informational version (<c>1.0.0+commit</c>: the SDK appends the git
    /// commit when the build had the repository, and leaves it out when it did not), and the parts
    /// under render-ws's git.properties names.
    /// </summary>
    private static Dictionary<string, string> VersionInfo()
    {
        var version = typeof(RenderServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var info = new Dictionary<string, string>
        {
            ["implementation"] = "render (C#)",
            ["version"] = version,
            ["git.build.version"] = version.Split('+')[0],
        };
        if (version.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0)
        {
            info["git.commit.id"] = version[(plus + 1)..];
        }

        return info;
    }

    /// <summary>render's answer format: 200 with the parsed value, or 400 with the specific error.</summary>
    private static async Task<IResult> ValidateAsync(HttpRequest request, string context, Func<string, string> check, CancellationToken ct)
    {
        var text = await request.ReadTextAsync(ct).ConfigureAwait(false);
        try
        {
            var value = check(text);
            return Results.Text($"Successfully parsed {context} from JSON text.  Parsed value is: {value}.\n", "text/plain");
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return Results.Text($"Failed to parse {context} from JSON text.  Specific error is: {e.Message}\n", "text/plain", statusCode: 400);
        }
    }
}
