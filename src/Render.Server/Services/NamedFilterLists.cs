using System.Text.Json;
using Render.Imaging.Filters;
using Render.Model.Json;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// render-ws's named filter lists (its <c>resources/filter_lists.json</c>), chosen with the
/// <c>filterListName</c> query parameter: the lists render ships whose filters this server
/// implements. render's deployment-specific streak-correction lists are not included.
/// </summary>
public static class NamedFilterLists
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FilterSpec>> Lists = new SortedDictionary<string, IReadOnlyList<FilterSpec>>(StringComparer.Ordinal)
    {
        ["default"] =
        [
            Spec(ValueToNoise.JavaClassName, ("value", "0.0"), ("min", "64.0"), ("max", "191.0")),
            Spec(ValueToNoise.JavaClassName, ("value", "255.0"), ("min", "64.0"), ("max", "191.0")),
            Spec(NormalizeLocalContrast.JavaClassName, ("blockRadiusX", "500"), ("blockRadiusY", "500"), ("meanFactor", "3.0"), ("center", "true"), ("stretch", "true")),
        ],
        ["simpleTest"] = [Spec(Clahe.JavaClassName, ("fast", "true"), ("blockRadius", "500"), ("bins", "256"), ("slope", "2.5"))],
    };

    /// <summary>The names of the lists.</summary>
    public static IReadOnlyCollection<string> Names => [.. Lists.Keys];

    /// <summary>The list called <paramref name="name"/>.</summary>
    /// <exception cref="RenderInputException">There is no such list.</exception>
    public static IReadOnlyList<FilterSpec> Get(string name) =>
        Lists.TryGetValue(name, out var list)
            ? list
            : throw new RenderInputException($"Filter list with name '{name}' not found.  Valid names are: [{string.Join(", ", Lists.Keys)}]");

    /// <summary>render's <c>GET /namedFilterSpecLists</c> answer: <c>{"namedFilterSpecLists": {name: [filter spec, ...]}}</c>.</summary>
    public static byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("namedFilterSpecLists");
            foreach (var (name, specs) in Lists)
            {
                writer.WriteStartArray(name);
                foreach (var spec in specs)
                {
                    RenderJson.Serialize(writer, spec);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static FilterSpec Spec(string className, params (string Name, string Value)[] parameters) =>
        new(className, parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value, StringComparer.Ordinal));
}
