using System.Reflection;

namespace Render.Server.Endpoints;

/// <summary>render's ValidationService (JSON checks) and DeploymentConfigurationService (server facts).</summary>
internal static class ServiceEndpoints
{
    public static void MapServiceEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPut("/owner/{owner}/validate-json/render", ValidateRenderParameters);
        api.MapPut("/owner/{owner}/validate-json/tile", ValidateTile);
        api.MapPut("/owner/{owner}/validate-json/tile-array", ValidateTileArray);
        api.MapPut("/owner/{owner}/validate-json/transform", ValidateTransform);
        api.MapPut("/owner/{owner}/validate-json/transform-array", ValidateTransformArray);

        api.MapGet("/namedFilterSpecLists", GetNamedFilterSpecLists);
        api.MapGet("/serverProperties", GetServerProperties);
        api.MapGet("/versionInfo", GetVersionInfo);
        api.MapDelete("/imageProcessorCache/allEntries", RenderResults.Done);
    }

    private static ContentHttpResult ValidateRenderParameters(TextBody json) => RenderResults.Validation(JsonValidation.RenderParameters(json.Value));

    private static ContentHttpResult ValidateTile(TextBody json) => RenderResults.Validation(JsonValidation.Tile(json.Value));

    private static ContentHttpResult ValidateTileArray(TextBody json) => RenderResults.Validation(JsonValidation.TileArray(json.Value));

    private static ContentHttpResult ValidateTransform(TextBody json) => RenderResults.Validation(JsonValidation.Transform(json.Value));

    private static ContentHttpResult ValidateTransformArray(TextBody json) => RenderResults.Validation(JsonValidation.TransformArray(json.Value));

    private static FileContentHttpResult GetNamedFilterSpecLists() => TypedResults.Bytes(NamedFilterLists.ToJson(), "application/json");

    private static JsonValueResult<Dictionary<string, string>> GetServerProperties(RenderServerOptions options) => RenderResults.Json(options.Describe());

    private static JsonValueResult<Dictionary<string, string>> GetVersionInfo() => RenderResults.Json(VersionInfo());

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
}
