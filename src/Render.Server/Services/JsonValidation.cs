using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Server.Services;

/// <summary>
/// render's ValidationService: whether a JSON text parses as one of render's types and passes its
/// checks, said in render's words ("Successfully parsed ..." or "Failed to parse ... Specific error
/// is: ..."). An invalid text is an answer here, not an error.
/// </summary>
public static class JsonValidation
{
    public static JsonValidationResult RenderParameters(string json) =>
        Validate(json, "org.janelia.alignment.RenderParameters instance", text =>
        {
            var parameters = RenderJson.Parse<RenderParameters>(text).GetValueOrThrow();
            foreach (var tile in parameters.TileSpecs)
            {
                TileValidation.Validate(tile);
            }

            return $"{{x={parameters.X}, y={parameters.Y}, width={parameters.Width}, height={parameters.Height}, scale={parameters.Scale}, tileSpecs={parameters.TileSpecs.Count}}}";
        });

    public static JsonValidationResult Tile(string json) =>
        Validate(json, "org.janelia.alignment.spec.TileSpec instance", text =>
        {
            var tile = RenderJson.Parse<TileSpec>(text).GetValueOrThrow();
            TileValidation.Validate(tile);
            return tile.TileId ?? "null";
        });

    public static JsonValidationResult TileArray(string json) =>
        Validate(json, "array of org.janelia.alignment.spec.TileSpec instances", text =>
            $"array of {RenderJson.Parse<List<TileSpec>>(text).GetValueOrThrow().Count} tile specifications");

    public static JsonValidationResult Transform(string json) =>
        Validate(json, "org.janelia.alignment.spec.TransformSpec instance", text =>
        {
            var spec = RenderJson.Parse<TransformSpec>(text).GetValueOrThrow();
            TileValidation.ValidateTransform(spec);
            return $"{spec.Type} transform spec {spec.Id ?? "(no id)"}";
        });

    /// <summary>Each spec is checked with the references among them resolved (the last spec of an id wins).</summary>
    public static JsonValidationResult TransformArray(string json) =>
        Validate(json, "array of org.janelia.alignment.spec.TransformSpec instances", text =>
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
        });

    /// <summary>render's answer format: the parsed value, or the specific error (said without .NET's type names or text, as every error answer).</summary>
    private static JsonValidationResult Validate(string json, string context, Func<string, string> check)
    {
        try
        {
            return new JsonValidationResult(true, $"Successfully parsed {context} from JSON text.  Parsed value is: {check(json)}.\n");
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return new JsonValidationResult(false, $"Failed to parse {context} from JSON text.  Specific error is: {Errors.MessageScrub.Clean(e, dataDirectory: null)}\n");
        }
    }
}
